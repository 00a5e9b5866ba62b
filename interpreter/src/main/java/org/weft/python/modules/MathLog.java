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
        return loghelper(x, MathLibm::log2);
    }

    static double log10(PyObject x) {
        // StrictMath's fdlibm log10 is glibc's algorithm too; Math's intrinsic differs more often.
        return loghelper(x, StrictMath::log10);
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
