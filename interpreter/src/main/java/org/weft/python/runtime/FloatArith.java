package org.weft.python.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Float arithmetic with CPython's results and errors: division by zero, Python's floor and modulo
 * signs ({@code float_divmod}), {@code pow}'s special cases, exact comparison with ints, rounding.
 */
public final class FloatArith {

    private FloatArith() {}

    public static double truediv(double a, double b) {
        if (b == 0.0) {
            throw PyErr.format(PyExc.ZeroDivisionError, "%s", "float division by zero");
        }
        return a / b;
    }

    // CPython: float_rem in floatobject.c
    public static double mod(double a, double b) {
        if (b == 0.0) {
            throw PyErr.format(PyExc.ZeroDivisionError, "%s", "float modulo");
        }
        double mod = a % b;
        if (mod != 0.0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    public static double floordiv(double a, double b) {
        if (b == 0.0) {
            throw PyErr.format(PyExc.ZeroDivisionError, "%s", "float floor division by zero");
        }
        return divmod(a, b)[0];
    }

    // CPython: float_divmod in floatobject.c
    /** {@code [a // b, a % b]}; ZeroDivisionError "float divmod()" when b is zero. */
    public static double[] divmod(double a, double b) {
        if (b == 0.0) {
            throw PyErr.format(PyExc.ZeroDivisionError, "%s", "float divmod()");
        }
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0.0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return new double[] {floordiv, mod};
    }

    // CPython: float_pow in floatobject.c
    /**
     * {@code a ** b}: a double, or a {@link PyComplex} for a negative base and a fractional
     * exponent.
     */
    public static PyObject pow(double iv, double iw) {
        if (iw == 0) {
            return PyFloat.of(1.0);
        }
        if (Double.isNaN(iv)) {
            return PyFloat.of(iv);
        }
        if (Double.isNaN(iw)) {
            return PyFloat.of(iv == 1.0 ? 1.0 : iw);
        }
        if (Double.isInfinite(iw)) {
            double av = Math.abs(iv);
            if (av == 1.0) {
                return PyFloat.of(1.0);
            }
            return PyFloat.of((iw > 0.0) == (av > 1.0) ? Math.abs(iw) : 0.0);
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iw > 0.0) {
                return PyFloat.of(odd ? iv : Math.abs(iv));
            }
            return PyFloat.of(odd ? Math.copySign(0.0, iv) : 0.0);
        }
        if (iv == 0.0) {
            if (iw < 0.0) {
                throw PyErr.format(PyExc.ZeroDivisionError, "%s",
                        "0.0 cannot be raised to a negative power");
            }
            return PyFloat.of(isOddInteger(iw) ? iv : 0.0);
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                return ComplexArith.pow(iv, 0.0, iw, 0.0);
            }
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) {
            return PyFloat.of(negate ? -1.0 : 1.0);
        }
        double r = MathCorrectlyRounded.pow(iv, iw);
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return PyFloat.of(negate ? -r : r);
    }

    /** OverflowError(34, 'Numerical result out of range'), as C's ERANGE becomes in CPython. */
    static PyException rangeError() {
        return PyErr.of(PyExc.OverflowError, PyInt.of(34),
                PyStr.of("Numerical result out of range"));
    }

    private static boolean isOddInteger(double w) {
        return Math.abs(w % 2.0) == 1.0;
    }

    // CPython: float_richcompare in floatobject.c
    /**
     * Compares a double with an int exactly: -1, 0 or 1, or 2 when {@code a} is a nan (unordered).
     */
    public static int compare(double a, PyInt b) {
        if (Double.isNaN(a)) {
            return 2;
        }
        if (b.big == null && Math.abs(b.value) <= (1L << 53)) {
            double bv = (double) b.value;
            return a < bv ? -1 : a == bv ? 0 : 1;
        }
        if (Double.isInfinite(a)) {
            return a > 0 ? 1 : -1;
        }
        return new BigDecimal(a).compareTo(new BigDecimal(b.bigValue()));
    }

    // CPython: float___round___impl and double_round in floatobject.c
    /** {@code round(x, ndigits)}: correctly rounded, half to even, on the exact binary value. */
    public static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        if (ndigits > 323) {
            return x;
        }
        if (ndigits < -308) {
            return 0.0 * x;
        }
        BigDecimal r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) {
            return Math.copySign(0.0, x);
        }
        double d = r.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErr.format(PyExc.OverflowError, "%s", "rounded value too large to represent");
        }
        return d;
    }

    /** {@code round(x)}: to the nearest int, half to even. */
    public static PyInt roundToInt(double x) {
        double r = Math.rint(x);
        return toInt(r);
    }

    // CPython: PyLong_FromDouble in longobject.c
    /** The int of an integral double (truncating otherwise); errors for inf and nan. */
    public static PyInt toInt(double x) {
        if (Double.isNaN(x)) {
            throw PyErr.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw PyErr.format(PyExc.OverflowError, "%s", "cannot convert float infinity to integer");
        }
        if (Math.abs(x) < 9.2e18) {
            return PyInt.of((long) x);
        }
        return PyInt.of(new BigDecimal(x).toBigInteger());
    }

    /** The exact ratio of a finite double, as (numerator, denominator) in lowest terms. */
    public static BigInteger[] asIntegerRatio(double x) {
        if (Double.isInfinite(x)) {
            throw PyErr.format(PyExc.OverflowError, "%s", "cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(x)) {
            throw PyErr.valueError("cannot convert NaN to integer ratio");
        }
        BigDecimal d = new BigDecimal(x);
        BigInteger num = d.unscaledValue();
        BigInteger den = BigInteger.ONE;
        if (d.scale() > 0) {
            den = BigInteger.TEN.pow(d.scale());
        } else {
            num = num.multiply(BigInteger.TEN.pow(-d.scale()));
        }
        BigInteger g = num.gcd(den);
        return new BigInteger[] {num.divide(g), den.divide(g)};
    }
}
