package org.weft.python.runtime;

/**
 * A Python exception object ({@code BaseException} and every type whose instances have no extra
 * fields). Raised through Java inside a {@link PyException}. Instances have a {@code __dict__},
 * made on first use. CPython: PyBaseExceptionObject in exceptions.c.
 *
 * <p>Threads: fields are plain; an exception object is normally touched by the thread that raised
 * it, and a racy read of {@code __traceback__} is as safe as in CPython.
 */
public class PyBaseException extends PyObject {

    PyTuple args;
    /** {@code __traceback__}: the engine's traceback object, or None. */
    PyObject traceback = PyNone.NONE;
    /** {@code __cause__}: an exception or None. */
    PyObject cause = PyNone.NONE;
    /** {@code __context__}: an exception or None. */
    PyObject context = PyNone.NONE;
    boolean suppressContext;

    public PyBaseException(PyType type, PyObject[] args) {
        super(type);
        this.args = PyTuple.of(args);
    }

    public PyTuple getArgs() {
        return args;
    }

    public void setArgs(PyTuple args) {
        this.args = args;
    }

    public PyObject getTraceback() {
        return traceback;
    }

    public void setTraceback(PyObject tb) {
        this.traceback = tb == null ? PyNone.NONE : tb;
    }

    public PyObject getCause() {
        return cause;
    }

    /** Sets {@code __cause__} and, as {@code raise ... from} does, {@code __suppress_context__}. */
    public void setCause(PyObject cause) {
        this.cause = cause == null ? PyNone.NONE : cause;
        this.suppressContext = true;
    }

    public PyObject getContext() {
        return context;
    }

    public void setContext(PyObject context) {
        this.context = context == null ? PyNone.NONE : context;
    }

    public boolean getSuppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean b) {
        this.suppressContext = b;
    }

    /** The instance dict, made on first use (most exceptions never need one). */
    @Override
    public PyDict getDict() {
        PyDict d = plainDict();
        if (d == null) {
            synchronized (this) {
                d = plainDict();
                if (d == null) {
                    dict = d = new PyDict();
                }
            }
        }
        return d;
    }

    /** Wraps this object for throwing through Java. */
    public PyException toException() {
        return new PyException(this);
    }

    @Override
    public String toString() {
        try {
            return type.getName() + ": " + Ops.str(this).value();
        } catch (RuntimeException e) {
            return type.getName();
        }
    }
}
