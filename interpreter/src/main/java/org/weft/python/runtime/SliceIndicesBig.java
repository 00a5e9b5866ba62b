package org.weft.python.runtime;

import java.math.BigInteger;

/** Slice bounds as unbounded ints, for {@code range} slicing. CPython: _PySlice_GetLongIndices. */
final class SliceIndicesBig {

    private SliceIndicesBig() {
    }

    /** A slice bound as a BigInteger, with CPython's error for non-integers. */
    static BigInteger index(PyObject v) {
        if (v instanceof PyInt i) {
            return i.bigValue();
        }
        if (v.type().lookup("__index__") == null) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Ops.index(v).bigValue();
    }

    /**
     * {@code slice.indices(length)} for any int length, the bounds clamped as unbounded ints.
     * CPython: _PySlice_GetLongIndices in sliceobject.c.
     */
    static PyTuple indices(PySlice slice, BigInteger length) {
        BigInteger step = slice.step == PyNone.NONE ? BigInteger.ONE : index(slice.step);
        if (step.signum() == 0) {
            throw PyErr.valueError("slice step cannot be zero");
        }
        boolean back = step.signum() < 0;
        BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = back ? length.add(lower) : length;
        BigInteger start = bound(slice.start, length, lower, upper, back ? upper : lower);
        BigInteger stop = bound(slice.stop, length, lower, upper, back ? lower : upper);
        return PyTuple.of(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
    }

    private static BigInteger bound(PyObject v, BigInteger length, BigInteger lower, BigInteger upper,
            BigInteger dflt) {
        if (v == PyNone.NONE) {
            return dflt;
        }
        BigInteger b = index(v);
        if (b.signum() < 0) {
            b = b.add(length);
            return b.compareTo(lower) < 0 ? lower : b;
        }
        return b.compareTo(upper) > 0 ? upper : b;
    }
}
