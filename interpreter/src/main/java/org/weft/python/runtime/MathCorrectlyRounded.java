package org.weft.python.runtime;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * {@code sin}, {@code cos}, {@code tan}, {@code atan}, {@code asin}, {@code acos}, {@code log2} and
 * {@code exp} rounded correctly, as glibc's are
 * (its IBM Accurate Mathematical Library for the first four, an exp within 0.502 ulp), where Java's
 * {@code Math} is off by one in the last bit for some plain inputs such as {@code sin(2.5)}.
 *
 * <p>Each value is evaluated in double-double arithmetic (about 106 bits). When the double-double
 * result is too close to a rounding boundary to decide, or the argument is outside the range handled
 * here, the function falls back to {@code Math}'s value, which is then almost always right too.
 * All state is immutable constants, so threads share it freely.
 */
public final class MathCorrectlyRounded {

    private MathCorrectlyRounded() {}

    private static final String PI_DIGITS = "3.14159265358979323846264338327950288419716939937510"
            + "58209749445923078164062862089986280348253421170679821480865132823066470938446";
    private static final String LN2_DIGITS = "0.69314718055994530941723212145817656807550013436025"
            + "525412068000949339362196969471560586332699641868754200148102057068573368552";

    /** pi/2 and ln 2 split into three doubles each: hi + mid + lo, to about 160 bits. */
    private static final double[] PIO2 = split(new BigDecimal(PI_DIGITS).divide(BigDecimal.valueOf(2)));
    private static final double[] LN2 = split(new BigDecimal(LN2_DIGITS));
    /** 1 / ln 2 the same way. */
    private static final double[] INV_LN2 = split(BigDecimal.ONE.divide(new BigDecimal(LN2_DIGITS), new MathContext(100)));

    private static final double LARGEST_REDUCED = 0x1p20; // |x| beyond this: k * pi/2 loses too much
    private static final double TOLERANCE = 0x1p-98; // relative error bound of the double-double results

    private static double[] split(BigDecimal v) {
        double hi = v.doubleValue();
        BigDecimal rest = v.subtract(new BigDecimal(hi), new MathContext(80));
        double mid = rest.doubleValue();
        double lo = rest.subtract(new BigDecimal(mid), new MathContext(80)).doubleValue();
        return new double[] {hi, mid, lo};
    }

    // ---- public functions --------------------------------------------------------------------

    /**
     * Off: pow, sin and cos return Java's Math results. The double-double refinement allocates
     * arrays at every step and cost 0.75 us a call: bench/run nbody 1.00 -> 4.16 and float
     * 1.37 -> 2.94 times CPython's time (2026-11-26). It comes back when it allocates nothing.
     */
    private static final boolean CORRECTLY_ROUNDED = false;

    public static double sin(double x) {
        if (!CORRECTLY_ROUNDED) {
            return Math.sin(x);
        }
        double[] r = reduce(x);
        if (r == null || x == 0.0) {
            return Math.sin(x);
        }
        double[] v = sinCosReduced(r, (int) r[2]);
        return rounded(v, Math.sin(x));
    }

    public static double cos(double x) {
        if (!CORRECTLY_ROUNDED) {
            return Math.cos(x);
        }
        double[] r = reduce(x);
        if (r == null) {
            return Math.cos(x);
        }
        double[] v = sinCosReduced(r, (int) r[2] + 1);
        return rounded(v, Math.cos(x));
    }

    public static double tan(double x) {
        double[] r = reduce(x);
        if (r == null || x == 0.0) {
            return Math.tan(x);
        }
        double[] s = sinCosReduced(r, (int) r[2]);
        double[] c = sinCosReduced(r, (int) r[2] + 1);
        return rounded(div(s[0], s[1], c[0], c[1]), Math.tan(x));
    }

    /**
     * asin(x) from Java's value t0 by a second-order Newton step on sin: sin(t0 + d) = x gives
     * d = (x - sin t0) / (cos t0 - d sin t0 / 2), in double-double. glibc's asin is correctly
     * rounded; Java's differed in the last bit for some 6% of arguments.
     */
    public static double asin(double x) {
        double t0 = Math.asin(x);
        if (!(Math.abs(x) < 1.0) || Math.abs(x) < 0x1p-26) {
            return t0; // +-1, NaN; tiny x: asin(x) = x (1 + x*x/6 + ...), which Java rounds right
        }
        double[] r = reduce(t0);
        double[] s = sinCosReduced(r, (int) r[2]);
        double[] c = sinCosReduced(r, (int) r[2] + 1);
        double[] residual = add(x, 0.0, -s[0], -s[1]);
        double[] d1 = div(residual[0], residual[1], c[0], c[1]);
        double[] half = mulD(s[0], s[1], d1[0] * 0.5);
        double[] den = add(c[0], c[1], -half[0], -half[1]);
        double[] d = div(residual[0], residual[1], den[0], den[1]);
        return rounded(add(t0, 0.0, d[0], d[1]), t0);
    }

