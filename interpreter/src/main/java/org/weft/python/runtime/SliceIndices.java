package org.weft.python.runtime;

/**
 * A slice resolved against a sequence length: {@code start}, {@code stop}, {@code step} and the
 * number of items it selects, plus the index helpers every sequence shares.
 *
 * <p>Shared by list, tuple, range, str, bytes, bytearray and memoryview, so that all of them clamp
 * and count exactly as CPython does. Indices are Java {@code long}s standing in for
 * {@code Py_ssize_t}: ints beyond 64 bits are clamped for slices and rejected for indexing, as in
 * CPython.
 */
public record SliceIndices(long start, long stop, long step, long length) {

    /** Resolves {@code slice} against a sequence of {@code len} items. CPython: PySlice_GetIndicesEx. */
    public static SliceIndices of(PySlice slice, long len) {
        return unpack(slice).adjust(len);
    }

    /**
     * The bounds of {@code slice} as clamped longs, not yet resolved against a length ({@code length}
     * is -1). This step may run Python code ({@code __index__}); {@link #adjust(long)} does not, so
     * a container unpacks before taking its lock and adjusts under it. CPython: PySlice_Unpack.
     */
    public static SliceIndices unpack(PySlice slice) {
        long step = unpackStep(slice.step);
        long start = slice.start == PyNone.NONE ? (step < 0 ? Long.MAX_VALUE : 0) : sliceIndex(slice.start);
        long stop = slice.stop == PyNone.NONE ? (step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sliceIndex(slice.stop);
        return new SliceIndices(start, stop, step, -1);
    }

    /** These unpacked bounds resolved against a sequence of {@code len} items; runs no Python code. */
    public SliceIndices adjust(long len) {
        return adjust(len, start, stop, step);
    }

    /** Clamps already-unpacked bounds to {@code len}. CPython: PySlice_AdjustIndices in sliceobject.c. */
    public static SliceIndices adjust(long len, long start, long stop, long step) {
        start = clamp(start, len, step);
        stop = clamp(stop, len, step);
        long n = 0;
        if (step < 0) {
            if (stop < start) {
                n = (start - stop - 1) / (-step) + 1;
            }
        } else if (start < stop) {
            n = (stop - start - 1) / step + 1;
        }
        return new SliceIndices(start, stop, step, n);
    }

    private static long clamp(long i, long len, long step) {
        if (i < 0) {
            i += len;
            if (i < 0) {
                i = step < 0 ? -1 : 0;
            }
        } else if (i >= len) {
            i = step < 0 ? len - 1 : len;
        }
        return i;
    }

    /** The step of a slice: 1 for None, never 0. CPython: PySlice_Unpack. */
    static long unpackStep(PyObject step) {
        if (step == PyNone.NONE) {
            return 1;
        }
        long s = sliceIndex(step);
        if (s == 0) {
            throw PyErr.valueError("slice step cannot be zero");
        }
        // Keeps -step from overflowing, as CPython does.
        return Math.max(s, -Long.MAX_VALUE);
    }

    /** A slice bound as a clamped long. CPython: _PyEval_SliceIndex in ceval.c. */
    public static long sliceIndex(PyObject v) {
        if (v instanceof PyInt i) {
            return clampedLong(i);
        }
        if (v.type().lookup("__index__") == null) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return clampedLong(Ops.index(v));
    }

    private static long clampedLong(PyInt i) {
        if (i.isSmall()) {
            return i.longValue();
        }
        return i.bigValue().signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /**
     * An index for item access as a long; an int beyond 64 bits raises IndexError as CPython's
     * PyNumber_AsSsize_t(item, PyExc_IndexError) does. {@code seqName} names the sequence in
     * "list indices must be integers or slices, not str".
     */
    public static long itemIndex(PyObject item, String seqName) {
        PyInt i;
        if (item instanceof PyInt pi) {
            i = pi;
        } else if (item.type().lookup("__index__") != null) {
            i = Ops.index(item);
        } else {
            throw PyErr.typeError("%s indices must be integers or slices, not %s", seqName, Ops.typeName(item));
        }
        if (!i.isSmall()) {
            throw PyErr.indexError("cannot fit '%s' into an index-sized integer", Ops.typeName(item));
        }
        return i.longValue();
    }

    /**
     * {@code i} made non-negative against {@code len}, or -1 when out of range (the caller raises
     * its own "list index out of range").
     */
    public static int normalize(long i, int len) {
        if (i < 0) {
            i += len;
        }
        return i < 0 || i >= len ? -1 : (int) i;
    }
}
