package org.weft.python.runtime;

/**
 * The storage of a {@link PyDict}: CPython's compact dict layout. An open-addressing index of
 * {@code indices.length} slots (a power of two) points into entry arrays that keep insertion
 * order; deleting an entry clears its key and value and marks its slot {@link #DUMMY}.
 *
 * <p>Threads: a table is changed only under its dict's lock and only by filling entries past
 * {@link #nentries}, clearing one, or overwriting a value; growing or compacting makes a new
 * table. Every index stored in {@code indices} is a valid entry position of the same table, so a
 * racing reader that reads any mix of old and new values stays in bounds; the dict's sequence
 * check tells it whether what it read is consistent.
 */
final class DictTable {

    static final int EMPTY = -1;
    static final int DUMMY = -2;
    static final int MIN_SIZE = 8;
    static final int PERTURB_SHIFT = 5;

    /** The shared, never-written table of every new empty dict (capacity 0, so the first insert replaces it). */
    static final DictTable EMPTY_TABLE = new DictTable(MIN_SIZE, 0);

    final int[] indices;
    final long[] hashes;
    final PyObject[] keys;
    final PyObject[] values;
    /** Entries used so far, deleted ones included. */
    int nentries;

    DictTable(int size, int capacity) {
        indices = new int[size];
        java.util.Arrays.fill(indices, EMPTY);
        hashes = new long[capacity];
        keys = new PyObject[capacity];
        values = new PyObject[capacity];
    }

    /** A table with room for at least {@code n} entries. CPython: calculate_log2_keysize and USABLE_FRACTION. */
    static DictTable forEntries(long n) {
        long size = MIN_SIZE;
        while (size * 2 / 3 < n) {
            size <<= 1;
        }
        if (size > (1 << 30)) {
            throw PyErr.of(PyExc.MemoryError);
        }
        return new DictTable((int) size, (int) (size * 2 / 3));
    }

    /** The first free ({@code EMPTY} or {@code DUMMY}) index slot for {@code hash}. CPython: find_empty_slot. */
    int findEmptySlot(long hash) {
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        while (indices[i] >= 0) {
            perturb >>>= PERTURB_SHIFT;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
        return i;
    }

    /** Appends an entry and indexes it; the caller has checked there is room. */
    void append(long hash, PyObject key, PyObject value) {
        int ix = nentries;
        hashes[ix] = hash;
        keys[ix] = key;
        values[ix] = value;
        indices[findEmptySlot(hash)] = ix;
        nentries = ix + 1;
    }

    /** True when no entry slot is left. */
    boolean isFull() {
        return nentries >= keys.length;
    }

    /** A copy of the live entries into a fresh table sized for {@code used * 3}. CPython: dictresize. */
    DictTable resized(int used) {
        DictTable t = forEntries((long) used * 2);  // a table of used*3 slots, CPython's GROWTH_RATE
        for (int i = 0; i < nentries; i++) {
            PyObject k = keys[i];
            if (k != null) {
                t.append(hashes[i], k, values[i]);
            }
        }
        return t;
    }
}
