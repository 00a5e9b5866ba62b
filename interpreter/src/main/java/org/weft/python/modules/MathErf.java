package org.weft.python.modules;

/**
 * erf and erfc as the C library CPython 3.11 calls computes them on Linux (glibc's dbl-64
 * {@code s_erf.c}, the fdlibm algorithm with its polynomials evaluated in pairs): the same rational
 * approximations on the same intervals, summed in the same order, so that results agree to the
 * last bit with CPython's {@code math.erf} and {@code math.erfc} rather than merely being close.
 *
 * <p>Intervals of |x|: below 0.84375 erf(x) = x + x*P(x^2)/Q(x^2); up to 1.25 erf is
 * erx + P(s)/Q(s) with s = |x| - 1; beyond, erfc(x) = exp(-x^2 - 0.5625 + R(1/x^2)/S(1/x^2)) / x,
 * with x^2 split so that its rounding error does not reach the exponent.
 */
final class MathErf {

    private MathErf() {}

    private static final double TINY = 1e-300;
    private static final double ERX = bits(0x3FEB0AC1, 0x60000000); // (float) 0.84506291151
    private static final double EFX = bits(0x3FC06EBA, 0x8214DB69); // 2/sqrt(pi) - 1

    /** erf on [0, 0.84375]: numerator pp0..pp4, denominator 1 + qq1 z + ... + qq5 z^5. */
    private static final double[] PP = {
        bits(0x3FC06EBA, 0x8214DB68), bits(0xBFD4CD7D, 0x691CB913), bits(0xBF9D2A51, 0xDBD7194F),
        bits(0xBF77A291, 0x236668E4), bits(0xBEF8EAD6, 0x120016AC),
    };
    private static final double[] QQ = {
        0.0, bits(0x3FD97779, 0xCDDADC09), bits(0x3FB0A54C, 0x5536CEBA), bits(0x3F74D022, 0xC4D36B0F),
        bits(0x3F215DC9, 0x221C1A10), bits(0xBED09C43, 0x42A26120),
    };
    /** erf on [0.84375, 1.25], in s = |x| - 1. */
    private static final double[] PA = {
        bits(0xBF6359B8, 0xBEF77538), bits(0x3FDA8D00, 0xAD92B34D), bits(0xBFD7D240, 0xFBB8C3F1),
        bits(0x3FD45FCA, 0x805120E4), bits(0xBFBC6398, 0x3D3E28EC), bits(0x3FA22A36, 0x599795EB),
        bits(0xBF61BF38, 0x0A96073F),
    };
    private static final double[] QA = {
        0.0, bits(0x3FBB3E66, 0x18EEE323), bits(0x3FE14AF0, 0x92EB6F33), bits(0x3FB2635C, 0xD99FE9A7),
        bits(0x3FC02660, 0xE763351F), bits(0x3F8BEDC2, 0x6B51DD1C), bits(0x3F888B54, 0x5735151D),
    };
    /** erfc on [1.25, 1/0.35], in s = 1/x^2. */
    private static final double[] RA = {
        bits(0xBF843412, 0x600D6435), bits(0xBFE63416, 0xE4BA7360), bits(0xC0251E04, 0x41B0E726),
        bits(0xC04F300A, 0xE4CBA38D), bits(0xC0644CB1, 0x84282266), bits(0xC067135C, 0xEBCCABB2),
        bits(0xC0545265, 0x57E4D2F2), bits(0xC023A0EF, 0xC69AC25C),
    };
    private static final double[] SA = {
        0.0, bits(0x4033A6B9, 0xBD707687), bits(0x4061350C, 0x526AE721), bits(0x407B290D, 0xD58A1A71),
        bits(0x40842B19, 0x21EC2868), bits(0x407AD021, 0x57700314), bits(0x405B28A3, 0xEE48AE2C),
        bits(0x401A47EF, 0x8E484A93), bits(0xBFAEEFF2, 0xEE749A62),
    };
    /** erfc on [1/0.35, 28], in s = 1/x^2. */
    private static final double[] RB = {
        bits(0xBF843412, 0x39E86F4A), bits(0xBFE993BA, 0x70C285DE), bits(0xC031C209, 0x555F995A),
        bits(0xC064145D, 0x43C5ED98), bits(0xC083EC88, 0x1375F228), bits(0xC0900461, 0x6A2E5992),
        bits(0xC07E384E, 0x9BDC383F),
    };
    private static final double[] SB = {
        0.0, bits(0x403E568B, 0x261D5190), bits(0x40745CAE, 0x221B9F0A), bits(0x409802EB, 0x189D5118),
        bits(0x40A8FFB7, 0x688C246A), bits(0x40A3F219, 0xCEDF3BE6), bits(0x407DA874, 0xE79FE763),
        bits(0xC03670E2, 0x42712D62),
    };

    private static double bits(long high, long low) {
        return Double.longBitsToDouble((high << 32) | (low & 0xFFFFFFFFL));
    }

    /** The high 32 bits of |x|, which the interval tests compare as the C code does. */
    private static int highAbs(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
    }

