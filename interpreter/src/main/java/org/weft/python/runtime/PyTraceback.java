package org.weft.python.runtime;

import java.util.ArrayList;
import java.util.List;

import org.weft.python.nodes.Frame;

/**
 * One entry of a traceback ({@code tb_frame}, {@code tb_lineno}, {@code tb_next}): the frame an
 * exception passed through and the line it was at. Entries are prepended as the exception unwinds,
 * so the head is the outermost frame seen so far, as in CPython.
 *
 * <p>Threads: immutable once made; an exception's traceback field is written only by the thread
 * that is unwinding it.
 */
public final class PyTraceback extends PyObject {

    /** The built-in type {@code traceback}. */
    public static final PyType TYPE = PyType.builtin("traceback", PyTraceback.class, () -> PyObject.TYPE,
            PyTracebackMethods::define);

    public final PyTraceback next;
    public final Frame frame;
    public final int lineno;
    /** The expression the frame was evaluating when the exception passed (null: unknown). */
    public final SourceSpan span;

    public PyTraceback(PyTraceback next, Frame frame, int lineno) {
        this(next, frame, lineno, null);
    }

    public PyTraceback(PyTraceback next, Frame frame, int lineno, SourceSpan span) {
        super(TYPE);
        this.next = next;
        this.frame = frame;
        this.lineno = lineno;
        this.span = span;
    }

    /**
     * Records that {@code e} passed through {@code frame} at its current line, unless the newest
     * entry is already that frame (an exception caught and re-raised in one frame). Returns {@code e}.
     */
    // CPython: PyTraceBack_Here in traceback.c
    public static PyException here(PyException e, Frame frame) {
        if (isHidden(frame)) {
            return e;
        }
        PyBaseException v = e.value();
        PyObject tb = v.getTraceback();
        PyTraceback head = tb instanceof PyTraceback t ? t : null;
        SourceSpan span = e.takeSpan(frame);
        if (head == null || head.frame != frame) {
            // CPython's tb_lineno is the first line of the failing instruction's expression, which a
            // statement spread over several lines may start below the statement's own line
            int line = span != null && span.line() >= frame.lineno ? span.line() : frame.lineno;
            v.setTraceback(new PyTraceback(head, frame, line, span));
        }
        return e;
    }

    /**
     * A frame of a function that CPython implements in C (asyncio's Future and Task methods,
     * contextvars): tracebacks leave it out, as CPython's have no frame for it. The module that
     * defines such functions lists their code objects in a set named {@code __weft_hidden_code__}.
     */
    static boolean isHidden(Frame frame) {
        PyCode code = frame.code;
        byte known = code.tracebackVisibility;
        if (known != 0) {
            return known == 2;
        }
        if (code.filename == null || !code.filename.startsWith(PyCode.LIBRARY_ROOT)) {
            code.tracebackVisibility = 1; // only the interpreter's own modules hide code
            return false;
        }
        PyDict g = frame.globals;
        PyObject hidden = g == null ? null : g.getItem(HIDDEN_CODE);
        if (hidden == null) {
            return false; // not kept: the module may not have made its set yet (it is made at its end)
        }
        boolean h = hidden instanceof PyBaseSet set && set.contains(code);
        code.tracebackVisibility = (byte) (h ? 2 : 1);
        return h;
    }

    /**
     * The locals of the frames that {@code tb} records, outermost first, except {@code live}'s and
     * generators' (which their generator objects keep): what freeing the traceback lets go.
     */
    public static List<PyObject> endedLocals(PyTraceback tb, Frame live) {
        List<PyObject> out = new ArrayList<>();
        for (PyTraceback t = tb; t != null; t = t.next) {
            if (t.frame != live && t.frame.resumable == null) {
                for (PyObject v : t.frame.locals) {
                    if (v != null) {
                        out.add(v);
                    }
                }
            }
        }
        return out;
    }

    private static final String HIDDEN_CODE = "__weft_hidden_code__";

    /** A Java throwable that reached the engine's boundary, as the Python exception DESIGN.md names. */
    public static PyException fromJava(Throwable t) {
        if (t instanceof PyException p) {
            return p;
        }
        if (t instanceof StackOverflowError) {
            return PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded");
        }
        return PyErr.fromJava(t);
    }
}
