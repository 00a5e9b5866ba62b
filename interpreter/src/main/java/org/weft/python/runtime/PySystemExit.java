package org.weft.python.runtime;

/** {@code SystemExit}: carries the exit code. CPython: PySystemExitObject. */
public class PySystemExit extends PyBaseException {

    /** {@code code}. */
    PyObject code = PyNone.NONE;

    public PySystemExit(PyType type, PyObject[] args) {
        super(type, args);
    }

    /**
     * The status sys.exit() was given when it was a tuple: CPython leaves such an exception
     * unnormalized until a handler catches it, so an uncaught one reports the tuple itself (its
     * repr on stderr, status 1), while a caught one has the tuple's items as args. Null otherwise.
     */
    private PyObject rawStatus;

    public void setRawStatus(PyObject status) {
        this.rawStatus = status;
    }

    /** A handler caught the exception: from now on it is the exception its args describe. */
    public void normalized() {
        this.rawStatus = null;
    }

    /** What the interpreter's exit reports: the raw status if never caught, else {@code code}. */
    public PyObject exitCode() {
        return rawStatus != null ? rawStatus : code;
    }

    public PyObject getCode() {
        return code;
    }

    public void setCode(PyObject v) {
        this.code = v == null ? PyNone.NONE : v;
    }
}
