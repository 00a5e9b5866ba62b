package org.weft.python.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Where the {@code __slots__} values of an instance without {@code __dict__} live: a plain
 * {@code PyObject[]} with one cell per slot, indexed as {@link PyMemberDescriptor#index} says, held in
 * the object's storage field ({@link PyObject#dict}) and never exposed ({@link PyObject#getDict()}
 * returns null for it). The array itself, not an object around it: a two-slot instance is 48 bytes
 * (object and array), as CPython's, where an array wrapped in a dict-like holder made it 88, and
 * {@code bench/chaos}'s two million points, {@code bench/float}'s, are such instances.
 *
 * <p>Layout: a class's slots follow those of its base chain (CPython's member offsets), so the
 * index of a slot is the same in every subclass's instances; a layout conflict between bases is
 * refused when the class is made ({@link Mro#solidBase}).
 *
 * <p>Threads: each cell is an independent variable, as a member in CPython is one pointer: a read
 * or a write of one cell is a single reference access (never torn); deleting swaps atomically, so
 * of two racing {@code del obj.x} exactly one succeeds.
 */
final class SlotStorage {

    private static final VarHandle CELLS = MethodHandles.arrayElementVarHandle(PyObject[].class);

    private SlotStorage() {
    }

    /** The cells of a new instance of {@code type}, or null when its instances have no slots. */
    static PyObject[] forType(PyType type) {
        int n = size(type);
        return n == 0 ? null : new PyObject[n];
    }

    /** {@code size} cells holding {@code old}'s values (old may be null). */
    static PyObject[] copyOf(PyObject[] old, int size) {
        PyObject[] cells = new PyObject[size];
        if (old != null) {
            System.arraycopy(old, 0, cells, 0, Math.min(size, old.length));
        }
        return cells;
    }

    /** The slots along {@code type}'s base chain: the length of its instances' cells. */
    static int size(PyType type) {
        int n = 0;
        for (PyType t = type; t != null && t.isHeapType(); t = t.base) {
            n += t.slotNames == null ? 0 : t.slotNames.length;
        }
        return n;
    }

    /** The value in cell {@code i}, or null when unset (or beyond these cells). */
    static PyObject get(PyObject[] cells, int i) {
        return i < cells.length ? cells[i] : null;
    }

    /** Stores into cell {@code i}; false when there is no such cell. */
    static boolean set(PyObject[] cells, int i, PyObject value) {
        if (i >= cells.length) {
            return false;
        }
        cells[i] = value;
        return true;
    }

    /** Empties cell {@code i}; false when it was already empty. */
    static boolean delete(PyObject[] cells, int i) {
        return i < cells.length && CELLS.getAndSet(cells, i, (PyObject) null) != null;
    }
}
