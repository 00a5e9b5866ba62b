package org.weft.python.runtime;

/**
 * Python {@code frozenset}: a set filled once, while it is built and before it is shared, and
 * never changed afterwards. Its hash is CPython's and is cached (a racy but idempotent write).
 */
public class PyFrozenSet extends PyBaseSet {

    /** The built-in type {@code frozenset}. */
    public static final PyType TYPE = PyType.builtin("frozenset", PyFrozenSet.class, () -> PyObject.TYPE,
            b -> PySetMethods.define(b, true));

    /** The cached hash; -1 until computed. */
    long hash = -1;

    /** An empty frozenset. */
    public PyFrozenSet() {
        super(TYPE);
    }

    /** An empty frozenset of type {@code type} (frozenset or a subclass), to be filled before it is shared. */
    public PyFrozenSet(PyType type) {
        super(type);
    }

    /** A frozenset of the elements of {@code iterable}. */
    public static PyFrozenSet of(PyObject iterable) {
        PyFrozenSet s = new PyFrozenSet();
        SetAlgebra.update(s, iterable);
        return s;
    }

    /** CPython: frozenset_hash and _shuffle_bits in setobject.c, bit for bit. */
    long hash() {
        long h = hash;
        if (h != -1) {
            return h;
        }
        SetTable t = table;
        h = 0;
        for (int i = 0; i < t.keys.length; i++) {
            PyObject k = t.keys[i];
            if (k != null && k != SetTable.DUMMY) {
                h ^= shuffleBits(t.hashes[i]);
            }
        }
        h ^= ((long) t.used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) {
            h = 590923713L;
        }
        hash = h;
        return h;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    @Override
    public String toString() {
        return "<frozenset of " + size() + ">";
    }
}