    /**
     * acos(x) likewise: cos(t0 + d) = x gives d = (cos t0 - x) / (sin t0 + d cos t0 / 2).
     * Java's differed from glibc's correctly rounded acos for some 7% of arguments.
     */
    public static double acos(double x) {
        double t0 = Math.acos(x);
        if (!(Math.abs(x) < 1.0)) {
            return t0;
        }
        double[] r = reduce(t0);
        double[] s = sinCosReduced(r, (int) r[2]);
        double[] c = sinCosReduced(r, (int) r[2] + 1);
        double[] residual = add(c[0], c[1], -x, 0.0);
        double[] d1 = div(residual[0], residual[1], s[0], s[1]);
        double[] half = mulD(c[0], c[1], d1[0] * 0.5);
        double[] den = add(s[0], s[1], half[0], half[1]);
        double[] d = div(residual[0], residual[1], den[0], den[1]);
        return rounded(add(t0, 0.0, d[0], d[1]), t0);
    }

    /**
     * log2 of a positive finite double, correctly rounded: k + ln(m) / ln 2 for x = m 2**k with
     * m in [sqrt(1/2), sqrt(2)), ln(m) by one Newton step from Java's log (ln m = y0 + log1p(m e**-y0 - 1)).
     * glibc's log2 is within 0.55 ulp; the fdlibm-style formula before differed for some 2% of
     * arguments. The fallback is used when the double-double result cannot decide.
     */
    public static double log2(double x, double fallback) {
        if (!(x > 0.0) || !Double.isFinite(x)) {
            return fallback;
        }
        int shift = x < Double.MIN_NORMAL ? 54 : 0;
        double xs = Math.scalb(x, shift);
        int k = Math.getExponent(xs);
        double m = Math.scalb(xs, -k);
        if (m > 1.4142135623730951) {
            m *= 0.5;
            k += 1;
        }
        k -= shift;
        if (m == 1.0) {
            return k;
        }
        double y0 = Math.log(m);
        double[] e = expDD(y0, 0.0);
        if (e == null) {
            return fallback;
        }
        double[] q = divD(e[0], e[1], m); // e**y0 / m = 1 / (1 + u): u = m e**-y0 - 1
        double[] inv = div(1.0, 0.0, q[0], q[1]);
        double[] u = add(inv[0], inv[1], -1.0, 0.0);
        double[] u2 = mul(u[0], u[1], u[0], u[1]);
        double[] ln = add(y0, 0.0, u[0], u[1]);
        ln = add(ln[0], ln[1], -u2[0] * 0.5, -u2[1] * 0.5);
        double[] l2 = mul(ln[0], ln[1], INV_LN2[0], INV_LN2[1]);
        return rounded(add(k, 0.0, l2[0], l2[1]), fallback);
    }

    /** One Newton step from Java's atan: atan(x) = y0 + atan((x cos y0 - sin y0) / (cos y0 + x sin y0)). */
    public static double atan(double x) {
        double y0 = Math.atan(x);
        if (!Double.isFinite(x) || x == 0.0 || Math.abs(x) > 0x1p60 || Math.abs(x) < 0x1p-500) {
            return y0;
        }
        double[] r = reduce(y0);
        double[] s = sinCosReduced(r, (int) r[2]);
        double[] c = sinCosReduced(r, (int) r[2] + 1);
        double[] xc = mulD(c[0], c[1], x);
        double[] xs = mulD(s[0], s[1], x);
        double[] num = add(xc[0], xc[1], -s[0], -s[1]);
        double[] den = add(c[0], c[1], xs[0], xs[1]);
        double[] u = div(num[0], num[1], den[0], den[1]);
        double[] y = add(y0, 0.0, u[0], u[1]);
        return rounded(y, y0);
    }

    /**
     * atan2(y, x) from an approximation t0 within an ulp or so, by one Newton step: the angle of
     * (x, y) rotated back by t0 is atan((y cos t0 - x sin t0) / (x cos t0 + y sin t0)), tiny.
     */
    public static double refineAngle(double y, double x, double t0) {
        if (!Double.isFinite(x) || !Double.isFinite(y) || x == 0.0 || y == 0.0
                || Math.abs(Math.getExponent(x) - Math.getExponent(y)) > 900) {
            return t0;
        }
        int e = Math.max(Math.getExponent(x), Math.getExponent(y));
        double xs = Math.scalb(x, -e);
        double ys = Math.scalb(y, -e);
        double[] r = reduce(t0);
        double[] s = sinCosReduced(r, (int) r[2]);
        double[] c = sinCosReduced(r, (int) r[2] + 1);
        double[] yc = mulD(c[0], c[1], ys);
        double[] xsn = mulD(s[0], s[1], xs);
        double[] xc = mulD(c[0], c[1], xs);
        double[] ysn = mulD(s[0], s[1], ys);
        double[] num = add(yc[0], yc[1], -xsn[0], -xsn[1]);
        double[] den = add(xc[0], xc[1], ysn[0], ysn[1]);
        double[] u = div(num[0], num[1], den[0], den[1]);
        return rounded(add(t0, 0.0, u[0], u[1]), t0);
    }

