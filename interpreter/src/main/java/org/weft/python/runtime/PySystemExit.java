package org.weft.python.runtime;

/** {@code SystemExit}: carries the exit code. CPython: PySystemExitObject. */
public class PySystemExit extends PyBaseException {

    /** {@code code}. */
    PyObject code = PyNone.NONE;

    public PySystemExit(PyType type, PyObject[] args) {
        super(type, args);
    }

    public PyObject getCode() {
        return code;
    }

    public void setCode(PyObject v) {
        this.code = v == null ? PyNone.NONE : v;
    }
}
