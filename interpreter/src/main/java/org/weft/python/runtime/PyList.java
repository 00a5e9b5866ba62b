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
 */
public class PyList extends SeqLocked {

    /** The built-in type {@code list}. */
    public static final PyType TYPE = PyType.builtin("list", PyList.class, () -> PyObject.TYPE,
            PyListMethods::define);

    static final PyObject[] NO_ITEMS = new PyObject[0];

    /** The storage; slots {@code [size, items.length)} are null. Written only under the lock. */
    PyObject[] items;
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
        for (int tries = 0; tries < OPTIMISTIC_TRIES; tries++) {
            long s = readBegin();
            PyObject[] a = items;
            int n = size;
            PyObject x = i >= 0 && i < n && i < a.length ? a[i] : null;
            if (readValid(s)) {
                return x;
            }
        }
        lockWrite();
        try {
            return i >= 0 && i < size ? items[i] : null;
        } finally {
            unlockWrite();
        }
    }

    /** A copy of the items as they were at one instant. Takes no lock unless writers keep interfering. */
    public PyObject[] snapshot() {
        for (int tries = 0; tries < 4; tries++) {
            long s = readBegin();
            PyObject[] a = items;
            int n = size;
            PyObject[] r = Arrays.copyOf(a, Math.min(n, a.length));
            if (readValid(s)) {
                return r;
            }
        }
        lockWrite();
        try {
            return Arrays.copyOf(items, size);
        } finally {
            unlockWrite();
        }
    }

    /** Removes and returns the last item atomically ({@code list.pop()}), or null when empty. */
    public PyObject popLastOrNull() {
        lockWrite();
        try {
            int n = size;
            if (n == 0) {
                return null;
            }
            PyObject x = items[n - 1];
            items[n - 1] = null;
            size = n - 1;
            return x;
        } finally {
            unlockWrite();
        }
    }

    /** Appends {@code x} atomically ({@code list.append}). */
    public void append(PyObject x) {
        lockWrite();
        try {
            int n = size;
            PyObject[] a = items;
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

    /** Appends all of {@code xs[0, n)} atomically. */
    void appendAll(PyObject[] xs, int n) {
        if (n == 0) {
            return;
        }
        lockWrite();
        try {
            int m = size;
            ensureCapacity(m + (long) n);
            System.arraycopy(xs, 0, items, m, n);
            size = m + n;
        } finally {
            unlockWrite();
        }
    }

    /** Makes room for {@code cap} items; call under the lock. MemoryError when impossible. */
    void ensureCapacity(long cap) {
        if (cap > items.length) {
            if (cap > Integer.MAX_VALUE - 8) {
                throw PyErr.of(PyExc.MemoryError);
            }
            int c = (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(cap, cap + (cap >> 3) + 6));
            items = Arrays.copyOf(items, c);
        }
    }

    /** Replaces item {@code i} (already normalised); false when out of range. */
    boolean setAt(int i, PyObject x) {
        lockWrite();
        try {
            if (i < 0 || i >= size) {
                return false;
            }
            items[i] = x;
            return true;
        } finally {
            unlockWrite();
        }
    }

    /** Replaces all items with {@code xs} (owned from now on). */
    void replaceAll(PyObject[] xs) {
        lockWrite();
        try {
            items = xs;
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
