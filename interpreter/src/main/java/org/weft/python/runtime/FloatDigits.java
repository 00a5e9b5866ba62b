package org.weft.python.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal digits of a finite, non-negative double, as CPython's {@code _Py_dg_dtoa} returns
 * them: the value is {@code 0.DIGITS × 10**decpt}, with trailing zeros removed. The digit string is
 * empty when a fixed-point rounding (mode 3) rounds a non-zero value to zero; zero itself is
 * {@code "0"} with {@code decpt} 1.
 *
 * <p>Three modes, as dtoa's: {@link #shortest} (mode 0, the shortest string that reads back as
 * the same double, nearest to it among equals), {@link #significant} (mode 2, {@code n}
 * significant digits) and {@link #fixed} (mode 3, {@code n} digits after the point). Modes 2 and
 * 3 round the exact binary value half-to-even, so they are correctly rounded, as dtoa is.
 */
public record FloatDigits(String digits, int decpt) {

    private static final FloatDigits ZERO = new FloatDigits("0", 1);

    /** 2**53: below it every integral double is exactly a {@code long} and its own shortest form. */
    private static final double TWO_53 = 9007199254740992.0;

    /** Mode 0: the shortest digits that round-trip. {@code x} is finite and {@code >= 0}. */
    public static FloatDigits shortest(double x) {
        if (x == 0.0) {
            return ZERO;
        }
        if (x < TWO_53 && x == Math.rint(x)) {
            // An integer with spacing <= 1: any other decimal within half an ulp is longer.
            String s = Long.toString((long) x);
            return new FloatDigits(stripZeros(s), s.length());
        }
        FloatDigits d = FloatShortest.shortest(x);
        return d != null ? d : shortestExact(x);
    }

    /**
     * Mode 0 by exact search, slow but plainly right: for each length, the correctly rounded
     * decimal and its neighbour on the other side of {@code x} (the round-trip interval is
     * lopsided at powers of two), the first that reads back as {@code x} winning, the nearer
     * preferred. {@link FloatShortest}'s fallback, and its check in the tests. A normal double's
     * rounding interval is at most 2**-52 of it wide, narrower than the gap between decimals of
     * 15 significant digits, so none shorter than 15 can win unless the 15-digit one does.
     */
    static FloatDigits shortestExact(double x) {
        if (x == 0.0) {
            return ZERO;
        }
        BigDecimal exact = new BigDecimal(x);
        for (int p = x >= Double.MIN_NORMAL ? 15 : 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == x) {
                return of(r);
            }
            BigDecimal other = otherNeighbour(r, exact);
            if (other.doubleValue() == x) {
                return of(other);
            }
        }
        return of(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }

    private static BigDecimal otherNeighbour(BigDecimal r, BigDecimal exact) {
        BigDecimal ulp = r.ulp();
        if (r.compareTo(exact) < 0) {
            return r.add(ulp);
        }
        // Just below a power of ten the grid of p-digit numbers is ten times finer.
        if (isPowerOfTen(r.unscaledValue())) {
            ulp = ulp.movePointLeft(1);
        }
        return r.subtract(ulp);
    }

    private static boolean isPowerOfTen(BigInteger v) {
        String s = v.toString();
        return s.charAt(0) == '1' && stripZeros(s).length() == 1;
    }

    /** Mode 2: {@code n >= 1} significant digits, correctly rounded. {@code x} finite, {@code >= 0}. */
    public static FloatDigits significant(double x, int n) {
        if (x == 0.0) {
            return ZERO;
        }
        return of(new BigDecimal(x).round(new MathContext(n, RoundingMode.HALF_EVEN)));
    }

    /** Mode 3: {@code n} digits after the decimal point (may be negative), correctly rounded. */
    public static FloatDigits fixed(double x, int n) {
        if (x == 0.0) {
            return ZERO;
        }
        FloatDigits quick = fixedInLongs(x, n);
        if (quick != null) {
            return quick;
        }
        BigDecimal r = new BigDecimal(x).setScale(n, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) {
            // dtoa's "no digits" answer: the value rounded away entirely.
            return new FloatDigits("", -n);
        }
        return of(r);
    }

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /**
     * {@link #fixed} without BigDecimal for the common case (x below 2**53 with a fraction, n up to
     * 18 digits, a result below 2**64): x = m 2**e exactly, so x 10**n = m 10**n / 2**-e, a 128-bit
     * product shifted right with the bits shifted out deciding the half-even rounding. Exact, so the
     * same digits as the BigDecimal path; 5-10x faster ({@code f"{x:.2f}"} in a loop). Null when
     * the case does not apply.
     */
    static FloatDigits fixedInLongs(double x, int n) {
        if (n < 0 || n >= POW10.length || !(x > 0) || x >= TWO_53) {
            return null;
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long m = bits & ((1L << 52) - 1);
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = biased - 1075;
        }
        if (e >= 0) {
            return null; // an integer: not below 2**53 with a fraction (never reached) or large
        }
        int shift = -e;
        long p = POW10[n];
        long lo = m * p; // m < 2**53, p < 2**60: the product is below 2**113
        long hi = Math.multiplyHigh(m, p);
        long q;
        long remHi;
        long remLo;
        long halfHi;
        long halfLo;
        if (shift >= 114) {
            return new FloatDigits("", -n); // below half a unit of the last place: rounds to zero
        } else if (shift < 64) {
            if ((hi >>> shift) != 0) {
                return null; // the result needs more than 64 bits
            }
            q = (hi << (64 - shift)) | (lo >>> shift);
            remHi = 0;
            remLo = lo & ((1L << shift) - 1);
            halfHi = 0;
            halfLo = 1L << (shift - 1);
        } else {
            int s = shift - 64;
            q = hi >>> s;
            remHi = s == 0 ? 0 : hi & ((1L << s) - 1);
            remLo = lo;
            halfHi = s == 0 ? 0 : 1L << (s - 1);
            halfLo = s == 0 ? 1L << 63 : 0;
        }
        int c = remHi != halfHi ? Long.compareUnsigned(remHi, halfHi) : Long.compareUnsigned(remLo, halfLo);
        if (c > 0 || (c == 0 && (q & 1) != 0)) {
            if (q == -1L) {
                return null;
            }
            q++;
        }
        if (q == 0) {
            return new FloatDigits("", -n);
        }
        String digits = Long.toUnsignedString(q);
        return new FloatDigits(stripZeros(digits), digits.length() - n);
    }

    /** The digits of a positive decimal, trailing zeros removed. */
    static FloatDigits of(BigDecimal r) {
        String s = r.unscaledValue().toString();
        return new FloatDigits(stripZeros(s), s.length() - r.scale());
    }

    private static String stripZeros(String s) {
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '0') {
            end--;
        }
        return s.substring(0, end);
    }
}
