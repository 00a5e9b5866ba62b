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
}
