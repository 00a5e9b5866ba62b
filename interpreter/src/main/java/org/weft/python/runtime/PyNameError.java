package org.weft.python.runtime;

/** {@code NameError} and {@code UnboundLocalError}: the missing name. CPython: PyNameErrorObject. */
public class PyNameError extends PyBaseException {

    /** {@code name}. */
    PyObject name = PyNone.NONE;

    public PyNameError(PyType type, PyObject[] args) {
        super(type, args);
    }

    public PyObject getName() {
        return name;
    }

    public void setName(PyObject v) {
        this.name = v == null ? PyNone.NONE : v;
    }
}
