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
    }
}
