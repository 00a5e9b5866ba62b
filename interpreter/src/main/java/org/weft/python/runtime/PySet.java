package org.weft.python.runtime;

/**
 * Python {@code set}. The table and its algorithms are in {@link PyBaseSet} (see there for the
 * locking scheme); methods in {@link PySetMethods}, the set algebra in {@link SetAlgebra}.
 */
public class PySet extends PyBaseSet {

    /** The built-in type {@code set}. */
    public static final PyType TYPE = PyType.builtin("set", PySet.class, () -> PyObject.TYPE,
            b -> PySetMethods.define(b, false));

    /** An empty set. */
    public PySet() {
        super(TYPE);
    }

    /** An empty set of type {@code type} (set or a subclass). */
    public PySet(PyType type) {
        super(type);
    }

    /** A set of the elements of {@code iterable} ({@code set(iterable)}). */
    public static PySet of(PyObject iterable) {
        PySet s = new PySet();
        SetAlgebra.update(s, iterable);
        return s;
    }

    @Override
    public String toString() {
        return "<set of " + size() + ">";
    }
}
