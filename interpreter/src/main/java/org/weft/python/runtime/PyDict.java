package org.weft.python.runtime;

/**
 * Python {@code dict}: insertion-ordered, CPython's compact layout ({@link DictTable}).
 *
 * <p>Threads (DESIGN.md rules 2-5). Writers take the dict's sequence lock ({@link SeqLocked}), so
 * {@code d[k] = v}, {@code del d[k]}, {@code setdefault}, {@code pop}, {@code popitem},
 * {@code update} and {@code clear} are atomic. Readers ({@link #getItem}, {@code in}, {@code len},
 * iteration) take no lock: they read the table optimistically and keep the result only if the
 * sequence word did not move. Keys are hashed before any lock is taken. A key comparison that may
 * run Python code ({@code __eq__} of anything but exact str and int) runs with the lock released;
 * afterwards the probe continues only if the table and the compared entry are unchanged and
 * restarts otherwise, which is CPython's own "restart the lookup if mutated" rule (lookdict in
 * dictobject.c). No Python code ever runs under the lock.
 *
 * <p>For the engine: {@link #getItem(PyStr)} and {@link #getItem(String)} are the fast lookups of
 * identifier-keyed dicts (globals, builtins, instance and type dicts); {@link #version()} changes
 * on every write, so an inline cache may keep a value read while the version stays the same.
 * Methods live in {@link PyDictMethods}; views in {@link DictViews}.
 */
public class PyDict extends SeqLocked {

    /** The built-in type {@code dict}. */
    public static final PyType TYPE = PyType.builtin("dict", PyDict.class, () -> PyObject.TYPE,
            PyDictMethods::define);

    /** Replaced (never changed in place except as DictTable allows) under the lock. */
    DictTable table = DictTable.EMPTY_TABLE;
    /** The number of items; written under the lock. */
    int used;
    /**
     * The class whose shared keys this dict would use in CPython (an instance {@code __dict__} made
     * from inline values), or null; only sys.getsizeof reads it. It takes the 4 bytes of padding a
     * dict had (40 bytes with compressed class pointers and oops, before and after).
     */
    PyType sharedKeysOf;

    /** An empty dict. */
    public PyDict() {
        this(TYPE);
    }

    /** An empty dict of type {@code type} (dict or a subclass). */
    public PyDict(PyType type) {
        super(type);
    }

    /** The number of items ({@code len}); no lock. */
    public int size() {
        return used;
    }

    // ---- hashing and safe comparison --------------------------------------------------------------

    /** The hash of a key; may run Python code, so never call it under the lock. */
    static long hashOf(PyObject key) {
        if (key instanceof PyStr s && key.type() == PyStr.TYPE) {
            return s.hash();
        }
        return Ops.hash(key);
    }

