package org.weft.python.runtime;

/** {@code OSError} and its subclasses: errno, strerror, filename(s). CPython: PyOSErrorObject. */
public class PyOSError extends PyBaseException {

    /** {@code myerrno}. */
    PyObject myerrno = PyNone.NONE;
    /** {@code strerror}. */
    PyObject strerror = PyNone.NONE;
    /** {@code filename}. */
    PyObject filename = PyNone.NONE;
    /** {@code filename2}. */
    PyObject filename2 = PyNone.NONE;
    /** {@code winerror}. */
    PyObject winerror = PyNone.NONE;

    public PyOSError(PyType type, PyObject[] args) {
        super(type, args);
    }

    public PyObject getMyerrno() {
        return myerrno;
    }

    public void setMyerrno(PyObject v) {
        this.myerrno = v == null ? PyNone.NONE : v;
    }

    public PyObject getStrerror() {
        return strerror;
    }

    public void setStrerror(PyObject v) {
        this.strerror = v == null ? PyNone.NONE : v;
    }

    public PyObject getFilename() {
        return filename;
    }

    public void setFilename(PyObject v) {
        this.filename = v == null ? PyNone.NONE : v;
    }

    public PyObject getFilename2() {
        return filename2;
    }

    public void setFilename2(PyObject v) {
        this.filename2 = v == null ? PyNone.NONE : v;
    }

    public PyObject getWinerror() {
        return winerror;
    }

    public void setWinerror(PyObject v) {
        this.winerror = v == null ? PyNone.NONE : v;
    }
}
