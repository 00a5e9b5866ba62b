package org.weft.python.nodes.controlflow;

import org.weft.python.runtime.Tracing;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBaseException;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyTraceback;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;

/** Helpers shared by the exception-handling statements. */
public final class Exceptions {
    private Exceptions() {
    }

    /**
     * A throwable caught by a try statement, as a Python exception with this frame in its traceback.
     * An exception that no raise statement chained (one a built-in raised: int("x") in a function
     * called from an except block) gets the exception being handled as its {@code __context__}
     * here, as CPython gives it one at raise time: between the raise and this catch no handler ran,
     * so the exception being handled is still the one it was then.
     */
    public static PyException caught(Throwable t, Frame f) {
        PyException e = PyTraceback.here(PyTraceback.fromJava(t), f);
        PyBaseException v = e.value();
        if (f.hasExtras()) {
            Tracing.exception(f, v); // sys.settrace: where the exception is first caught in this frame
        }
        if (v instanceof org.weft.python.runtime.PySystemExit s) {
            s.normalized(); // CPython normalizes an exception that a handler catches
        }
        if (v.getContext() == PyNone.NONE && f.ts != null) {
            PyBaseException handled = f.ts.currentHandled();
            if (handled != null && handled != v) {
                setContextNoCycle(v, handled);
            }
        }
        return e;
    }

    /**
     * Implicit chaining for an exception leaving a handler: its {@code __context__} becomes the
     * exception being handled, unless already set (None when not) or the same object.
     */
    // CPython: _PyErr_SetObject in errors.c (context set at raise time; here when it leaves the handler)
    public static void chain(PyException inner, PyBaseException handled) {
        PyBaseException v = inner.value();
        if (v != handled && v.getContext() == PyNone.NONE) {
            setContextNoCycle(v, handled);
        }
    }

    static void setContextNoCycle(PyBaseException v, PyBaseException context) {
        // Break a cycle the new context would make (CPython does the same walk).
        PyObject o = context;
        while (o instanceof PyBaseException b) {
            PyObject next = b.getContext();
            if (next == v) {
                b.setContext(null);
                break;
            }
            o = next;
        }
        v.setContext(context);
    }

    /** Does exception {@code e} match the {@code except} clause's value (a class or tuple of classes)? */
    // CPython: PyErr_GivenExceptionMatches after check_except_type_valid (CHECK_EXC_MATCH): every
    // item of a tuple must be an exception class, checked before any matches; tuples do not nest
    public static boolean matches(PyBaseException e, PyObject clause) {
        if (clause instanceof PyTuple t) {
            for (PyObject item : t.items()) {
                exceptionClass(item);
            }
            for (PyObject item : t.items()) {
                if (e.type().isSubtypeOf((PyType) item)) {
                    return true;
                }
            }
            return false;
        }
        return e.type().isSubtypeOf(exceptionClass(clause));
    }

    private static PyType exceptionClass(PyObject clause) {
        if (!(clause instanceof PyType type) || !type.isSubtypeOf(PyExc.BaseException)) {
            throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return type;
    }

    static String typeName(PyObject o) {
        return Ops.typeName(o);
    }
}
