package org.weft.python.runtime;

import java.math.BigInteger;

/**
 * Integer arithmetic on two ints: a {@code long} fast path with overflow checks (no exceptions on
 * the normal path), {@code BigInteger} beyond, results normalised by {@link PyInt#of}. These are
 * the bodies of int's dunders and the fast paths {@code Ops} may call for exact ints.
 */
public final class IntArith {

    private IntArith() {}

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(a.bigValue().add(b.bigValue()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(a.bigValue().subtract(b.bigValue()));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return PyInt.of(lo);
            }
            return PyInt.of(of128(hi, lo)); // the product is exact in 128 bits
        }
        return PyInt.of(a.bigValue().multiply(b.bigValue()));
    }

    /** The 128-bit two's complement number {@code hi:lo} as a BigInteger, built in one step. */
    private static BigInteger of128(long hi, long lo) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[7 - i] = (byte) (hi >>> (8 * i));
            bytes[15 - i] = (byte) (lo >>> (8 * i));
        }
        return new BigInteger(bytes);
    }

    // CPython: long_div in longobject.c
    public static PyInt floordiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyErr.format(PyExc.ZeroDivisionError, "%s", "integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return PyInt.of(Math.floorDiv(a.value, b.value));
        }
        return PyInt.of(bigDivmod(a.bigValue(), b.bigValue())[0]);
    }

    // CPython: long_mod in longobject.c
    public static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyErr.format(PyExc.ZeroDivisionError, "%s", "integer modulo by zero");
        }
        if (a.big == null && b.big == null) {
            return b.value == -1 ? PyInt.of(0) : PyInt.of(Math.floorMod(a.value, b.value));
        }
        return PyInt.of(bigDivmod(a.bigValue(), b.bigValue())[1]);
    }

    /** {@code divmod(a, b)} as a tuple. */
    public static PyTuple divmod(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyErr.format(PyExc.ZeroDivisionError, "%s", "integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return PyTuple.of(PyInt.of(Math.floorDiv(a.value, b.value)),
                    PyInt.of(Math.floorMod(a.value, b.value)));
        }
        BigInteger[] qr = bigDivmod(a.bigValue(), b.bigValue());
        return PyTuple.of(PyInt.of(qr[0]), PyInt.of(qr[1]));
    }

    /** Floor division and modulo with Python's signs: the remainder has the divisor's sign. */
    static BigInteger[] bigDivmod(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(y);
        }
        return qr;
    }

    // CPython: long_true_divide in longobject.c
    /** {@code a / b}, correctly rounded even when the operands do not fit a double. */
    public static double truediv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyErr.format(PyExc.ZeroDivisionError, "%s", "division by zero");
        }
        if (a.big == null && b.big == null && fitsDouble(a.value) && fitsDouble(b.value)) {
            return (double) a.value / (double) b.value;
        }
        return bigTrueDivide(a.bigValue(), b.bigValue());
    }

    private static boolean fitsDouble(long v) {
        return v >= -(1L << 53) && v <= (1L << 53);
    }

    /**
     * Divides with at least 55 quotient bits and a sticky bit for the remainder, so that the one
     * rounding to 53 bits (by {@code BigInteger.doubleValue}, which rounds half to even) is correct.
     */
    private static double bigTrueDivide(BigInteger x, BigInteger y) {
        // as CPython's negate: 0 / -n is -0.0
        boolean negative = (x.signum() < 0) != (y.signum() < 0);
        BigInteger a = x.abs();
        BigInteger b = y.abs();
        if (a.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        int diff = a.bitLength() - b.bitLength();
        if (diff > 1025) {
            throw PyErr.format(PyExc.OverflowError, "%s", "integer division result too large for a float");
        }
        // A subnormal result keeps fewer bits: then the quotient converts exactly and scalb
        // rounds it, once, to the bits the subnormal has.
        int precision = Math.min(55, Math.max(1, diff + 1076));
        int shift = precision - diff;
        BigInteger[] qr = shift >= 0 ? a.shiftLeft(shift).divideAndRemainder(b)
                : a.divideAndRemainder(b.shiftLeft(-shift));
        BigInteger q = qr[0].shiftLeft(1);
        if (qr[1].signum() != 0) {
            q = q.setBit(0);
        }
        double r = Math.scalb(q.doubleValue(), -shift - 1);
        if (Double.isInfinite(r)) {
            throw PyErr.format(PyExc.OverflowError, "%s", "integer division result too large for a float");
        }
        return negative ? -r : r;
    }

    /** A BigInteger to the nearest double; OverflowError when out of range. */
    static double bigToDouble(BigInteger v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErr.format(PyExc.OverflowError, "%s", "int too large to convert to float");
        }
        return d;
    }

    public static PyInt neg(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) {
            return PyInt.of(-a.value);
        }
        return PyInt.of(a.bigValue().negate());
    }

    public static PyInt abs(PyInt a) {
        return a.signum() < 0 ? neg(a) : a.type == PyInt.TYPE ? a : PyInt.of(a.bigValue());
    }

    public static PyInt invert(PyInt a) {
        return a.big == null ? PyInt.of(~a.value) : PyInt.of(a.big.not());
    }

    public static PyInt and(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return PyInt.of(a.value & b.value);
        }
        if (isUnsigned64(a) || isUnsigned64(b)) {
            // A mask of at most 64 bits (x & 0xFFFFFFFFFFFFFFFF: how hashes and random generators
            // wrap around): the result is the two low 64-bit words and-ed, read unsigned.
            return unsigned64(low64(a) & low64(b));
        }
        return PyInt.of(a.bigValue().and(b.bigValue()));
    }

    /** Whether {@code x} is in [0, 2**64). */
    private static boolean isUnsigned64(PyInt x) {
        return x.big == null ? x.value >= 0 : x.big.signum() >= 0 && x.big.bitLength() <= 64;
    }

    /** The low 64 bits of {@code x} in two's complement (as Python's infinite sign extension has them). */
    private static long low64(PyInt x) {
        return x.big == null ? x.value : x.big.longValue();
    }

    /** The int whose value is {@code bits} read as an unsigned 64-bit number. */
    private static PyInt unsigned64(long bits) {
        return bits >= 0 ? PyInt.of(bits) : PyInt.of(BigInteger.valueOf(bits & Long.MAX_VALUE).setBit(63));
    }

    public static PyInt or(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return PyInt.of(a.value | b.value);
        }
        return PyInt.of(a.bigValue().or(b.bigValue()));
    }

    public static PyInt xor(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return PyInt.of(a.value ^ b.value);
        }
        return PyInt.of(a.bigValue().xor(b.bigValue()));
    }

    public static PyInt lshift(PyInt a, PyInt n) {
        long count = shiftCount(n);
        if (a.signum() == 0) {
            return PyInt.of(0);
        }
        if (a.big == null && count < 63) {
            long r = a.value << count;
            if (r >> count == a.value) {
                return PyInt.of(r);
            }
        }
        BigInteger v = a.bigValue();
        if (count >= Integer.MAX_VALUE - v.bitLength()) {
            throw hugeShiftError(v, n);
        }
        return PyInt.of(v.shiftLeft((int) count));
    }

    private static final BigInteger DIGIT_BITS = BigInteger.valueOf(30);
    /** PY_SSIZE_T_MAX / sizeof(digit): CPython's divmod_shift clips a larger word shift to it. */
    private static final long MAX_WORD_SHIFT = Long.MAX_VALUE / 4;
    /** MAX_LONG_DIGITS of CPython's longobject.c (a 24-byte header, 4-byte digits). */
    private static final long MAX_LONG_DIGITS = (Long.MAX_VALUE - 24) / 4;

    // CPython: divmod_shift and _PyLong_New in longobject.c
    /**
     * The error of a left shift beyond a BigInteger's 2^31 bits. CPython would need 256 MB or more:
     * a result of more than MAX_LONG_DIGITS 30-bit digits is OverflowError 'too many digits in
     * integer' (1 << 2**70); a smaller one fails to allocate, MemoryError (1 << 2**62).
     */
    private static PyException hugeShiftError(BigInteger v, PyInt n) {
        BigInteger[] qr = n.bigValue().divideAndRemainder(DIGIT_BITS);
        long wordShift = qr[0].compareTo(BigInteger.valueOf(MAX_WORD_SHIFT)) >= 0 ? MAX_WORD_SHIFT : qr[0].longValue();
        boolean partial = wordShift < MAX_WORD_SHIFT && qr[1].signum() != 0;
        long digits = (v.abs().bitLength() + 29) / 30;
        if (digits + wordShift + (partial ? 1 : 0) > MAX_LONG_DIGITS) {
            return PyErr.overflowError("too many digits in integer");
        }
        return PyErr.of(PyExc.MemoryError);
    }

    public static PyInt rshift(PyInt a, PyInt n) {
        long count = shiftCount(n);
        if (a.big == null) {
            return PyInt.of(a.value >> Math.min(count, 63));
        }
        if (count > Integer.MAX_VALUE) {
            return PyInt.of(a.big.signum() < 0 ? -1 : 0);
        }
        return PyInt.of(a.big.shiftRight((int) count));
    }

    private static long shiftCount(PyInt n) {
        if (n.signum() < 0) {
            throw PyErr.valueError("negative shift count");
        }
        return n.big == null ? n.value : Long.MAX_VALUE;
    }

    /** -1, 0 or 1. */
    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return Long.compare(a.value, b.value);
        }
        return a.bigValue().compareTo(b.bigValue());
    }

    // CPython: long_hash in longobject.c
    /** {@code hash(int)}: the value modulo 2**61-1 with the sign kept, -1 becoming -2. */
    public static long hash(PyInt a) {
        long h;
        if (a.big == null) {
            long v = a.value;
            if (v > -Hashing.MODULUS && v < Hashing.MODULUS) {
                h = v;
            } else {
                h = v % Hashing.MODULUS;
            }
        } else {
            h = a.big.abs().mod(Hashing.BIG_MODULUS).longValue();
            if (a.big.signum() < 0) {
                h = -h;
            }
        }
        return h == -1 ? -2 : h;
    }
}
