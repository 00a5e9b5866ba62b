package org.weft.python.runtime;

/**
 * int's smaller methods and attributes: {@code bit_length}, {@code bit_count},
 * {@code as_integer_ratio}, {@code conjugate}, {@code numerator}, {@code denominator},
 * {@code real}, {@code imag}.
 */
final class IntExtras {

    private IntExtras() {}

    static void define(TypeBuilder b) {
        b.method0("bit_length", self -> PyInt.of(bitLength((PyInt) self)));
        b.method0("bit_count", self -> PyInt.of(bitCount((PyInt) self)));
        b.method0("as_integer_ratio",
                self -> PyTuple.of(PyIntMethods.exact(self), PyInt.of(1)));
        b.method0("conjugate", PyIntMethods::exact);
        b.getter("numerator", PyIntMethods::exact);
        b.getter("denominator", self -> PyInt.of(1));
        b.getter("real", PyIntMethods::exact);
        b.getter("imag", self -> PyInt.of(0));
        // CPython 3.11 int_sizeof: the header and at least one 30-bit digit
        b.method0("__sizeof__", self -> PyInt.of(24 + 4L * Math.max(1, (bitLength((PyInt) self) + 29) / 30)));
    }

    /** Bits in the absolute value. */
    static long bitLength(PyInt i) {
        if (i.big != null) {
            return i.big.abs().bitLength();
        }
        long v = i.value;
        return v == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(v));
    }

    /** One bits in the absolute value. */
    static long bitCount(PyInt i) {
        if (i.big != null) {
            return i.big.abs().bitCount();
        }
        long v = i.value;
        return v == Long.MIN_VALUE ? 1 : Long.bitCount(Math.abs(v));
    }
}
