package org.weft.python.runtime;

import java.util.Arrays;

/**
 * Python {@code list}: an array of items and a size.
 *
 * <p>Threads (DESIGN.md rules 2-5): writers take this list's sequence lock ({@link SeqLocked}), so
 * each method here is atomic, as CPython documents {@code append}, {@code pop()},
 * {@code extend(list)}, {@code l[i] = x} and slice assignment to be. Readers take no lock:
 * {@link #get} and {@link #snapshot} read optimistically and retry if a writer came in between.
 * The lock is never held while Python code runs: methods that compare items ({@code index},
 * {@code remove}, {@code sort}, {@code ==}) work on a snapshot and re-validate before writing.
 * Methods live in {@link PyListMethods}; {@code sort} in {@link ListSort}.
 *
 * <p>Storage: a list that starts empty and is given only exact ints that fit a long keeps them in
 * {@link #ints}, a {@code long[]}, until anything else arrives (PyPy's "int strategy"). The int
 * objects themselves are not kept: a list built by a million appends holds 8 MB that a young
 * collection copies as one array, not a million 32-byte objects it must trace and copy, and that
 * once promoted fill fresh old-generation pages (bench/scaling private_append: 5.3 s of young pauses
 * in a run at N=1,2, against 0.2 s for a list of cached small ints). The cost: items read back are
 * new int objects, so {@code l[0] is l[0]} is False for ints outside CPython's small-int cache,
 * as on PyPy before it made {@code is} compare ints by value. Only {@link #append},
 * {@link #getOrNull}, {@link #snapshot}, {@link #setAt}, popping the last item and sorting work on
 * {@link #ints}; every other writer calls {@link #objectItems()} under the lock, which turns the list
 * into an object list for good.
 */
public class PyList extends SeqLocked {

    /** The built-in type {@code list}. */
    public static final PyType TYPE = PyType.builtin("list", PyList.class, () -> PyObject.TYPE,
            PyListMethods::define);

    static final PyObject[] NO_ITEMS = new PyObject[0];

    /**
     * The storage; slots {@code [size, items.length)} are null. Null while the list keeps its items in
     * {@link #ints}. Written only under the lock; use {@link #objectItems()} there.
     */
    PyObject[] items;
    /** The items as longs while every one is an exact int that fits a long, else null. Written only under the lock. */
    long[] ints;
    /** The number of items. Written only under the lock; read racily by {@link #size()}. */
    int size;

    /** An empty list. */
    public PyList() {
        this(TYPE);
    }

    /** An empty list of type {@code type} (list or a subclass). */
    public PyList(PyType type) {
        super(type);
        this.items = NO_ITEMS;
    }

    /** A list owning {@code items} (not copied: the caller must not keep the array). */
    public PyList(PyObject[] items) {
        super(TYPE);
        this.items = items;
        this.size = items.length;
    }

    /** A list of the given items. */
    public static PyList of(PyObject... items) {
        return new PyList(items.clone());
    }

    /** The number of items ({@code len}); no lock, a value that held at some instant. */
    public int size() {
        return size;
    }

    /**
     * The item at {@code i} ({@code 0 <= i}; negative indices are not adjusted here), or IndexError
     * "list index out of range". Takes no lock.
     */
    public PyObject get(int i) {
        PyObject x = getOrNull(i);
        if (x == null) {
            throw PyErr.indexError("list index out of range");
        }
        return x;
    }

    /**
     * Replaces the item at {@code i} ({@code 0 <= i}; negative indices are not adjusted here), or
     * IndexError "list assignment index out of range".
     */
    public void set(int i, PyObject x) {
        if (!setAt(i, x)) {
            throw PyErr.indexError("list assignment index out of range");
        }
    }

    /** The item at {@code i}, or null when {@code i} is out of range. Takes no lock. */
    PyObject getOrNull(int i) {
        return i < 0 ? null : itemOrNull(i);
    }

    /**
     * The item at {@code index}, counting from the end when negative ({@code l[index]}), or null when out of
     * range. Takes no lock: the index is resolved against the size read with the storage.
     */
    PyObject itemOrNull(long index) {
        for (int tries = 0; tries < OPTIMISTIC_TRIES; tries++) {
            long s = readBegin();
            PyObject[] a = items;
            long[] b = ints;
            int n = size;
            long i = index < 0 ? index + n : index;
            if (a != null) {
                PyObject x = i >= 0 && i < n && i < a.length ? a[(int) i] : null;
                if (readValid(s)) {
                    return x;
                }
            } else if (b != null) {
                boolean in = i >= 0 && i < n && i < b.length;
                long v = in ? b[(int) i] : 0;
                if (readValid(s)) {
                    return in ? PyInt.of(v) : null;
                }
            }
        }
        lockWrite();
        try {
            long i = index < 0 ? index + size : index;
            return i >= 0 && i < size ? item((int) i) : null;
        } finally {
            unlockWrite();
        }
    }

    /** Item {@code i} ({@code 0 <= i < size}); call under the lock. */
    PyObject item(int i) {
        long[] b = ints;
        return b != null ? PyInt.of(b[i]) : items[i];
    }

