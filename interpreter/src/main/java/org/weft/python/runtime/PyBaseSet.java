package org.weft.python.runtime;

/**
 * What {@code set} and {@code frozenset} share: the {@link SetTable} and the lookup, add and
 * discard algorithms of CPython's setobject.c, step for step, so that iteration order is CPython's.
 *
 * <p>Threads (DESIGN.md rules 2-5): writers take the sequence lock ({@link SeqLocked}), so
 * {@code add}, {@code discard}, {@code remove}, {@code pop} and {@code clear} are atomic; readers
 * ({@code in}, {@code len}, iteration, snapshots) take no lock and validate. Keys are hashed before
 * the lock is taken; a comparison that may run Python code runs with the lock released, after
 * which the probe continues only if the table and the slot are unchanged, and restarts otherwise
 * (CPython's set_add_entry does the same). A frozenset is written only while it is being built,
 * before anyone else can see it.
 */
public abstract class PyBaseSet extends SeqLocked {

    /** Replaced on resize and clear; written under the lock. */
    SetTable table = new SetTable(SetTable.MIN_SIZE);
    /** Where {@code pop} resumes its search; written under the lock. */
    int finger;

    PyBaseSet(PyType type) {
        super(type);
    }

    /** The number of elements; no lock. */
    public int size() {
        return table.used;
    }

    // ---- lock-free reads ----------------------------------------------------------------------

    /** True when {@code key} is an element. CPython: set_contains_entry. */
    public boolean contains(PyObject key) {
        return containsHashed(key, PyDict.hashOf(key));
    }

    boolean containsHashed(PyObject key, long hash) {
        // The first slot answers most lookups in small sets: empty (a miss) or the key itself (an
        // int or str element is usually the very object looked up). Anything else takes the probe loop.
        long stamp0 = readBegin();
        SetTable t0 = table;
        int i0 = (int) hash & (t0.keys.length - 1);
        PyObject k0 = t0.keys[i0];
        if (k0 == null ? t0.hashes[i0] == 0 : k0 == key) {
            if (readValid(stamp0)) {
                return k0 != null;
            }
        }
        return probe(key, hash);
    }

