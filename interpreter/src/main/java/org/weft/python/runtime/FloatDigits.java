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
        BigDecimal r = new BigDecimal(x).setScale(n, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) {
            // dtoa's "no digits" answer: the value rounded away entirely.
            return new FloatDigits("", -n);
        }
        return of(r);
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