    /** The slots allocated, for sys.getsizeof; no lock. */
    int capacity() {
        long[] b = ints;
        if (b != null) {
            return b.length;
        }
        PyObject[] a = items;
        return a != null ? a.length : 0;
    }

    /**
     * The object storage, made from {@link #ints} first if the list keeps its items there (for good:
     * only an empty list starts keeping ints again); call under the lock.
     */
    PyObject[] objectItems() {
        long[] b = ints;
        if (b != null) {
            items = boxed(b, size, b.length);
            ints = null;
        }
        return items;
    }

    /** True for an exact int that fits a long: what {@link #ints} can keep. */
    private static boolean keepsAsLong(PyObject x) {
        return x instanceof PyInt i && i.big == null && i.type == PyInt.TYPE;
    }

    /** A copy of the items as they were at one instant. Takes no lock unless writers keep interfering. */
    public PyObject[] snapshot() {
        for (int tries = 0; tries < 4; tries++) {
            long s = readBegin();
            PyObject[] a = items;
            long[] b = ints;
            int n = size;
            if (a != null) {
                PyObject[] r = Arrays.copyOf(a, Math.min(n, a.length));
                if (readValid(s)) {
                    return r;
                }
            } else if (b != null) {
                long[] r = Arrays.copyOf(b, Math.min(n, b.length));
                if (readValid(s)) {
                    return boxed(r, r.length, r.length);
                }
            }
        }
        lockWrite();
        try {
            long[] b = ints;
            return b != null ? boxed(b, size, size) : Arrays.copyOf(items, size);
        } finally {
            unlockWrite();
        }
    }

    /** The first {@code n} longs of {@code b} as ints, in an array of {@code length} slots. */
    private static PyObject[] boxed(long[] b, int n, int length) {
        PyObject[] r = new PyObject[length];
        for (int k = 0; k < n; k++) {
            r[k] = PyInt.of(b[k]);
        }
        return r;
    }

    /** Removes and returns the last item atomically ({@code list.pop()}), or null when empty. */
    public PyObject popLastOrNull() {
        lockWrite();
        try {
            int n = size;
            if (n == 0) {
                return null;
            }
            return removeLast(n);
        } finally {
            unlockWrite();
        }
    }

    /** Removes and returns the last of {@code n > 0} items; call under the lock. */
    PyObject removeLast(int n) {
        size = n - 1;
        long[] b = ints;
        if (b != null) {
            return PyInt.of(b[n - 1]);
        }
        PyObject x = items[n - 1];
        items[n - 1] = null;
        return x;
    }

    /** Appends {@code x} atomically ({@code list.append}). */
    public void append(PyObject x) {
        lockWrite();
        try {
            int n = size;
            if (keepsAsLong(x) && (ints != null || n == 0)) {
                appendLong(n, ((PyInt) x).value);
                return;
            }
            PyObject[] a = objectItems();
            if (n == a.length) {
                a = Arrays.copyOf(a, Sequences.grow(n));
                items = a;
            }
            a[n] = x;
            size = n + 1;
        } finally {
            unlockWrite();
        }
    }

    /** Appends {@code v} to the {@code n} items of a list that keeps longs or is empty; call under the lock. */
    private void appendLong(int n, long v) {
        long[] b = ints;
        if (b == null) {
            b = new long[Sequences.grow(0)];
            ints = b;
            items = null;
        } else if (n == b.length) {
            b = Arrays.copyOf(b, Sequences.grow(n));
            ints = b;
        }
        b[n] = v;
        size = n + 1;
    }

    /** Appends all of {@code xs[0, n)} atomically. */
    void appendAll(PyObject[] xs, int n) {
        if (n == 0) {
            return;
        }
        lockWrite();
        try {
            int m = size;
            ensureCapacity(m + (long) n);
            System.arraycopy(xs, 0, objectItems(), m, n);
            size = m + n;
        } finally {
            unlockWrite();
        }
    }

    /** Makes room for {@code cap} items; call under the lock. MemoryError when impossible. */
    void ensureCapacity(long cap) {
        PyObject[] items = objectItems();
        if (cap > items.length) {
            if (cap > Integer.MAX_VALUE - 8) {
                throw PyErr.of(PyExc.MemoryError);
            }
            int c = (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(cap, cap + (cap >> 3) + 6));
            this.items = Arrays.copyOf(items, c);
        }
    }

    /** Replaces item {@code i} (already normalised); false when out of range. */
    boolean setAt(int i, PyObject x) {
        lockWrite();
        try {
            if (i < 0 || i >= size) {
                return false;
            }
            store(i, x);
            return true;
        } finally {
            unlockWrite();
        }
    }

    /** Replaces item {@code i} ({@code 0 <= i < size}) with {@code x}; call under the lock. */
    void store(int i, PyObject x) {
        long[] b = ints;
        if (b != null && keepsAsLong(x)) {
            b[i] = ((PyInt) x).value;
        } else {
            objectItems()[i] = x;
        }
    }

    /** Replaces all items with {@code xs} (owned from now on). */
    void replaceAll(PyObject[] xs) {
        lockWrite();
        try {
            items = xs;
            ints = null;
            size = xs.length;
        } finally {
            unlockWrite();
        }
    }

    @Override
    public String toString() {
        return "<list of " + size + ">";
    }
}
