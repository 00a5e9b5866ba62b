package org.weft.python.runtime;

/**
 * The storage of a set or frozenset: CPython's open-addressing table (setobject.c), slot for
 * slot, so that iteration order equals CPython's: linear probing over groups of
 * {@link #LINEAR_PROBES} + 1 slots, then perturbed jumps; a deleted slot holds {@link #DUMMY} with
 * hash -1; 8 slots to begin with; the table grows when three fifths of it are filled.
 *
 * <p>Threads: changed only under the owning set's lock; replaced, not grown in place. Readers race
 * with writers only through the owner's validated optimistic reads, and every index they compute
 * is masked by the length of the arrays they read it from.
 */
final class SetTable {

    static final int MIN_SIZE = 8;
    static final int LINEAR_PROBES = 9;
    static final int PERTURB_SHIFT = 5;

    /** The key of a deleted slot. */
    static final PyObject DUMMY = new PyObject(PyObject.TYPE) {
        @Override
        public String toString() {
            return "<dummy key>";
        }
    };

    final PyObject[] keys;
    final long[] hashes;
    /** Active plus dummy slots. */
    int fill;
    /** Active slots: the set's size. */
    int used;

    SetTable(int size) {
        keys = new PyObject[size];
        hashes = new long[size];
    }

    int mask() {
        return keys.length - 1;
    }

    /** An exact copy, dummies and positions included. */
    SetTable copy() {
        SetTable t = new SetTable(keys.length);
        System.arraycopy(keys, 0, t.keys, 0, keys.length);
        System.arraycopy(hashes, 0, t.hashes, 0, keys.length);
        t.fill = fill;
        t.used = used;
        return t;
    }

    /** Puts a key known to be absent into the first free slot; no dummies may be present. CPython: set_insert_clean. */
    void insertClean(PyObject key, long hash) {
        int mask = mask();
        long perturb = hash;
        int i = (int) hash & mask;
        for (;;) {
            if (keys[i] == null) {
                break;
            }
            if (i + LINEAR_PROBES <= mask) {
                int j = 0;
                for (; j < LINEAR_PROBES; j++) {
                    if (keys[i + j + 1] == null) {
                        break;
                    }
                }
                if (j < LINEAR_PROBES) {
                    i = i + j + 1;
                    break;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
        keys[i] = key;
        hashes[i] = hash;
    }

    /** A table of the smallest size above {@code minused}, holding this one's active keys. CPython: set_table_resize. */
    SetTable resized(long minused) {
        long size = MIN_SIZE;
        while (size <= minused) {
            size <<= 1;
        }
        if (size > (1 << 30)) {
            throw PyErr.of(PyExc.MemoryError);
        }
        SetTable t = new SetTable((int) size);
        for (int i = 0; i < keys.length; i++) {
            PyObject k = keys[i];
            if (k != null && k != DUMMY) {
                t.insertClean(k, hashes[i]);
            }
        }
        t.fill = used;
        t.used = used;
        return t;
    }

    /** The growth target after an insert filled the table. CPython: the tail of set_add_entry. */
    long growthTarget() {
        return used > 50000 ? used * 2L : used * 4L;
    }
}