    /**
     * Key equality decidable without Python code: 1 equal, 0 different, -1 unknown. Exact str and
     * int compare by value; CPython: the unicode_eq shortcut in lookdict.
     */
    static int quickEq(PyObject a, PyObject b) {
        if (a == b) {
            return 1;
        }
        PyType t = a.type();
        if (t != b.type()) {
            return -1;
        }
        if (t == PyStr.TYPE) {
            return ((PyStr) a).value().equals(((PyStr) b).value()) ? 1 : 0;
        }
        if (t == PyInt.TYPE) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.isSmall() && y.isSmall()) {
                return x.longValue() == y.longValue() ? 1 : 0;
            }
        }
        return -1;
    }

    // ---- lock-free reads --------------------------------------------------------------------------

    /** The value for {@code key}, or null when absent (no KeyError, no {@code __missing__}). */
    public PyObject getItem(PyObject key) {
        return lookup(key, hashOf(key));
    }

    /** The value for a str key, or null: the engine's fast path for names. */
    public PyObject getItem(PyStr key) {
        return lookup(key, key.type() == PyStr.TYPE ? key.hash() : Ops.hash(key));
    }

    /** The value for the str key {@code name}, or null. */
    public PyObject getItem(String name) {
        return getItem(PyStr.of(name));
    }

    /** The value for {@code key} whose hash is {@code hash}, or null. CPython: _Py_dict_lookup. */
    PyObject lookup(PyObject key, long hash) {
        int tries = 0;
        restart:
        for (;;) {
            if (++tries > OPTIMISTIC_TRIES) {
                return lookupLocked(key, hash);
            }
            long stamp = readBegin();
            DictTable t = table;
            int[] indices = t.indices;
            int mask = indices.length - 1;
            long perturb = hash;
            int i = (int) hash & mask;
            for (;;) {
                int ix = indices[i];
                if (ix == DictTable.EMPTY) {
                    if (readValid(stamp)) {
                        return null;
                    }
                    continue restart;
                }
                if (ix >= 0) {
                    PyObject k = t.keys[ix];
                    if (k != null && t.hashes[ix] == hash) {
                        int q = quickEq(k, key);
                        if (q < 0) {
                            if (!readValid(stamp)) {
                                continue restart;
                            }
                            boolean eq = Ops.eqForContainer(k, key);
                            stamp = readBegin();
                            if (table != t || t.keys[ix] != k) {
                                continue restart;
                            }
                            q = eq ? 1 : 0;
                        }
                        if (q == 1) {
                            PyObject v = t.values[ix];
                            if (readValid(stamp) && v != null) {
                                return v;
                            }
                            continue restart;
                        }
                    }
                }
                perturb >>>= DictTable.PERTURB_SHIFT;
                i = (int) (i * 5L + perturb + 1) & mask;
            }
        }
    }

    /** {@link #lookup} for a reader that the writers kept invalidating: under the lock, so it finishes. */
    private PyObject lookupLocked(PyObject key, long hash) {
        lockWrite();
        try {
            int ix = findLocked(key, hash);
            return ix < 0 ? null : table.values[ix];
        } finally {
            unlockWrite();
        }
    }

    /** True when {@code key} is present. */
    public boolean containsKey(PyObject key) {
        return lookup(key, hashOf(key)) != null;
    }

    // ---- writes (under the lock) ------------------------------------------------------------------

    /**
     * The entry index of {@code key} in the current table, or -1; call under the lock. May release
     * and re-take the lock to compare keys with Python code (re-taken even when that comparison
     * raises, so the caller's finally still unlocks).
     */
    int findLocked(PyObject key, long hash) {
        restart:
        for (;;) {
            DictTable t = table;
            int[] indices = t.indices;
            int mask = indices.length - 1;
            long perturb = hash;
            int i = (int) hash & mask;
            for (;;) {
                int ix = indices[i];
                if (ix == DictTable.EMPTY) {
                    return -1;
                }
                if (ix >= 0) {
                    PyObject k = t.keys[ix];
                    if (k != null && t.hashes[ix] == hash) {
                        int q = quickEq(k, key);
                        if (q < 0) {
                            q = compareUnlocked(k, key) ? 1 : 0;
                            if (table != t || t.keys[ix] != k) {
                                continue restart;
                            }
                        }
                        if (q == 1) {
                            return ix;
                        }
                    }
                }
                perturb >>>= DictTable.PERTURB_SHIFT;
                i = (int) (i * 5L + perturb + 1) & mask;
            }
        }
    }

    private boolean compareUnlocked(PyObject k, PyObject key) {
        unlockWrite();
        try {
            return Ops.eqForContainer(k, key);
        } finally {
            lockWrite();
        }
    }

    /** {@code d[key] = value}, atomically. */
    public void setItem(PyObject key, PyObject value) {
        long hash = hashOf(key);
        lockWrite();
        try {
            insertLocked(key, hash, value);
        } finally {
            unlockWrite();
        }
    }

    /** {@code d[key] = value}, returning the value it replaced (null when the key was new). */
    public PyObject replaceItem(PyObject key, PyObject value) {
        long hash = hashOf(key);
        lockWrite();
        try {
            return insertLocked(key, hash, value);
        } finally {
            unlockWrite();
        }
    }

    /** {@code d[name] = value} for a str key. */
    public void setItem(String name, PyObject value) {
        setItem(PyStr.of(name), value);
    }

    /** Inserts or replaces; call under the lock; returns the value replaced, or null. CPython: insertdict. */
    PyObject insertLocked(PyObject key, long hash, PyObject value) {
        int ix = findLocked(key, hash);
        DictTable t = table;
        if (ix >= 0) {
            PyObject old = t.values[ix];
            t.values[ix] = value;
            return old;
        }
        if (t.isFull()) {
            t = t.resized(used + 1);
            table = t;
        }
        t.append(hash, key, value);
        used++;
        return null;
    }

    /** Removes {@code key}; returns its value, or null when it was absent. */
    public PyObject delItem(PyObject key) {
        long hash = hashOf(key);
        lockWrite();
        try {
            return removeLocked(key, hash);
        } finally {
            unlockWrite();
        }
    }

    /** Removes {@code key} and returns its value, or null; call under the lock. CPython: delitem_common. */
    PyObject removeLocked(PyObject key, long hash) {
        int ix = findLocked(key, hash);
        if (ix < 0) {
            return null;
        }
        return removeEntry(table, ix, hash);
    }

    /** Deletes entry {@code ix} of {@code t} and returns its value; call under the lock. */
    PyObject removeEntry(DictTable t, int ix, long hash) {
        int[] indices = t.indices;
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        while (indices[i] != ix) {
            perturb >>>= DictTable.PERTURB_SHIFT;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
        indices[i] = DictTable.DUMMY;
        PyObject v = t.values[ix];
        t.keys[ix] = null;
        t.values[ix] = null;
        used--;
        return v;
    }

    /** Removes every item. */
    public void clear() {
        lockWrite();
        try {
            table = DictTable.EMPTY_TABLE;
            used = 0;
        } finally {
            unlockWrite();
        }
    }

    // ---- snapshots --------------------------------------------------------------------------------

    /** The items at one instant: keys, values and hashes, in order, with no gaps. */
    record Snapshot(PyObject[] keys, PyObject[] values, long[] hashes, int size) {
    }

    /** A consistent copy of the items, read without locking unless writers keep interfering. */
    Snapshot snapshot() {
        for (int tries = 0; tries < 4; tries++) {
            long stamp = readBegin();
            Snapshot s = copyOut(table);
            if (readValid(stamp)) {
                return s;
            }
        }
        lockWrite();
        try {
            return copyOut(table);
        } finally {
            unlockWrite();
        }
    }

    private static Snapshot copyOut(DictTable t) {
        int n = Math.min(t.nentries, t.keys.length);
        PyObject[] ks = new PyObject[n];
        PyObject[] vs = new PyObject[n];
        long[] hs = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            PyObject k = t.keys[i];
            if (k != null) {
                ks[m] = k;
                vs[m] = t.values[i];
                hs[m++] = t.hashes[i];
            }
        }
        return new Snapshot(ks, vs, hs, m);
    }

    /** A snapshot of the keys in insertion order. */
    public java.util.List<PyObject> keys() {
        Snapshot s = snapshot();
        return java.util.Arrays.asList(s.keys).subList(0, s.size);
    }

    /** Inserts every item of a snapshot atomically ({@code update} from a dict). */
    void insertAll(Snapshot s) {
        lockWrite();
        try {
            if (used == 0 && table.keys.length < s.size) {
                table = DictTable.forEntries(s.size);
            }
            for (int i = 0; i < s.size; i++) {
                insertLocked(s.keys[i], s.hashes[i], s.values[i]);
            }
        } finally {
            unlockWrite();
        }
    }

    /** A copy of this dict (a plain {@code dict}). */
    public PyDict copy() {
        PyDict d = new PyDict();
        d.insertAll(snapshot());
        return d;
    }

    @Override
    public String toString() {
        return "<dict of " + used + ">";
    }
}
