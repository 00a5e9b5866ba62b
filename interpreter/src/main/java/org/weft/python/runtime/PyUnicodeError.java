package org.weft.python.runtime;

/** {@code UnicodeEncodeError}, {@code UnicodeDecodeError}, {@code UnicodeTranslateError}. CPython: PyUnicodeErrorObject. */
public class PyUnicodeError extends PyBaseException {

    /** {@code encoding}. */
    PyObject encoding = PyNone.NONE;
    /** {@code object}. */
    PyObject object = PyNone.NONE;
    /** {@code start}. */
    PyObject start = PyNone.NONE;
    /** {@code end}. */
    PyObject end = PyNone.NONE;
    /** {@code reason}. */
    PyObject reason = PyNone.NONE;

    public PyUnicodeError(PyType type, PyObject[] args) {
        super(type, args);
    }

    public PyObject getEncoding() {
        return encoding;
    }

    public void setEncoding(PyObject v) {
        this.encoding = v == null ? PyNone.NONE : v;
    }

    public PyObject getObject() {
        return object;
    }

    public void setObject(PyObject v) {
        this.object = v == null ? PyNone.NONE : v;
    }

    public PyObject getStart() {
        return start;
    }

    public void setStart(PyObject v) {
        this.start = v == null ? PyNone.NONE : v;
    }

    public PyObject getEnd() {
        return end;
    }

    public void setEnd(PyObject v) {
        this.end = v == null ? PyNone.NONE : v;
    }

    public PyObject getReason() {
        return reason;
    }

    public void setReason(PyObject v) {
        this.reason = v == null ? PyNone.NONE : v;
    }
}
