package org.weft.python.runtime;

/**
 * Python {@code tuple}: an array of objects never changed after construction.
 *
 * <p>Threads: immutable, so every read is safe without any lock or check. The array given to
 * {@link #of} or the constructor becomes the tuple's own and must not be written afterwards.
 * Methods live in {@link PyTupleMethods}.
 */
public class PyTuple extends PyObject {

    /** The built-in type {@code tuple}. */
    public static final PyType TYPE = PyType.builtin("tuple", PyTuple.class, () -> PyObject.TYPE,
            PyTupleMethods::define);

    private static final PyObject[] NO_ITEMS = new PyObject[0];

    /** The empty tuple {@code ()}. */
    public static final PyTuple EMPTY = new PyTuple(TYPE, NO_ITEMS);

    final PyObject[] items;

    /** A tuple of type {@code type} (tuple or a subclass) owning {@code items}. */
    public PyTuple(PyType type, PyObject[] items) {
        super(type);
        this.items = items;
    }

    /** A tuple of the given items; the array is used as is and must not be changed afterwards. */
    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(TYPE, items);
    }

    /** A tuple of a copy of {@code items[from, to)}. */
    public static PyTuple copyOf(PyObject[] items, int from, int to) {
        return to <= from ? EMPTY : new PyTuple(TYPE, java.util.Arrays.copyOfRange(items, from, to));
    }

    /** The items, not copied: callers must not modify the array. */
    public PyObject[] items() {
        return items;
    }

    /** The number of items. */
    public int size() {
        return items.length;
    }

    /** The item at {@code i}, which must be in range. */
    public PyObject get(int i) {
        return items[i];
    }

    @Override
    public String toString() {
        return "<tuple of " + items.length + ">";
    }
}
