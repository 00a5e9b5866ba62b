package org.weft.python.runtime;

/** {@code ImportError} and {@code ModuleNotFoundError}: module name and path. CPython: PyImportErrorObject. */
public class PyImportError extends PyBaseException {

    /** {@code msg}. */
    PyObject msg = PyNone.NONE;
    /** {@code name}. */
    PyObject name = PyNone.NONE;
    /** {@code path}. */
    PyObject path = PyNone.NONE;

    public PyImportError(PyType type, PyObject[] args) {
        super(type, args);
    }

    public PyObject getMsg() {
        return msg;
    }

    public void setMsg(PyObject v) {
        this.msg = v == null ? PyNone.NONE : v;
    }

    public PyObject getName() {
        return name;
    }

    public void setName(PyObject v) {
        this.name = v == null ? PyNone.NONE : v;
    }

    public PyObject getPath() {
        return path;
    }

    public void setPath(PyObject v) {
        this.path = v == null ? PyNone.NONE : v;
    }
}
