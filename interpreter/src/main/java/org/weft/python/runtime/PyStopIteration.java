package org.weft.python.runtime;

/** {@code StopIteration} : carries the generator's return value. CPython: PyStopIterationObject. */
public class PyStopIteration extends PyBaseException {

    /** {@code value}. */
    PyObject value = PyNone.NONE;

    public PyStopIteration(PyType type, PyObject[] args) {
        super(type, args);
    }

    public PyObject getValue() {
        return value;
    }

    public void setValue(PyObject v) {
        this.value = v == null ? PyNone.NONE : v;
    }
}
