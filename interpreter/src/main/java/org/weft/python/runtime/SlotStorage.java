package org.weft.python.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Where the {@code __slots__} values of an instance without {@code __dict__} live: an array with
 * one cell per slot, indexed as {@link PyMemberDescriptor#index} says, kept in the object's
 * {@code dict} field but never exposed ({@link PyObject#getDict()} returns null for it, and it
 * holds no dict items), so no code path can mistake it for an instance dict.
 *
 * <p>Layout: a class's slots follow those of its base chain (CPython's member offsets), so the
 * index of a slot is the same in every subclass's instances; a layout conflict between bases is
 * refused when the class is made ({@link Mro#solidBase}).
 *
 * <p>Threads: each cell is an independent variable, as a member in CPython is one pointer: a read
 * or a write of one cell is a single reference access (never torn); deleting swaps atomically, so
 * of two racing {@code del obj.x} exactly one succeeds.
 */
final class SlotStorage extends PyDict {

    private static final VarHandle CELLS = MethodHandles.arrayElementVarHandle(PyObject[].class);

    private final PyObject[] cells;

    private SlotStorage(int size) {
        super(PyDict.TYPE);
        this.cells = new PyObject[size];
    }

    /** Storage for a new instance of {@code type}, or null when its instances have no slots. */
    static SlotStorage forType(PyType type) {
        int n = size(type);
        return n == 0 ? null : new SlotStorage(n);
    }

    /** A storage of {@code size} cells holding {@code old}'s values (old may be null). */
    static SlotStorage copyOf(SlotStorage old, int size) {
        SlotStorage s = new SlotStorage(size);
        if (old != null) {
            System.arraycopy(old.cells, 0, s.cells, 0, Math.min(size, old.cells.length));
        }
        return s;
    }

    /** The number of cells. */
    int cellCount() {
        return cells.length;
    }

    /** The slots along {@code type}'s base chain: the length of its instances' storage. */
    static int size(PyType type) {
        int n = 0;
        for (PyType t = type; t != null && t.isHeapType(); t = t.base) {
            n += t.slotNames == null ? 0 : t.slotNames.length;
        }
        return n;
    }

    /** The value in cell {@code i}, or null when unset (or beyond this storage). */
    PyObject get(int i) {
        PyObject[] c = cells;
        return i < c.length ? c[i] : null;
    }

    /** Stores into cell {@code i}; false when this storage has no such cell. */
    boolean set(int i, PyObject value) {
        PyObject[] c = cells;
        if (i >= c.length) {
            return false;
        }
        c[i] = value;
        return true;
    }

    /** Empties cell {@code i}; false when it was already empty. */
    boolean delete(int i) {
        PyObject[] c = cells;
        return i < c.length && CELLS.getAndSet(c, i, (PyObject) null) != null;
    }
}
