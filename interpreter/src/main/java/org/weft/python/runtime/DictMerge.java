package org.weft.python.runtime;

/**
 * {@code {**m}} in a dict display. CPython's dict_merge copies a dict (or a dict subclass that
 * keeps dict's own iteration) straight from its storage, so a subclass's {@code __getitem__} is
 * not asked; other mappings go through {@code keys()} and {@code m[k]}.
 */
public final class DictMerge {
    private DictMerge() {
    }

    /**
     * For {@code f(**m)}: a copy of {@code m} when it is a dict subclass that keeps dict's own
     * iteration (CPython's dict_merge then reads its storage, not its {@code keys()} or
     * {@code __getitem__}), else null.
     */
    // CPython: dict_merge in dictobject.c (through DICT_MERGE)
    public static PyDict storageCopyOfSubclass(PyObject m) {
        if (m instanceof PyDict src && src.type() != PyDict.TYPE && Sequences.inheritsIter(src, PyDict.TYPE)) {
            PyDict copy = new PyDict();
            copy.insertAll(src.snapshot());
            return copy;
        }
        return null;
    }

    // CPython: dict_merge in dictobject.c (through DICT_UPDATE)
    public static void intoDisplay(PyDict d, PyObject m) {
        if (m instanceof PyDict src && (src.type() == PyDict.TYPE || Sequences.inheritsIter(src, PyDict.TYPE))) {
            d.insertAll(src.snapshot());
            return;
        }
        PyObject keys = Ops.getattrOrNull(m, "keys");
        if (keys == null) {
            throw PyErr.typeError("'%s' object is not a mapping", Ops.typeName(m));
        }
        PyObject it = Ops.iter(Ops.call(keys));
        for (PyObject k = Ops.next(it); k != null; k = Ops.next(it)) {
            d.setItem(k, Ops.getitem(m, k));
        }
    }
}
