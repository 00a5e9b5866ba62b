package org.weft.python.runtime;

import java.util.Arrays;

/**
 * {@code list[i]}, {@code list[i:j:k]}, their assignment and deletion. Slice bounds are unpacked
 * (which may call {@code __index__}) and the assigned value is turned into an array (which may
 * iterate Python code) before the lock is taken; the bounds are resolved against the length under
 * the lock, so each assignment or deletion is atomic. CPython: list_subscript,
 * list_ass_subscript and list_ass_slice in listobject.c.
 */
final class ListSubscript {

    private ListSubscript() {
    }

    static PyObject getItem(PyList l, PyObject index) {
        if (index instanceof PySlice s) {
            return new PyList(slice(l, SliceIndices.unpack(s)));
        }
        long i = SliceIndices.itemIndex(index, "list");
        PyObject x = l.itemOrNull(i);
        if (x == null) {
            throw PyErr.indexError("list index out of range");
        }
        return x;
    }

    /** The items a slice selects, read optimistically. */
    static PyObject[] slice(PyList l, SliceIndices u) {
        for (int tries = 0; tries < SeqLocked.OPTIMISTIC_TRIES; tries++) {
            long stamp = l.readBegin();
            PyObject[] a = l.items;
            if (a == null) {
                break; // a list keeping ints: sliced under the lock as an object list
            }
            int n = Math.min(l.size, a.length);
            PyObject[] r = Sequences.sliceCopy(a, u.adjust(n));
            if (l.readValid(stamp)) {
                return r;
            }
        }
        l.lockWrite();
        try {
            return Sequences.sliceCopy(l.objectItems(), u.adjust(l.size));
        } finally {
            l.unlockWrite();
        }
    }

    static void setItem(PyList l, PyObject index, PyObject value) {
        if (index instanceof PySlice s) {
            setSlice(l, SliceIndices.unpack(s), value);
            return;
        }
        long i = SliceIndices.itemIndex(index, "list");
        l.lockWrite();
        try {
            long j = i < 0 ? i + l.size : i;
            if (j < 0 || j >= l.size) {
                throw PyErr.indexError("list assignment index out of range");
            }
            l.store((int) j, value);
        } finally {
            l.unlockWrite();
        }
    }

    static void delItem(PyList l, PyObject index) {
        if (index instanceof PySlice s) {
            delSlice(l, SliceIndices.unpack(s));
            return;
        }
        long i = SliceIndices.itemIndex(index, "list");
        l.lockWrite();
        try {
            long j = i < 0 ? i + l.size : i;
            if (j < 0 || j >= l.size) {
                throw PyErr.indexError("list assignment index out of range");
            }
            PyListMethods.removeAt(l, (int) j);
        } finally {
            l.unlockWrite();
        }
    }

    private static PyObject[] valueItems(PyList l, PyObject value, String notIterable) {
        if (value == l) {
            return l.snapshot();
        }
        if (!(value instanceof PyTuple) && !(value instanceof PyList)
                && value.type().lookup("__iter__") == null && value.type().lookup("__getitem__") == null) {
            throw PyErr.typeError(notIterable);
        }
        return Sequences.toArray(value);
    }

    static void setSlice(PyList l, SliceIndices u, PyObject value) {
        if (u.step() == 1) {
            PyObject[] v = valueItems(l, value, "can only assign an iterable");
            l.lockWrite();
            try {
                SliceIndices si = u.adjust(l.size);
                replaceRange(l, (int) si.start(), (int) Math.max(si.start(), si.stop()), v);
            } finally {
                l.unlockWrite();
            }
            return;
        }
        PyObject[] v = valueItems(l, value, "must assign iterable to extended slice");
        l.lockWrite();
        try {
            SliceIndices si = u.adjust(l.size);
            if (v.length != si.length()) {
                throw PyErr.valueError("attempt to assign sequence of size %d to extended slice of size %d",
                        v.length, si.length());
            }
            long j = si.start();
            for (int k = 0; k < v.length; k++, j += si.step()) {
                l.store((int) j, v[k]);
            }
        } finally {
            l.unlockWrite();
        }
    }

    /** Replaces items {@code [lo, hi)} with {@code v}; call under the lock. */
    static void replaceRange(PyList l, int lo, int hi, PyObject[] v) {
        int n = l.size;
        int delta = v.length - (hi - lo);
        if (delta > 0) {
            l.ensureCapacity((long) n + delta);
        }
        PyObject[] a = l.objectItems();
        System.arraycopy(a, hi, a, hi + delta, n - hi);
        System.arraycopy(v, 0, a, lo, v.length);
        if (delta < 0) {
            Arrays.fill(a, n + delta, n, null);
        }
        l.size = n + delta;
    }

    static void delSlice(PyList l, SliceIndices u) {
        l.lockWrite();
        try {
            SliceIndices si = u.adjust(l.size);
            if (si.length() == 0) {
                return;
            }
            if (si.step() == 1) {
                replaceRange(l, (int) si.start(), (int) si.stop(), PyList.NO_ITEMS);
                return;
            }
            long start = si.start();
            long step = si.step();
            if (step < 0) {
                start += step * (si.length() - 1);
                step = -step;
            }
            compact(l, (int) start, (int) step, (int) si.length());
        } finally {
            l.unlockWrite();
        }
    }

    /** Removes items start, start+step, ... ({@code count} of them, step > 1); call under the lock. */
    private static void compact(PyList l, int start, int step, int count) {
        PyObject[] a = l.objectItems();
        int n = l.size;
        int dst = start;
        int removed = 0;
        for (int src = start; src < n; src++) {
            if (removed < count && (src - start) % step == 0) {
                removed++;
                continue;
            }
            a[dst++] = a[src];
        }
        Arrays.fill(a, dst, n, null);
        l.size = dst;
    }
}
