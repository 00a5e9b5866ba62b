package org.weft.python.runtime;

/**
 * A cell: the box that holds a variable shared between a function and the functions nested in it
 * (CPython's {@code cell} type). {@code value} is null while the variable is unbound.
 *
 * <p>Threads: a plain field, like a local variable in CPython; a racing reader sees either the old
 * or the new object, never a torn value.
 */
public final class PyCell extends PyObject {

    /** The built-in type {@code cell}. */
    public static final PyType TYPE = PyType.builtin("cell", PyCell.class, () -> PyObject.TYPE,
            PyCellMethods::define);

    /** The contents, or null when unbound. */
    public PyObject value;

    public PyCell(PyObject value) {
        super(TYPE);
        this.value = value;
    }
}
