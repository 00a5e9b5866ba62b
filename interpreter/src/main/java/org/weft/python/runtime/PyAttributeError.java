package org.weft.python.runtime;

/** {@code AttributeError}: the name and the object that lacked it. CPython: PyAttributeErrorObject. */
public class PyAttributeError extends PyBaseException {

    /** {@code name}. */
    PyObject name = PyNone.NONE;
    /** {@code obj}. */
    PyObject obj = PyNone.NONE;

    public PyAttributeError(PyType type, PyObject[] args) {
        super(type, args);
    }

    public PyObject getName() {
        return name;
    }

    public void setName(PyObject v) {
        this.name = v == null ? PyNone.NONE : v;
    }

    public PyObject getObj() {
        return obj;
    }

    public void setObj(PyObject v) {
        this.obj = v == null ? PyNone.NONE : v;
    }
}
