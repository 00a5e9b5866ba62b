package org.weft.python.runtime;

/** The attributes of {@code traceback} objects. */
final class PyTracebackMethods {
    private PyTracebackMethods() {
    }

    static void define(TypeBuilder b) {
        b.notBaseType();
        b.getter("tb_next", self -> {
            PyTraceback n = ((PyTraceback) self).next;
            return n == null ? PyNone.NONE : n;
        });
        b.getter("tb_frame", self -> ((PyTraceback) self).frame);
        b.getter("tb_lineno", self -> PyInt.of(((PyTraceback) self).lineno));
        b.getter("tb_lasti", self -> PyInt.of(-1));
        // what CPython's traceback module reads from co_positions() at tb_lasti: (lineno,
        // end_lineno, colno, end_colno) of the expression the frame was at, or None
        b.getter("_weft_positions", self -> {
            SourceSpan s = ((PyTraceback) self).span;
            return s == null ? PyNone.NONE
                    : PyTuple.of(PyInt.of(s.line()), PyInt.of(s.endLine()), PyInt.of(s.col()), PyInt.of(s.endCol()));
        });
    }
}
