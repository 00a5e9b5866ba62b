package org.weft.python.modules;

/**
 * {@code math.cbrt} as CPython computes it on glibc: a polynomial first guess refined by one
 * Halley step, then scaled by the cube root of the leftover power of two. glibc's result is
 * not always correctly rounded ({@code cbrt(27.0)} is {@code 3.0000000000000004}), and Java's
 * {@code Math.cbrt} is, so the two differ in the last bit; this follows glibc's steps so that
 * printed results agree with CPython's.
 */
final class MathCbrt {

    private MathCbrt() {}

    private static final double CBRT2 = 1.2599210498948731648; // 2^(1/3)
    private static final double SQR_CBRT2 = 1.5874010519681994748; // 2^(2/3)
    /** 2^(r/3) for r = -2..2, indexed by r + 2. */
    private static final double[] FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    // Compare glibc __cbrt in sysdeps/ieee754/dbl-64/s_cbrt.c
    static double cbrt(double x) {
        if (x == 0.0 || !Double.isFinite(x)) {
            return x + x;
        }
        double a = Math.abs(x);
        int e = exponentOf(a); // a = m * 2^e with 0.5 <= m < 1
        double m = Math.scalb(a, -e);
        double u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287
                + (2.44693122563534430 + (-1.83469277483613086 + (0.784932344976639262
                - 0.145263899385486377 * m) * m) * m) * m) * m) * m;
        double t2 = u * u * u;
        // Java's % and / truncate toward zero, as C's do
        double ym = u * (t2 + 2.0 * m) / (2.0 * t2 + m) * FACTOR[2 + e % 3];
        return Math.scalb(x > 0.0 ? ym : -ym, e / 3);
    }

    /** The exponent frexp gives: the e with |a| = m * 2^e, 0.5 <= m < 1 (subnormals too). */
    private static int exponentOf(double a) {
        int e = Math.getExponent(a);
        if (e == Double.MIN_EXPONENT - 1) { // subnormal: normalize first
            return Math.getExponent(a * 0x1p54) - 54 + 1;
        }
        return e + 1;
    }
}
