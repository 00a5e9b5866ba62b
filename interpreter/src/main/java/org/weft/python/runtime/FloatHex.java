package org.weft.python.runtime;

import java.math.BigInteger;

/** {@code float.hex()} and {@code float.fromhex()}: exact hexadecimal text of a double. */
public final class FloatHex {

    private FloatHex() {}

    // CPython: float_hex in floatobject.c
    /** {@code x.hex()}: {@code '0x1.8000000000000p+1'}, 13 hex digits after the point. */
    public static String hex(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return FloatFormat.repr(x);
        }
        String sign = (Double.doubleToRawLongBits(x) < 0) ? "-" : "";
        if (x == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(x);
        int rawExp = (int) ((bits >>> 52) & 0x7FF);
        long mantissa = bits & ((1L << 52) - 1);
        String frac = String.format("%013x", mantissa);
        int exp = rawExp == 0 ? -1022 : rawExp - 1023;
        return sign + (rawExp == 0 ? "0x0." : "0x1.") + frac + "p" + (exp < 0 ? "" : "+") + exp;
    }

    // CPython: float_fromhex in floatobject.c
    /** {@code float.fromhex(s)}, rounded half to even. */
    public static double fromHex(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && IntParse.isSpace(s.charAt(i))) {
            i++;
        }
        while (n > i && IntParse.isSpace(s.charAt(n - 1))) {
            n--;
        }
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i, n);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        if (i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
            i += 2;
        }
        BigInteger mant = BigInteger.ZERO;
        long exp = 0;
        int digits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.' && !point) {
                point = true;
                continue;
            }
            int d = Character.digit(c, 16);
            if (d < 0 || c > 0x7F) {
                break;
            }
            mant = mant.shiftLeft(4).or(BigInteger.valueOf(d));
            digits++;
            if (point) {
                exp -= 4;
            }
        }
        if (digits == 0) {
            throw invalid();
        }
        if (i < n && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
            i++;
            exp += exponent(s, i, n);
            i = n;
        }
        if (i != n) {
            throw invalid();
        }
        double r = scale(mant, exp);
        return negative ? -r : r;
    }

    private static long exponent(String s, int i, int n) {
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        if (i == n) {
            throw invalid();
        }
        long e = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid();
            }
            // Saturate: anything this large overflows or underflows anyway.
            e = Math.min(e * 10 + (c - '0'), 1L << 40);
        }
        return negative ? -e : e;
    }

    /** {@code m * 2**e} rounded half to even to a double, subnormals included. */
    private static double scale(BigInteger m, long e) {
        if (m.signum() == 0) {
            return 0.0;
        }
        int bitLen = m.bitLength();
        long top = bitLen + e - 1;
        if (top > 1023) {
            throw tooLarge();
        }
        long prec = top >= -1022 ? 53 : 53 - (-1022 - top);
        long drop = bitLen - prec;
        if (drop > 0) {
            if (drop > bitLen + 1) {
                return 0.0;
            }
            BigInteger q = m.shiftRight((int) drop);
            BigInteger rem = m.subtract(q.shiftLeft((int) drop));
            int cmp = rem.compareTo(BigInteger.ONE.shiftLeft((int) drop - 1));
            if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
            m = q;
            e += drop;
        }
        double r = Math.scalb(m.doubleValue(), (int) e);
        if (Double.isInfinite(r)) {
            throw tooLarge();
        }
        return r;
    }

    private static PyException invalid() {
        return PyErr.valueError("invalid hexadecimal floating-point string");
    }

    private static PyException tooLarge() {
        return PyErr.format(PyExc.OverflowError, "%s",
                "hexadecimal value too large to represent as a float");
    }
}
