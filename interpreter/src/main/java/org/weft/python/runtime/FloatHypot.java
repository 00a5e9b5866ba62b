package org.weft.python.runtime;

/**
 * The Euclidean norm of finite doubles, correctly rounded: CPython's math.hypot (vector_norm) is
 * correctly rounded in all but rare cases, and glibc's hypot, behind abs() of a complex, is too;
 * Java's Math.hypot can be an ulp off. The squares are summed exactly enough in double-double after
 * scaling by a power of two, then one Newton step corrects the square root before the one rounding.
 */
public final class FloatHypot {

    private FloatHypot() {}

    /** sqrt(a*a + b*b) for finite a, b. */
    public static double hypot(double a, double b) {
        return norm(new double[] {a, b});
    }

    /** sqrt of the sum of squares of finite values (CPython: vector_norm in mathmodule.c). */
    public static double norm(double[] v) {
        double max = 0.0;
        for (double x : v) {
            max = Math.max(max, Math.abs(x));
        }
        if (max == 0.0 || !Double.isFinite(max)) {
            return max;
        }
        int e = Math.getExponent(max);
        if (e < Double.MIN_EXPONENT) {
            e = Double.MIN_EXPONENT; // subnormal max: scale as the smallest normal
        }
        double hi = 0.0;
        double lo = 0.0;
        for (double x : v) {
            double s = Math.scalb(x, -e);
            double p = s * s;
            double pe = Math.fma(s, s, -p);
            double t = hi + p; // two-sum of hi and p, then fold both errors into lo
            double bb = t - hi;
            lo += ((hi - (t - bb)) + (p - bb)) + pe;
            hi = t;
        }
        double sum = hi + lo;
        double sumLo = lo - (sum - hi);
        double h = Math.sqrt(sum);
        // h + (sum - h*h) / (2h): the residual computed exactly with fma
        double residual = Math.fma(-h, h, sum) + sumLo;
        double corrected = h + residual / (2.0 * h);
        return Math.scalb(corrected, e);
    }
}