    /**
     * x ** y for x > 0 (or x < 0 and an integral y), as exp(y log x) in double-double: log x by one
     * Newton step from Java's log, whose error the step squares away. Other cases: Java's pow.
     */
    public static double pow(double x, double y) {
        double fallback = Math.pow(x, y);
        if (!CORRECTLY_ROUNDED) {
            return fallback;
        }
        if (!Double.isFinite(x) || !Double.isFinite(y) || x == 0.0 || y == 0.0 || x == 1.0
                || !Double.isFinite(fallback) || fallback == 0.0 || Math.abs(fallback) < 0x1p-1000) {
            return fallback;
        }
        double sign = 1.0;
        if (x < 0) {
            if (y != Math.rint(y) || Math.abs(y) > 0x1p53) {
                return fallback;
            }
            sign = Math.rint(y / 2) * 2 == y ? 1.0 : -1.0;
            x = -x;
        }
        double l0 = Math.log(x);
        double[] e = expDD(l0, 0.0);
        if (e == null) {
            return fallback;
        }
        double[] diff = add(x, 0.0, -e[0], -e[1]);
        double[] corr = div(diff[0], diff[1], e[0], e[1]);
        double[] log = add(l0, 0.0, corr[0], corr[1]);
        double[] t = mulD(log[0], log[1], y);
        double[] v = expDD(t[0], t[1]);
        if (v == null || Math.abs(v[0]) < 0x1p-1000) {
            return fallback;
        }
        return sign * rounded(v, sign * fallback);
    }

    /** exp of a double-double, as a double-double; null where it would overflow or lose range. */
    private static double[] expDD(double xh, double xl) {
        if (!Double.isFinite(xh) || Math.abs(xh) > 708.0) {
            return null;
        }
        double k = Math.rint(xh / LN2[0]);
        double[] r = subtractMultiple(xh, k, LN2);
        r = add(r[0], r[1], xl, 0.0);
        double[] sum = {1.0, 0.0};
        double[] term = {1.0, 0.0};
        for (int n = 1; n < 40; n++) {
            term = mul(term[0], term[1], r[0], r[1]);
            term = divD(term[0], term[1], n);
            sum = add(sum[0], sum[1], term[0], term[1]);
            if (Math.abs(term[0]) < 0x1p-110) {
                break;
            }
        }
        int e = (int) k;
        return new double[] {Math.scalb(sum[0], e), Math.scalb(sum[1], e)};
    }

    /** exp(x) = 2**k exp(r), x = k ln 2 + r, |r| <= ln(2)/2, with exp(r) by its Taylor series. */
    public static double exp(double x) {
        if (!Double.isFinite(x) || Math.abs(x) > 708.0 || Math.abs(x) < 0x1p-60) {
            return Math.exp(x);
        }
        double k = Math.rint(x / LN2[0]);
        double[] r = subtractMultiple(x, k, LN2);
        double[] sum = {1.0, 0.0};
        double[] term = {1.0, 0.0};
        for (int n = 1; n < 40; n++) {
            term = mul(term[0], term[1], r[0], r[1]);
            term = divD(term[0], term[1], n);
            sum = add(sum[0], sum[1], term[0], term[1]);
            if (Math.abs(term[0]) < 0x1p-110) {
                break;
            }
        }
        int e = (int) k;
        double hi = Math.scalb(sum[0], e);
        if (Math.abs(hi) < 0x1p-1000 || Double.isInfinite(hi)) {
            return Math.exp(x);
        }
        return rounded(new double[] {hi, Math.scalb(sum[1], e)}, Math.exp(x));
    }

    // ---- reduction and series ----------------------------------------------------------------

    /** x - k pi/2 as a double-double, and k mod 4 in slot 2; null when |x| is too large. */
    private static double[] reduce(double x) {
        if (!Double.isFinite(x) || Math.abs(x) > LARGEST_REDUCED) {
            return null;
        }
        double k = Math.rint(x / PIO2[0]);
        double[] r = subtractMultiple(x, k, PIO2);
        return new double[] {r[0], r[1], Math.floorMod((long) k, 4)};
    }

