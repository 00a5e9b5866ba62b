package org.weft.python.modules;

import java.math.BigInteger;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyObject;

/**
 * Logarithms of any real number, ints too large for a double included: CPython's loghelper
 * takes the log of the int's top bits and adds the exponent.
 */
final class MathLog {

    private MathLog() {}

    // CPython: loghelper in mathmodule.c
    static double log(PyObject x) {
        if (x instanceof PyInt i && !i.isSmall()) {
            BigInteger v = i.bigValue();
            if (v.signum() <= 0) {
                throw MathModule.domainError();
            }
            int shift = Math.max(0, v.bitLength() - 60);
            return Math.log(v.shiftRight(shift).doubleValue()) + shift * Math.log(2.0);
        }
        return checked(MathFloats.d(x), Math.log(MathFloats.d(x)));
    }

    static double log10(PyObject x) {
        if (x instanceof PyInt i && !i.isSmall()) {
            return log(x) / Math.log(10.0);
        }
        return checked(MathFloats.d(x), Math.log10(MathFloats.d(x)));
    }

    /** log of zero or a negative number is a domain error, not -inf or nan. */
    private static double checked(double x, double r) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0.0) {
            throw MathModule.domainError();
        }
        return r;
    }
}
