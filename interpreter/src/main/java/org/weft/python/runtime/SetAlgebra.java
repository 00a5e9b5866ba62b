package org.weft.python.runtime;

/**
 * The set algebra of {@code set} and {@code frozenset}, following setobject.c function by function
 * (set_update_internal, set_merge, set_intersection, set_difference, ...), since the order in
 * which elements are inserted decides the iteration order users see.
 *
 * <p>Threads: another set used as an argument is read through a snapshot of its table; the set
 * being changed is changed through its own atomic operations, so a compound update such as
 * {@code intersection_update} is consistent at every step but not one atomic step.
 */
final class SetAlgebra {

    private SetAlgebra() {
    }

    /** A new empty set of the base type of {@code so} (set or frozenset). CPython: make_new_set_basetype. */
    static PyBaseSet newLike(PyBaseSet so) {
        return so instanceof PyFrozenSet ? new PyFrozenSet() : new PySet();
    }

    /** A copy of {@code so} of its base type. CPython: set_copy. */
    static PyBaseSet copy(PyBaseSet so) {
        PyBaseSet r = newLike(so);
        merge(r, so);
        return r;
    }

    /** Adds every element of {@code other}. CPython: set_update_internal. */
    static void update(PyBaseSet so, PyObject other) {
        if (other instanceof PyBaseSet o) {
            merge(so, o);
        } else if (other.type() == PyDict.TYPE) {
            mergeDict(so, (PyDict) other);
        } else {
            PyObject it = Ops.iter(other);
            for (PyObject k; (k = Ops.next(it)) != null;) {
                so.add(k);
            }
        }
    }

    // CPython: set_merge in setobject.c
    static void merge(PyBaseSet so, PyBaseSet otherSet) {
        if (otherSet == so) {
            return;
        }
        SetTable other = otherSet.snapshot();
        if (other.used == 0) {
            return;
        }
        so.lockWrite();
        try {
            SetTable t = so.table;
            if ((long) (t.fill + other.used) * 5 >= (long) t.mask() * 3) {
                t = t.resized((long) (t.used + other.used) * 2);
                so.table = t;
            }
            if (t.fill == 0 && t.mask() == other.mask() && other.fill == other.used) {
                so.table = other;
                return;
            }
            if (t.fill == 0) {
                for (int i = 0; i < other.keys.length; i++) {
                    PyObject k = other.keys[i];
                    if (k != null && k != SetTable.DUMMY) {
                        t.insertClean(k, other.hashes[i]);
                    }
                }
                t.fill = other.used;
                t.used = other.used;
                return;
            }
            for (int i = 0; i < other.keys.length; i++) {
                PyObject k = other.keys[i];
                if (k != null && k != SetTable.DUMMY) {
                    so.addLocked(k, other.hashes[i]);
                }
            }
        } finally {
            so.unlockWrite();
        }
    }

    private static void mergeDict(PyBaseSet so, PyDict d) {
        PyDict.Snapshot s = d.snapshot();
        so.lockWrite();
        try {
            SetTable t = so.table;
            if ((long) (t.fill + s.size()) * 5 >= (long) t.mask() * 3) {
                so.table = t.resized((long) (t.used + s.size()) * 2);
            }
            for (int i = 0; i < s.size(); i++) {
                so.addLocked(s.keys()[i], s.hashes()[i]);
            }
        } finally {
            so.unlockWrite();
        }
    }

    // CPython: set_intersection in setobject.c
    static PyBaseSet intersection(PyBaseSet so, PyObject other) {
        if (other == so) {
            return copy(so);
        }
        PyBaseSet result = newLike(so);
        if (other instanceof PyBaseSet o) {
            PyBaseSet big = so;
            if (o.size() > so.size()) {
                big = o;
                o = so;
            }
            SetTable t = o.snapshot();
            for (int i = 0; i < t.keys.length; i++) {
                PyObject k = t.keys[i];
                if (k != null && k != SetTable.DUMMY && big.containsHashed(k, t.hashes[i])) {
                    addHashed(result, k, t.hashes[i]);
                }
            }
            return result;
        }
        PyObject it = Ops.iter(other);
        for (PyObject k; (k = Ops.next(it)) != null;) {
            long h = PyDict.hashOf(k);
            if (so.containsHashed(k, h)) {
                addHashed(result, k, h);
            }
        }
        return result;
    }

    static void addHashed(PyBaseSet s, PyObject k, long h) {
        s.lockWrite();
        try {
            s.addLocked(k, h);
        } finally {
            s.unlockWrite();
        }
    }

    /** Replaces the contents of {@code so} with those of {@code tmp}. CPython: set_swap_bodies. */
    static void takeBody(PyBaseSet so, PyBaseSet tmp) {
        SetTable t = tmp.snapshot();
        so.lockWrite();
        try {
            so.table = t;
        } finally {
            so.unlockWrite();
        }
    }

