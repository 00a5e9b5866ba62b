package org.weft.python.modules;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyObject;

/**
 * {@code log}, {@code log2} and {@code log10} of any real number, ints too large for a double
 * included. CPython: loghelper, m_log, m_log2, m_log10 in mathmodule.c.
 */
final class MathLog {

    private MathLog() {}

    static double log(PyObject x) {
        return loghelper(x, Math::log);
    }

    static double log2(PyObject x) {
        return loghelper(x, v -> org.weft.python.runtime.MathCorrectlyRounded.log2(v, MathLibm.log2(v)));
    }

    static double log10(PyObject x) {
        return loghelper(x, MathLog::log10);
    }

    private static final double IVLN10 = 4.34294481903251816668e-01; // 1/ln(10)
    private static final double LOG10_2HI = 3.01029995663611771306e-01; // log10(2) = HI + LO
    private static final double LOG10_2LO = 3.69423907715893078616e-13;

    // glibc: __ieee754_log10 in e_log10.c, the fdlibm formula over glibc's own (nearly correctly
    // rounded) log. StrictMath.log10 runs the same formula over fdlibm's log and so differs in the
    // last bit for inputs as plain as 1.4; Java's Math.log agrees with glibc's log.
    /** log10 of a positive finite double: k log10(2) + log10(m), with x = m 2**k, m in [1, 2) or [0.5, 1). */
    private static double log10(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int k = 0;
        if (bits >>> 52 == 0) { // subnormal: scale into the normal range first
            x *= 0x1p54;
            k = -54;
            bits = Double.doubleToRawLongBits(x);
        }
        k += (int) (bits >>> 52) - 1023;
        int i = k < 0 ? 1 : 0;
        double y = k + i;
        double m = Double.longBitsToDouble((bits & 0x000fffffffffffffL) | ((long) (0x3ff - i) << 52));
        double z = y * LOG10_2LO + IVLN10 * Math.log(m);
        return z + y * LOG10_2HI;
    }

    // CPython: loghelper in mathmodule.c
    /**
     * {@code func} of an int by its value as a double, or, when too large for one, by
     * frexp: func(m) + func(2.0) * e; of anything else through {@code __float__}.
     */
    private static double loghelper(PyObject x, DoubleUnaryOperator func) {
        if (x instanceof PyInt i) {
            if (i.signum() <= 0) {
                throw MathModule.domainError();
            }
            if (i.isSmall() || i.bigValue().bitLength() <= 1024) {
                double d = i.doubleValue(); // may still overflow when it rounds up to 2**1024
                if (!Double.isInfinite(d)) {
                    return func.applyAsDouble(d);
                }
            }
            BigInteger v = i.bigValue();
            int e = v.bitLength();
            double m = frexpMantissa(v, e);
            return func.applyAsDouble(m) + func.applyAsDouble(2.0) * e;
        }
        return checked(MathFloats.d(x), func);
    }

    /** The log of zero or a negative number is a domain error, not -inf or nan. */
    private static double checked(double x, DoubleUnaryOperator func) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x <= 0.0) {
            throw MathModule.domainError();
        }
        return func.applyAsDouble(x);
    }

    // CPython: _PyLong_Frexp in longobject.c
    /** {@code v / 2**e} for {@code 2**(e-1) <= v < 2**e} (e > 55), rounded half-even. */
    private static double frexpMantissa(BigInteger v, int e) {
        int drop = e - 55; // 53 bits, a rounding bit, and a sticky bit for all the rest
        long bits = v.shiftRight(drop).longValueExact();
        if (v.getLowestSetBit() < drop) {
            bits |= 1;
        }
        return Math.scalb((double) bits, -55); // long to double rounds half-even
    }
}
