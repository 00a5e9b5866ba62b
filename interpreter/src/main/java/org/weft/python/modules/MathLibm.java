package org.weft.python.modules;

/**
 * The math functions where CPython calls the C library and Java's {@code Math} gives other last
 * bits (or, for acosh of a huge number, no answer): written here so that results agree with
 * CPython on glibc more often. {@code cosh}, {@code sinh}, {@code acosh}, {@code asinh} and
 * {@code atanh} use the fdlibm formulas, which glibc keeps, over Java's exp and log (which agree
 * with glibc's); {@code atan2} and {@code log2} are computed with extra precision, as glibc's
 * are correctly rounded in practice.
 */
final class MathLibm {

    private MathLibm() {}

    private static final double LN2 = 0.6931471805599453; // log(2), rounded
    private static final double TWO_28 = 0x1p28;
    private static final double PI_HI = Math.PI;
    private static final double PI_LO = 1.2246467991473532e-16; // pi - PI_HI
    private static final double PIO2_HI = Math.PI / 2;
    private static final double PIO2_LO = 6.123233995736766e-17; // pi/2 - PIO2_HI
    private static final double INV_LN2_HI = 1.4426950408889634; // 1/log(2) = HI + LO
    private static final double INV_LN2_LO = 2.0355273740931033e-17;

    /** The high 32 bits of |x|, as fdlibm compares them. */
    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
    }

    // fdlibm / glibc: __ieee754_cosh in e_cosh.c
    static double cosh(double x) {
        if (!Double.isFinite(x)) {
            return x * x;
        }
        double a = Math.abs(x);
        int ix = highWord(x);
        if (ix < 0x3fd62e43) { // |x| < ln2/2: 1 + expm1(|x|)**2 / (2 exp(|x|))
            if (ix < 0x3c800000) {
                return 1.0;
            }
            double t = Math.expm1(a);
            double w = 1.0 + t;
            return 1.0 + (t * t) / (w + w);
        }
        if (ix < 0x40360000) { // |x| < 22
            double t = Math.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862e42) { // |x| < log(DBL_MAX)
            return 0.5 * Math.exp(a);
        }
        double w = Math.exp(0.5 * a); // overflows to inf past the threshold, as it should
        double t = 0.5 * w;
        return t * w;
    }

    // fdlibm / glibc: __ieee754_sinh in e_sinh.c
    static double sinh(double x) {
        if (!Double.isFinite(x)) {
            return x + x;
        }
        double h = x < 0 ? -0.5 : 0.5;
        double a = Math.abs(x);
        int ix = highWord(x);
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3e300000) { // |x| < 2**-28
                return x;
            }
            double t = Math.expm1(a);
            if (ix < 0x3ff00000) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862e42) {
            return h * Math.exp(a);
        }
        double w = Math.exp(0.5 * a);
        double t = h * w;
        return t * w;
    }

    // fdlibm / glibc: __ieee754_acosh in e_acosh.c
    static double acosh(double x) {
        if (x < 1.0) {
            return Double.NaN;
        }
        if (x >= TWO_28) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x > 2.0) {
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    // fdlibm / glibc: __asinh in s_asinh.c
    static double asinh(double x) {
        if (!Double.isFinite(x)) {
            return x + x;
        }
        double a = Math.abs(x);
        if (a < 0x1p-28) {
            return x;
        }
        double w;
        if (a > TWO_28) {
            w = Math.log(a) + LN2;
        } else if (a > 2.0) {
            w = Math.log(2.0 * a + 1.0 / (Math.sqrt(x * x + 1.0) + a));
        } else {
            double t = x * x;
            w = Math.log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    // glibc: __ieee754_atanh in e_atanh.c
    static double atanh(double x) {
        double a = Math.abs(x);
        double t;
        if (a < 0.5) {
            if (a < 0x1p-28) {
                return x;
            }
            t = a + a;
            t = 0.5 * Math.log1p(t + t * a / (1.0 - a));
        } else if (a < 1.0) {
            t = 0.5 * Math.log1p((a + a) / (1.0 - a));
        } else {
            return a > 1.0 || Double.isNaN(x) ? Double.NaN : x / 0.0;
        }
        return Math.copySign(t, x);
    }

    // CPython: m_atan2 in mathmodule.c (the special cases), then a careful atan2
    static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                return Math.copySign(x > 0 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
            }
            return Math.copySign(0.5 * Math.PI, y);
        }
        if (Double.isInfinite(x) || y == 0.0) {
            return Math.copySign(Math.copySign(1.0, x) == 1.0 ? 0.0 : Math.PI, y);
        }
        if (x == 0.0) {
            return Math.copySign(0.5 * Math.PI, y);
        }
        return org.weft.python.runtime.MathCorrectlyRounded.refineAngle(y, x, Math.copySign(angle(Math.abs(y), Math.abs(x), x < 0), y));
    }

    /**
     * atan2(a, b) for finite positive a, b (then mirrored when {@code negX}), as a
     * double-double until the last rounding: atan of the rounded quotient plus the first-order
     * correction for the quotient's rounding error, then pi/2 and pi with their low parts.
     */
    private static double angle(double a, double b, boolean negX) {
        boolean steep = a > b;
        double num = steep ? b : a;
        double den = steep ? a : b;
        double q = num / den;
        double r = Math.fma(-q, den, num) / den; // num/den = q + r, nearly exactly
        double hi = Math.atan(q);
        double lo = r / (1.0 + q * q);
        if (steep) { // pi/2 - (hi + lo)
            double s = PIO2_HI - hi;
            lo = ((PIO2_HI - s) - hi) + PIO2_LO - lo;
            hi = s;
        }
        if (negX) { // pi - (hi + lo)
            double s = PI_HI - hi;
            lo = ((PI_HI - s) - hi) + PI_LO - lo;
            hi = s;
        }
        return hi + lo;
    }

    // CPython: m_log2 in mathmodule.c, which calls the C library's log2
    /**
     * log2 of a finite positive double: the exponent plus log(m)/log(2) for the mantissa
     * m in [sqrt(1/2), sqrt(2)), the product and the sum kept exact until the end.
     */
    static double log2(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x <= 0.0) {
            return Double.NaN;
        }
        int shift = x < Double.MIN_NORMAL ? 54 : 0; // normalise a subnormal first
        x = Math.scalb(x, shift);
        int e = Math.getExponent(x);
        double m = Math.scalb(x, -e); // 1 <= m < 2
        if (m > 1.4142135623730951) {
            m *= 0.5;
            e++;
        }
        e -= shift;
        double l = Math.log(m);
        double p = l * INV_LN2_HI;
        double pLo = Math.fma(l, INV_LN2_HI, -p) + l * INV_LN2_LO;
        double s = e + p;
        double sLo = Math.abs(e) >= Math.abs(p) ? (e - s) + p : (p - s) + e;
        return s + (sLo + pLo);
    }
}
