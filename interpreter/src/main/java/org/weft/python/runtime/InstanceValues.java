package org.weft.python.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * The attributes of a plain instance (a Python class deriving from {@code object}, no
 * {@code __slots__}) while nobody has asked for its {@code __dict__}: a {@link Shape} and an array
 * of values, so that attribute sites read them by index ({@link AttributeSite}) instead of hashing
 * into a dict. Kept in the object's {@code dict} field but never exposed: the first call of
 * {@link PyObject#getDict()} (for {@code __dict__}, {@code vars()}, {@code del obj.x}, copying,
 * pickling) moves the attributes, in order, into a real dict that replaces this storage for good,
 * which is CPython 3.12's "materialized" managed dict.
 *
 * <p>Threads (DESIGN.md rule 2): writers take this object's sequence lock (inherited from
 * {@link SeqLocked}), so stores, additions and the move to a dict are atomic with respect to each
 * other and no update is lost. Readers take no lock: they read the volatile {@link #shape} first
 * and then {@link #values}; a writer adding a name stores the value and the (possibly new) array
 * before it publishes the new shape, so a reader that sees a shape sees every value it lists.
 * Values are replaced in place, each a single reference write. After the move to a dict
 * {@code shape} is null, and everyone goes to the object's dict field instead.
 */
final class InstanceValues extends PyDict {

    private static final PyObject[] NONE = new PyObject[0];

    /**
     * Null once the attributes live in a real dict. Read as a volatile; written under the lock with
     * a release store ({@link #SHAPE}): readers need only see what was written before it, and a
     * volatile write's full fence, once per attribute an {@code __init__} adds, bought nothing.
     */
    private volatile Shape shape;
    private static final VarHandle SHAPE;

    static {
        try {
            SHAPE = MethodHandles.lookup().findVarHandle(InstanceValues.class, "shape", Shape.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
    /** Values by shape index; at least as long as {@code shape.size()}; written under the lock. */
    private PyObject[] values = NONE;

    InstanceValues() {
        super(PyDict.TYPE);
        SHAPE.setRelease(this, Shape.ROOT); // as the stores below: no fence for every new instance
    }

    /** The current shape, or null when the attributes moved to a dict. Read it before {@link #values}. */
    Shape shape() {
        return shape;
    }

    /** The values; index them only below the size of a shape read before this call. */
    PyObject[] values() {
        return values;
    }

    /** The value of {@code name}, null when absent, or {@link AttributeSite#NOT_SHAPED} after the move to a dict. */
    PyObject get(String name) {
        Shape s = shape;
        if (s == null) {
            return AttributeSite.NOT_SHAPED;
        }
        PyObject[] v = values;
        int ix = s.indexOf(name);
        return ix < 0 ? null : v[ix];
    }

    /**
     * Stores {@code owner.name = value} (value not null); false when the attributes moved to a
     * dict, for the caller to store there. {@code site} (may be null) remembers the index.
     */
    boolean put(PyObject owner, PyStr key, PyObject value, AttributeSite site) {
        lockWrite();
        try {
            Shape s = shape;
            if (s == null) {
                return false;
            }
            int ix = site != null ? site.indexIn(s) : s.indexOf(key.value());
            if (ix >= 0) {
                values[ix] = value;
                return true;
            }
            Shape next = key.type() == PyStr.TYPE ? s.with(key.value()) : null;
            if (next == null) {
                materializeLocked(owner, s).setItem(key, value);
                return true;
            }
            int n = s.size();
            PyObject[] v = values;
            if (v.length <= n) {
                v = Arrays.copyOf(v, Math.max(4, 2 * n));
            }
            v[n] = value;
            values = v;
            SHAPE.setRelease(this, next); // publishes the value and the array
            return true;
        } finally {
            unlockWrite();
        }
    }

    /** Moves the attributes into a real dict installed in {@code owner} (once); returns that dict. */
    PyDict materialize(PyObject owner) {
        lockWrite();
        try {
            Shape s = shape;
            return s == null ? (PyDict) owner.dict : materializeLocked(owner, s);
        } finally {
            unlockWrite();
        }
    }

    private PyDict materializeLocked(PyObject owner, Shape s) {
        PyDict d = new PyDict();
        d.sharedKeysOf = owner.type();
        for (int i = 0; i < s.size(); i++) {
            d.setItem(s.keys[i], values[i]); // exact str keys: no Python code runs under the lock
        }
        owner.dict = d;
        SHAPE.setRelease(this, (Shape) null); // publishes owner.dict to whoever sees null here
        // values stay: a reader that read the old shape just before may still index them.
        return d;
    }
}