    /** x - k c, c = c0 + c1 + c2, exactly up to the last part's rounding (k has at most 21 bits). */
    private static double[] subtractMultiple(double x, double k, double[] c) {
        double[] p0 = twoProd(k, c[0]);
        double[] p1 = twoProd(k, c[1]);
        double[] r = add(x, 0.0, -p0[0], -p0[1]);
        r = add(r[0], r[1], -p1[0], -p1[1]);
        return add(r[0], r[1], -k * c[2], 0.0);
    }

    /** sin of the reduced argument shifted by quadrant q quarter turns (q+1 gives cos). */
    private static double[] sinCosReduced(double[] r, int q) {
        double[] v = (q & 1) == 0 ? sinSeries(r[0], r[1]) : cosSeries(r[0], r[1]);
        return (q & 2) == 0 ? v : new double[] {-v[0], -v[1]};
    }

    private static double[] sinSeries(double rh, double rl) {
        double[] r2 = mul(rh, rl, rh, rl);
        double[] term = {rh, rl};
        double[] sum = {rh, rl};
        for (int n = 1; n < 30; n++) {
            term = mul(term[0], term[1], r2[0], r2[1]);
            term = divD(term[0], term[1], -(2.0 * n) * (2.0 * n + 1));
            sum = add(sum[0], sum[1], term[0], term[1]);
            if (Math.abs(term[0]) < 0x1p-110 * Math.abs(sum[0])) {
                break;
            }
        }
        return sum;
    }

    private static double[] cosSeries(double rh, double rl) {
        double[] r2 = mul(rh, rl, rh, rl);
        double[] term = {1.0, 0.0};
        double[] sum = {1.0, 0.0};
        for (int n = 1; n < 30; n++) {
            term = mul(term[0], term[1], r2[0], r2[1]);
            term = divD(term[0], term[1], -(2.0 * n - 1) * (2.0 * n));
            sum = add(sum[0], sum[1], term[0], term[1]);
            if (Math.abs(term[0]) < 0x1p-110) {
                break;
            }
        }
        return sum;
    }

    /**
     * The double nearest the double-double v, or the fallback when v is too close to the midpoint
     * between two doubles for its error bound to decide.
     */
    private static double rounded(double[] v, double fallback) {
        double h = v[0] + v[1];
        double l = v[1] - (h - v[0]);
        if (!Double.isFinite(h) || h == 0.0) {
            return fallback;
        }
        double halfUlp = Math.ulp(h) / 2;
        double slack = Math.abs(h) * TOLERANCE;
        if (Math.abs(Math.abs(l) - halfUlp) <= slack || Math.abs(Math.abs(l) - halfUlp / 2) <= slack) {
            return fallback;
        }
        return h;
    }

    // ---- double-double arithmetic (Dekker, Knuth) ----------------------------------------------

    private static double[] twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        return new double[] {s, (a - (s - bb)) + (b - bb)};
    }

    private static double[] twoProd(double a, double b) {
        double p = a * b;
        return new double[] {p, Math.fma(a, b, -p)};
    }

    private static double[] quickTwoSum(double a, double b) {
        double s = a + b;
        return new double[] {s, b - (s - a)};
    }

    private static double[] add(double ah, double al, double bh, double bl) {
        double[] s = twoSum(ah, bh);
        double[] t = twoSum(al, bl);
        double[] u = quickTwoSum(s[0], s[1] + t[0]);
        return quickTwoSum(u[0], u[1] + t[1]);
    }

    private static double[] mul(double ah, double al, double bh, double bl) {
        double[] p = twoProd(ah, bh);
        return quickTwoSum(p[0], p[1] + (ah * bl + al * bh));
    }

    private static double[] mulD(double ah, double al, double b) {
        double[] p = twoProd(ah, b);
        return quickTwoSum(p[0], p[1] + al * b);
    }

    private static double[] divD(double ah, double al, double b) {
        double q1 = ah / b;
        double[] p = twoProd(q1, b);
        double[] d = twoSum(ah, -p[0]);
        double q2 = (d[0] + (d[1] - p[1] + al)) / b;
        return quickTwoSum(q1, q2);
    }

    private static double[] div(double ah, double al, double bh, double bl) {
        double q1 = ah / bh;
        double[] p = mulD(bh, bl, q1);
        double[] rem = add(ah, al, -p[0], -p[1]);
        double q2 = rem[0] / bh;
        double[] p2 = mulD(bh, bl, q2);
        rem = add(rem[0], rem[1], -p2[0], -p2[1]);
        double q3 = rem[0] / bh;
        double[] q = quickTwoSum(q1, q2);
        return add(q[0], q[1], q3, 0.0);
    }
}
