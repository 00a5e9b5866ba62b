package org.weft.python.modules;

/**
 * erf, erfc, gamma and lgamma, which Java's Math lacks: CPython's own algorithms from
 * mathmodule.c (the Lanczos approximation of gamma, a series and a continued fraction for erf).
 * Domain errors are raised here, as CPython sets EDOM for them itself.
 */
final class MathSpecial {

    private MathSpecial() {}

    private static final double SQRT_PI = 1.772453850905516027298167483341145182798;
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;
    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    };
    private static final double[] GAMMA_INTEGRAL = makeFactorials(23);

    private static double[] makeFactorials(int n) {
        double[] t = new double[n];
        double f = 1;
        for (int i = 0; i < n; i++) {
            t[i] = f; // t[i] = i!, so gamma(i + 1)
            f *= i + 1;
        }
        return t;
    }

    // CPython: lanczos_sum in mathmodule.c
    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    // CPython: m_sinpi in mathmodule.c
    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r = switch (n) {
            case 0 -> Math.sin(Math.PI * y);
            case 1 -> Math.cos(Math.PI * (y - 0.5));
            case 2 -> Math.sin(Math.PI * (1.0 - y));
            case 3 -> -Math.cos(Math.PI * (y - 1.5));
            default -> Math.sin(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    // CPython: m_tgamma in mathmodule.c
    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0.0) {
                return x;
            }
            throw MathModule.domainError();
        }
        if (x == 0.0) {
            throw MathModule.domainError();
        }
        if (x == Math.floor(x)) {
            if (x < 0.0) {
                throw MathModule.domainError();
            }
            if (x <= GAMMA_INTEGRAL.length) {
                return GAMMA_INTEGRAL[(int) x - 1];
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return 1.0 / x;
        }
        if (absx > 200.0) {
            return x < 0.0 ? 0.0 / sinpi(x) : Double.POSITIVE_INFINITY;
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Math.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return r;
    }

    // CPython: m_lgamma in mathmodule.c
    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw MathModule.domainError();
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -Math.log(absx);
        }
        double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = LOG_PI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
        }
        return r;
    }

    /**
     * Below it the double-double series serves both erf and erfc: at 3 its terms grow to about
     * e**9 and erfc is 2e-5, so of its 32 digits about 23 survive, enough to round correctly.
     */
    private static final double SERIES_LIMIT = 3.0;
    private static final double TWO_OVER_SQRT_PI_HI = 1.1283791670955126;
    private static final double TWO_OVER_SQRT_PI_LO = 1.533545961316588e-17;

    /**
     * erf(x) - {@code minus} for |x| < 3 by the Taylor series
     * 2/sqrt(pi) * sum((-1)**n x**(2n+1) / (n! (2n+1))), summed in double-double so that the one
     * rounding at the end leaves the result correctly rounded nearly always, as glibc's erf
     * (which CPython 3.11 calls) is too; {@code minus} is 0 for erf and 1 for erfc.
     */
    private static double erfSeries(double x, double minus) {
        double x2h = x * x;
        double x2l = Math.fma(x, x, -x2h);
        double th = x; // the term x**(2n+1) (-1)**n / n!, double-double
        double tl = 0.0;
        double sh = x; // the sum, double-double
        double sl = 0.0;
        for (int n = 1; n < 200; n++) {
            double p = th * x2h; // term *= -x**2 / n
            double e = Math.fma(th, x2h, -p) + (th * x2l + tl * x2h);
            th = -(p + e);
            tl = -(e - ((p + e) - p));
            double q = th / n;
            double r = Math.fma(-q, n, th);
            tl = (r + tl) / n;
            th = q;
            double ah = th / (2 * n + 1); // sum += term / (2n + 1)
            double al = (Math.fma(-ah, 2 * n + 1, th) + tl) / (2 * n + 1);
            double s = sh + ah;
            double bb = s - sh;
            double err = (sh - (s - bb)) + (ah - bb) + sl + al;
            sh = s + err;
            sl = err - (sh - s);
            if (Math.abs(ah) < 1e-36 * Math.abs(sh)) {
                break;
            }
        }
        double p = sh * TWO_OVER_SQRT_PI_HI; // times 2/sqrt(pi)
        double e = Math.fma(sh, TWO_OVER_SQRT_PI_HI, -p)
                + (sh * TWO_OVER_SQRT_PI_LO + sl * TWO_OVER_SQRT_PI_HI);
        double rh = p - minus; // exact: |p| < 1 and minus is 0 or 1 (Sterbenz)
        return rh + e;
    }

    // CPython: m_erfc_contfrac in mathmodule.c (3.10)
    private static double erfcContfrac(double x) {
        if (x >= 30.0) {
            return 0.0;
        }
        double x2 = x * x;
        double a = 0.0;
        double da = 0.5;
        double p = 1.0;
        double pLast = 0.0;
        double q = da + x2;
        double qLast = 1.0;
        for (int i = 0; i < 50; i++) {
            a += da;
            da += 2.0;
            double b = da + x2;
            double t = p;
            p = b * p - a * pLast;
            pLast = t;
            t = q;
            q = b * q - a * qLast;
            qLast = t;
        }
        return p / q * x * Math.exp(-x2) / SQRT_PI;
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Math.abs(x) < SERIES_LIMIT) {
            return erfSeries(x, 0.0);
        }
        double cf = erfcContfrac(Math.abs(x));
        return x > 0.0 ? 1.0 - cf : cf - 1.0;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Math.abs(x) < SERIES_LIMIT) {
            return -erfSeries(x, 1.0);
        }
        double cf = erfcContfrac(Math.abs(x));
        return x > 0.0 ? cf : 2.0 - cf;
    }
}
