package org.weft.python.runtime;

/**
 * {@code types.UnionType}: the result of {@code int | str}, usable with isinstance/issubclass.
 * Immutable. CPython: unionobject.c.
 */
public final class PyUnionType extends PyObject {

    public static final PyType TYPE = PyType.builtin("types.UnionType", PyUnionType.class, () -> PyObject.TYPE,
            UnionMethods::define);

    /** The member types, flattened and without duplicates. */
    final PyTuple args;

    PyUnionType(PyTuple args) {
        super(TYPE);
        this.args = args;
    }

    public PyTuple getArgs() {
        return args;
    }
}