    // CPython: set_difference in setobject.c
    static PyBaseSet difference(PyBaseSet so, PyObject other) {
        int otherSize;
        if (other instanceof PyBaseSet o) {
            otherSize = o.size();
        } else if (other.type() == PyDict.TYPE) {
            otherSize = ((PyDict) other).size();
        } else {
            return copyAndDifference(so, other);
        }
        if ((so.size() >> 2) > otherSize) {
            return copyAndDifference(so, other);
        }
        PyBaseSet result = newLike(so);
        SetTable t = so.snapshot();
        for (int i = 0; i < t.keys.length; i++) {
            PyObject k = t.keys[i];
            if (k == null || k == SetTable.DUMMY) {
                continue;
            }
            long h = t.hashes[i];
            boolean in = other instanceof PyBaseSet o ? o.containsHashed(k, h) : ((PyDict) other).lookup(k, h) != null;
            if (!in) {
                addHashed(result, k, h);
            }
        }
        return result;
    }

    private static PyBaseSet copyAndDifference(PyBaseSet so, PyObject other) {
        PyBaseSet r = copy(so);
        differenceUpdate(r, other);
        return r;
    }

    // CPython: set_difference_update_internal in setobject.c
    static void differenceUpdate(PyBaseSet so, PyObject other) {
        if (other == so) {
            so.clearAll();
            return;
        }
        if (other instanceof PyBaseSet o) {
            PyBaseSet src = (o.size() >> 3) > so.size() ? intersection(so, o) : o;
            SetTable t = src.snapshot();
            for (int i = 0; i < t.keys.length; i++) {
                PyObject k = t.keys[i];
                if (k != null && k != SetTable.DUMMY) {
                    so.discardHashed(k, t.hashes[i]);
                }
            }
        } else {
            PyObject it = Ops.iter(other);
            for (PyObject k; (k = Ops.next(it)) != null;) {
                PySetMethods.discardKey(so, k);
            }
        }
        so.lockWrite();
        try {
            SetTable t = so.table;
            if (t.fill - t.used > t.mask() / 4) {
                so.table = t.resized(t.growthTarget());
            }
        } finally {
            so.unlockWrite();
        }
    }

    // CPython: set_symmetric_difference_update in setobject.c
    static void symmetricDifferenceUpdate(PyBaseSet so, PyObject other) {
        if (other == so) {
            so.clearAll();
            return;
        }
        if (other.type() == PyDict.TYPE) {
            PyDict.Snapshot s = ((PyDict) other).snapshot();
            for (int i = 0; i < s.size(); i++) {
                toggle(so, s.keys()[i], s.hashes()[i]);
            }
            return;
        }
        PyBaseSet o;
        if (other instanceof PyBaseSet os) {
            o = os;
        } else {
            o = newLike(so);
            update(o, other);
        }
        SetTable t = o.snapshot();
        for (int i = 0; i < t.keys.length; i++) {
            PyObject k = t.keys[i];
            if (k != null && k != SetTable.DUMMY) {
                toggle(so, k, t.hashes[i]);
            }
        }
    }

    private static void toggle(PyBaseSet so, PyObject k, long h) {
        so.lockWrite();
        try {
            if (!so.discardLocked(k, h)) {
                so.addLocked(k, h);
            }
        } finally {
            so.unlockWrite();
        }
    }

    // CPython: set_symmetric_difference in setobject.c
    static PyBaseSet symmetricDifference(PyBaseSet so, PyObject other) {
        PyBaseSet r = newLike(so);
        update(r, other);
        symmetricDifferenceUpdate(r, so);
        return r;
    }

    // CPython: set_issubset in setobject.c
    static boolean isSubset(PyBaseSet so, PyObject other) {
        if (!(other instanceof PyBaseSet o)) {
            PySet tmp = new PySet();
            update(tmp, other);
            return isSubset(so, tmp);
        }
        if (so.size() > o.size()) {
            return false;
        }
        SetTable t = so.snapshot();
        for (int i = 0; i < t.keys.length; i++) {
            PyObject k = t.keys[i];
            if (k != null && k != SetTable.DUMMY && !o.containsHashed(k, t.hashes[i])) {
                return false;
            }
        }
        return true;
    }

    // CPython: set_issuperset in setobject.c
    static boolean isSuperset(PyBaseSet so, PyObject other) {
        if (other instanceof PyBaseSet o) {
            return isSubset(o, so);
        }
        PyObject it = Ops.iter(other);
        for (PyObject k; (k = Ops.next(it)) != null;) {
            if (!so.contains(k)) {
                return false;
            }
        }
        return true;
    }

    // CPython: set_isdisjoint in setobject.c
    static boolean isDisjoint(PyBaseSet so, PyObject other) {
        if (other == so) {
            return so.size() == 0;
        }
        if (other instanceof PyBaseSet o) {
            PyBaseSet small = so.size() > o.size() ? o : so;
            PyBaseSet big = small == so ? o : so;
            SetTable t = small.snapshot();
            for (int i = 0; i < t.keys.length; i++) {
                PyObject k = t.keys[i];
                if (k != null && k != SetTable.DUMMY && big.containsHashed(k, t.hashes[i])) {
                    return false;
                }
            }
            return true;
        }
        PyObject it = Ops.iter(other);
        for (PyObject k; (k = Ops.next(it)) != null;) {
            if (so.contains(k)) {
                return false;
            }
        }
        return true;
    }
}
