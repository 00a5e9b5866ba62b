package org.weft.python.runtime;

import java.math.BigInteger;
import org.weft.python.unicode.UnicodeType;

/**
 * Text to int, as {@code int(str, base)}: white space around, a sign, a base prefix ({@code 0x},
 * {@code 0o}, {@code 0b}; required to pick the base when {@code base} is 0), single underscores
 * between digits, Unicode decimal digits. The 4300-digit limit of CPython 3.11 is not applied.
 */
public final class IntParse {

    private IntParse() {}

    // CPython: PyLong_FromUnicodeObject and PyLong_FromString in longobject.c
    /** Parses {@code text}; ValueError "invalid literal for int() with base 10: 'x'" when invalid. */
    public static PyInt parse(String text, int base) {
        PyInt r = tryParse(text, base);
        if (r == null) {
            String shown = text.length() > 200 ? text.substring(0, text.offsetByCodePoints(0, 200)) : text;
            throw PyErr.valueError("invalid literal for int() with base %d: %s", base,
                    StrRepr.repr(shown));
        }
        return r;
    }

    /** Parses {@code text}, or returns null when it is not a valid literal in {@code base}. */
    public static PyInt tryParse(String text, int base) {
        int end = text.length();
        int i = 0;
        while (i < end && isSpace(text.charAt(i))) {
            i++;
        }
        while (end > i && isSpace(text.charAt(end - 1))) {
            end--;
        }
        boolean negative = false;
        if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int givenBase = base;
        boolean prefixed = false;
        if (i + 1 < end && text.charAt(i) == '0') {
            char p = Character.toLowerCase(text.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                base = pb;
                prefixed = true;
                i += 2;
            }
        }
        if (base == 0) {
            base = 10;
        }
        String digits = digits(text, i, end, base, prefixed);
        if (digits == null) {
            return null;
        }
        if (givenBase == 0 && !prefixed && digits.length() > 1 && digits.charAt(0) == '0'
                && !allZeros(digits)) {
            return null; // "010" is not a literal: the leading zero would be octal in Python 2
        }
        return toInt(digits, base, negative);
    }

    /**
     * The ASCII digits between {@code i} and {@code end} with underscores removed, or null when a
     * character is not a digit of the base or an underscore is misplaced. After a base prefix one
     * underscore may come first ({@code 0x_1f}).
     */
    private static String digits(String text, int i, int end, int base, boolean prefixed) {
        if (i >= end) {
            return null;
        }
        StringBuilder sb = new StringBuilder(end - i);
        boolean lastUnderscore = !prefixed; // an underscore may not lead, except after a prefix
        for (int k = i; k < end; k += Character.charCount(text.codePointAt(k))) {
            int c = text.codePointAt(k); // code points: digits such as U+1D7D8 lie outside the BMP
            if (c == '_') {
                if (lastUnderscore) {
                    return null;
                }
                lastUnderscore = true;
                continue;
            }
            // beyond ASCII only decimal digits (Nd, as Unicode 14 has them) count, as in CPython
            int d = c > 0x7F ? UnicodeType.decimalValue(c) : Character.digit(c, base);
            if (d < 0 || d >= base) {
                return null;
            }
            sb.append(Character.forDigit(d, base));
            lastUnderscore = false;
        }
        if (lastUnderscore || sb.length() == 0) {
            return null;
        }
        return sb.toString();
    }

    private static boolean allZeros(String digits) {
        for (int k = 0; k < digits.length(); k++) {
            if (digits.charAt(k) != '0') {
                return false;
            }
        }
        return true;
    }

    private static PyInt toInt(String digits, int base, boolean negative) {
        if ((base & (base - 1)) != 0) {
            IntStrDigits.checkParse(digits.length());
        }
        if (digits.length() <= 12) {
            long v = Long.parseLong(digits, base);
            return PyInt.of(negative ? -v : v);
        }
        BigInteger v = new BigInteger(digits, base);
        return PyInt.of(negative ? v.negate() : v);
    }

    /**
     * The white space int() and float() strip: ASCII's (CPython's Py_ISSPACE, which leaves out the
     * separators U+001C to U+001F) and every other str.isspace() character. (In a string that is
     * not all ASCII CPython strips those four too.)
     */
    static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c > 0x7F && UnicodeType.isSpace(c));
    }
}
