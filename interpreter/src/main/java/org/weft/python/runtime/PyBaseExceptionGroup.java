package org.weft.python.runtime;

/** {@code BaseExceptionGroup} and {@code ExceptionGroup}: a message and a tuple of exceptions. CPython: PyBaseExceptionGroupObject. */
public class PyBaseExceptionGroup extends PyBaseException {

    /** {@code message}. */
    PyObject message = PyNone.NONE;
    /** {@code exceptions}. */
    PyObject exceptions = PyNone.NONE;

    public PyBaseExceptionGroup(PyType type, PyObject[] args) {
        super(type, args);
    }

    public PyObject getMessage() {
        return message;
    }

    public void setMessage(PyObject v) {
        this.message = v == null ? PyNone.NONE : v;
    }

    public PyObject getExceptions() {
        return exceptions;
    }

    public void setExceptions(PyObject v) {
        this.exceptions = v == null ? PyNone.NONE : v;
    }
}