    private boolean probe(PyObject key, long hash) {
        int tries = 0;
        restart:
        for (;;) {
            if (++tries > OPTIMISTIC_TRIES) {
                return containsLocked(key, hash);
            }
            long stamp = readBegin();
            SetTable t = table;
            PyObject[] keys = t.keys;
            long[] hashes = t.hashes;
            int mask = keys.length - 1;
            long perturb = hash;
            int i = (int) hash & mask;
            for (;;) {
                int probes = i + SetTable.LINEAR_PROBES <= mask ? SetTable.LINEAR_PROBES : 0;
                for (int j = i; j <= i + probes; j++) {
                    // The hash first: most slots a probe passes differ in it, and then only an
                    // empty slot (hash 0, no key) needs its key read.
                    long h = hashes[j];
                    PyObject k;
                    if (h != hash) {
                        if (h != 0 || keys[j] != null) {
                            continue;
                        }
                        k = null;
                    } else {
                        k = keys[j];
                    }
                    if (k == null) { // an empty slot (a key hashing to 0 probes here too)
                        if (readValid(stamp)) {
                            return false;
                        }
                        continue restart;
                    }
                    if (k != SetTable.DUMMY) {
                        int q = PyDict.quickEq(k, key);
                        if (q < 0) {
                            if (!readValid(stamp)) {
                                continue restart;
                            }
                            boolean eq = Ops.eqForContainer(k, key);
                            stamp = readBegin();
                            if (table != t || keys[j] != k) {
                                continue restart;
                            }
                            q = eq ? 1 : 0;
                        }
                        if (q == 1) {
                            if (readValid(stamp)) {
                                return true;
                            }
                            continue restart;
                        }
                    }
                }
                perturb >>>= SetTable.PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /** {@link #containsHashed} for a reader that the writers kept invalidating: under the lock, so it finishes. */
    private boolean containsLocked(PyObject key, long hash) {
        lockWrite();
        try {
            return findLocked(key, hash) >= 0;
        } finally {
            unlockWrite();
        }
    }

    /** A consistent copy of the table (positions and dummies included). */
    SetTable snapshot() {
        for (int tries = 0; tries < 4; tries++) {
            long stamp = readBegin();
            SetTable t = table;
            SetTable c = t.copy();
            if (readValid(stamp) && table == t) {
                return c;
            }
        }
        lockWrite();
        try {
            return table.copy();
        } finally {
            unlockWrite();
        }
    }

    // ---- writes, under the lock ---------------------------------------------------------------

    /** Adds {@code key} atomically ({@code set.add}). */
    public void add(PyObject key) {
        long hash = PyDict.hashOf(key);
        lockWrite();
        try {
            addLocked(key, hash);
        } finally {
            unlockWrite();
        }
    }

    /** CPython: set_add_entry in setobject.c; call under the lock. */
    void addLocked(PyObject key, long hash) {
        restart:
        for (;;) {
            SetTable t = table;
            PyObject[] keys = t.keys;
            long[] hashes = t.hashes;
            int mask = keys.length - 1;
            long perturb = hash;
            int i = (int) hash & mask;
            int freeslot = -1;
            for (;;) {
                int probes = i + SetTable.LINEAR_PROBES <= mask ? SetTable.LINEAR_PROBES : 0;
                for (int j = i; j <= i + probes; j++) {
                    long h = hashes[j]; // the hash first, as containsHashed
                    if (h != hash) {
                        if (h == -1) {
                            freeslot = j;
                        } else if (h == 0 && keys[j] == null) {
                            storeNew(t, freeslot >= 0 ? freeslot : j, key, hash, freeslot < 0);
                            return;
                        }
                        continue;
                    }
                    PyObject k = keys[j];
                    if (k == null) {
                        storeNew(t, freeslot >= 0 ? freeslot : j, key, hash, freeslot < 0);
                        return;
                    }
                    if (k != SetTable.DUMMY) {
                        int q = PyDict.quickEq(k, key);
                        if (q < 0) {
                            q = compareUnlocked(k, key) ? 1 : 0;
                            if (table != t || keys[j] != k) {
                                continue restart;
                            }
                        }
                        if (q == 1) {
                            return;
                        }
                    }
                }
                perturb >>>= SetTable.PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    private void storeNew(SetTable t, int slot, PyObject key, long hash, boolean unused) {
        t.keys[slot] = key;
        t.hashes[slot] = hash;
        t.used++;
        if (unused) {
            t.fill++;
            if ((long) t.fill * 5 >= (long) t.mask() * 3) {
                table = t.resized(t.growthTarget());
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

    /** The slot of {@code key} in the current table, or -1; call under the lock. CPython: set_lookkey. */
    int findLocked(PyObject key, long hash) {
        restart:
        for (;;) {
            SetTable t = table;
            PyObject[] keys = t.keys;
            long[] hashes = t.hashes;
            int mask = keys.length - 1;
            long perturb = hash;
            int i = (int) hash & mask;
            for (;;) {
                int probes = i + SetTable.LINEAR_PROBES <= mask ? SetTable.LINEAR_PROBES : 0;
                for (int j = i; j <= i + probes; j++) {
                    long h = hashes[j]; // the hash first, as containsHashed
                    if (h != hash) {
                        if (h == 0 && keys[j] == null) {
                            return -1;
                        }
                        continue;
                    }
                    PyObject k = keys[j];
                    if (k == null) {
                        return -1;
                    }
                    if (k != SetTable.DUMMY) {
                        int q = PyDict.quickEq(k, key);
                        if (q < 0) {
                            q = compareUnlocked(k, key) ? 1 : 0;
                            if (table != t || keys[j] != k) {
                                continue restart;
                            }
                        }
                        if (q == 1) {
                            return j;
                        }
                    }
                }
                perturb >>>= SetTable.PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /** Removes {@code key} if present; true when it was. CPython: set_discard_entry. */
    boolean discardHashed(PyObject key, long hash) {
        lockWrite();
        try {
            return discardLocked(key, hash);
        } finally {
            unlockWrite();
        }
    }

    boolean discardLocked(PyObject key, long hash) {
        int j = findLocked(key, hash);
        if (j < 0) {
            return false;
        }
        SetTable t = table;
        t.keys[j] = SetTable.DUMMY;
        t.hashes[j] = -1;
        t.used--;
        return true;
    }

    /** Empties the set. CPython: set_clear_internal. */
    void clearAll() {
        lockWrite();
        try {
            table = new SetTable(SetTable.MIN_SIZE);
        } finally {
            unlockWrite();
        }
    }
}
