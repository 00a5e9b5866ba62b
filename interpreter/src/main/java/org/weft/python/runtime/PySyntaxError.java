package org.weft.python.runtime;

/** {@code SyntaxError}, {@code IndentationError}, {@code TabError}: where the error is. CPython: PySyntaxErrorObject. */
public class PySyntaxError extends PyBaseException {

    /** {@code msg}. */
    PyObject msg = PyNone.NONE;
    /** {@code filename}. */
    PyObject filename = PyNone.NONE;
    /** {@code lineno}. */
    PyObject lineno = PyNone.NONE;
    /** {@code offset}. */
    PyObject offset = PyNone.NONE;
    /** {@code text}. */
    PyObject text = PyNone.NONE;
    /** {@code endLineno}. */
    PyObject endLineno = PyNone.NONE;
    /** {@code endOffset}. */
    PyObject endOffset = PyNone.NONE;
    /** {@code printFileAndLine}. */
    PyObject printFileAndLine = PyNone.NONE;

    public PySyntaxError(PyType type, PyObject[] args) {
        super(type, args);
    }

    public PyObject getMsg() {
        return msg;
    }

    public void setMsg(PyObject v) {
        this.msg = v == null ? PyNone.NONE : v;
    }

    public PyObject getFilename() {
        return filename;
    }

    public void setFilename(PyObject v) {
        this.filename = v == null ? PyNone.NONE : v;
    }

    public PyObject getLineno() {
        return lineno;
    }

    public void setLineno(PyObject v) {
        this.lineno = v == null ? PyNone.NONE : v;
    }

    public PyObject getOffset() {
        return offset;
    }

    public void setOffset(PyObject v) {
        this.offset = v == null ? PyNone.NONE : v;
    }

    public PyObject getText() {
        return text;
    }

    public void setText(PyObject v) {
        this.text = v == null ? PyNone.NONE : v;
    }

    public PyObject getEndLineno() {
        return endLineno;
    }

    public void setEndLineno(PyObject v) {
        this.endLineno = v == null ? PyNone.NONE : v;
    }

    public PyObject getEndOffset() {
        return endOffset;
    }

    public void setEndOffset(PyObject v) {
        this.endOffset = v == null ? PyNone.NONE : v;
    }

    public PyObject getPrintFileAndLine() {
        return printFileAndLine;
    }

    public void setPrintFileAndLine(PyObject v) {
        this.printFileAndLine = v == null ? PyNone.NONE : v;
    }
}
