package org.weft.python.runtime;

import java.math.BigInteger;

/**
 * CPython's numeric hash: every number hashes to its value modulo the prime 2**61-1, so that
 * equal ints, floats and complexes hash equal ({@code hash(1) == hash(1.0) == hash(1+0j)}).
 */
public final class Hashing {

    /** 2**61-1, CPython's {@code _PyHASH_MODULUS}. */
    public static final long MODULUS = (1L << 61) - 1;
    static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    /** {@code hash(float('inf'))}. */
    public static final long INF = 314159;
    /** The multiplier of the imaginary part in {@code hash(complex)}. */
    public static final long IMAG = 1000003;

    private Hashing() {}

    // CPython: _Py_HashDouble in pyhash.c
    /**
     * {@code hash(float)} of a non-nan double (nan hashes by identity, which the caller does).
     */
    public static long hashDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        long bits = Double.doubleToRawLongBits(v);
        int rawExp = (int) ((bits >>> 52) & 0x7FF);
        long mantissa = bits & ((1L << 52) - 1);
        if (rawExp == 0 && mantissa == 0) {
            return 0;
        }
        // v = m * 2**e with m a 53-bit integer (subnormals: 52 bits, e fixed).
        long m = rawExp == 0 ? mantissa : mantissa | (1L << 52);
        int e = (rawExp == 0 ? 1 : rawExp) - 1075;
        long x = m % MODULUS; // m < 2**53, so already reduced once
        // Multiply by 2**e modulo 2**61-1: a rotation of 61 bits.
        int shift = Math.floorMod(e, 61);
        x = ((x << shift) & MODULUS) | (x >>> (61 - shift));
        if (shift == 0) {
            x = m % MODULUS;
        }
        x = x % MODULUS;
        if (v < 0) {
            x = -x;
        }
        return x == -1 ? -2 : x;
    }

    /** CPython's rule for combining: {@code -1} is reserved, so it becomes {@code -2}. */
    public static long fix(long h) {
        return h == -1 ? -2 : h;
    }
}