    /** P/Q - 1 on [0, 0.84375]: erf(x) = x + x * y. */
    private static double small(double x) {
        double z = x * x;
        double r1 = PP[0] + z * PP[1];
        double z2 = z * z;
        double r2 = PP[2] + z * PP[3];
        double z4 = z2 * z2;
        double s1 = 1.0 + z * QQ[1];
        double s2 = QQ[2] + z * QQ[3];
        double s3 = QQ[4] + z * QQ[5];
        double r = r1 + z2 * r2 + z4 * PP[4];
        double s = s1 + z2 * s2 + z4 * s3;
        return r / s;
    }

    /** P/Q on [0.84375, 1.25]: erf(|x|) = erx + P/Q. */
    private static double middle(double x) {
        double s = Math.abs(x) - 1.0;
        double p1 = PA[0] + s * PA[1];
        double s2 = s * s;
        double q1 = 1.0 + s * QA[1];
        double s4 = s2 * s2;
        double p2 = PA[2] + s * PA[3];
        double s6 = s4 * s2;
        double q2 = QA[2] + s * QA[3];
        double p3 = PA[4] + s * PA[5];
        double q3 = QA[4] + s * QA[5];
        double p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
        double q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
        return p / q;
    }

    /** erfc(ax) * ax for ax = |x| from 1.25 up; {@code near} picks the [1.25, 1/0.35] fit. */
    private static double tail(double ax, boolean near) {
        double s = 1.0 / (ax * ax);
        double r;
        double q;
        double s2 = s * s;
        double s4 = s2 * s2;
        double s6 = s4 * s2;
        if (near) {
            double s8 = s4 * s4;
            r = (RA[0] + s * RA[1]) + s2 * (RA[2] + s * RA[3]) + s4 * (RA[4] + s * RA[5])
                    + s6 * (RA[6] + s * RA[7]);
            q = (1.0 + s * SA[1]) + s2 * (SA[2] + s * SA[3]) + s4 * (SA[4] + s * SA[5])
                    + s6 * (SA[6] + s * SA[7]) + s8 * SA[8];
        } else {
            r = (RB[0] + s * RB[1]) + s2 * (RB[2] + s * RB[3]) + s4 * (RB[4] + s * RB[5]) + s6 * RB[6];
            q = (1.0 + s * SB[1]) + s2 * (SB[2] + s * SB[3]) + s4 * (SB[4] + s * SB[5])
                    + s6 * (SB[6] + s * SB[7]);
        }
        // z is ax with its low 32 bits cleared, so z*z is exact and the split loses nothing
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(ax) & 0xFFFFFFFF00000000L);
        return Math.exp(-z * z - 0.5625) * Math.exp((z - ax) * (z + ax) + r / q);
    }

    static double erf(double x) {
        int ix = highAbs(x);
        if (ix >= 0x7ff00000) { // nan stays nan, +-inf gives +-1
            return Double.isNaN(x) ? x : Math.copySign(1.0, x);
        }
        if (ix < 0x3feb0000) { // |x| < 0.84375
            if (ix < 0x3e300000) { // |x| < 2**-28
                return ix < 0x00800000 ? 0.0625 * (16.0 * x + (16.0 * EFX) * x) : x + EFX * x;
            }
            return x + x * small(x);
        }
        if (ix < 0x3ff40000) { // |x| < 1.25
            double pq = middle(x);
            return x >= 0 ? ERX + pq : -ERX - pq;
        }
        if (ix >= 0x40180000) { // |x| >= 6
            return x >= 0 ? 1.0 - TINY : TINY - 1.0;
        }
        double ax = Math.abs(x);
        double r = tail(ax, ix < 0x4006DB6E);
        return x >= 0 ? 1.0 - r / ax : r / ax - 1.0;
    }

    static double erfc(double x) {
        int ix = highAbs(x);
        boolean negative = Double.doubleToRawLongBits(x) < 0;
        if (ix >= 0x7ff00000) { // nan stays nan, erfc(+inf) = 0, erfc(-inf) = 2
            return Double.isNaN(x) ? x : negative ? 2.0 : 0.0;
        }
        if (ix < 0x3feb0000) { // |x| < 0.84375
            if (ix < 0x3c700000) { // |x| < 2**-56
                return 1.0 - x;
            }
            double y = small(x);
            if (x < 0.25) { // the C code tests the signed high word: every negative x lands here
                return 1.0 - (x + x * y);
            }
            double r = x * y;
            r += x - 0.5;
            return 0.5 - r;
        }
        if (ix < 0x3ff40000) { // |x| < 1.25
            double pq = middle(x);
            return negative ? 1.0 + (ERX + pq) : (1.0 - ERX) - pq;
        }
        if (ix < 0x403c0000) { // |x| < 28
            boolean near = ix < 0x4006DB6D;
            if (negative && !near && ix >= 0x40180000) { // x < -6
                return 2.0 - TINY;
            }
            double ax = Math.abs(x);
            double r = tail(ax, near);
            return negative ? 2.0 - r / ax : r / ax;
        }
        return negative ? 2.0 - TINY : TINY * TINY;
    }
}
