package org.weft.python.runtime;

import org.weft.python.unicode.UnicodeType;

/**
 * Text to float, as {@code float(str)}: white space around, single underscores between digits,
 * Unicode decimal digits, {@code inf}, {@code infinity} and {@code nan} in any case with a sign.
 * Java's {@code Double.parseDouble} does the correctly rounded conversion, but only after the text
 * is checked against Python's grammar, which is stricter than Java's ({@code 1d}, {@code 0x1p0}).
 */
public final class FloatParse {

    private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    private FloatParse() {}

    // CPython: float_from_string_inner in floatobject.c
    /** Parses {@code text}; ValueError "could not convert string to float: 'x'" when invalid. */
    public static double parse(String text) {
        String ascii = normalise(text);
        if (ascii != null) {
            double d = parseAscii(ascii);
            if (!Double.isNaN(d) || isNanWord(ascii)) {
                return d;
            }
        }
        throw PyErr.valueError("could not convert string to float: %s", StrRepr.repr(text));
    }

    // CPython: PyFloat_FromString in floatobject.c, for a buffer
    /**
     * Parses the ASCII text of a bytes-like object, {@code latin1} its bytes as chars; the
     * error shows the object's repr ({@code b'x'}), and only ASCII digits count, as in CPython.
     */
    static double parseBytes(PyObject bytes, String latin1) {
        boolean ascii = true;
        for (int i = 0; i < latin1.length() && ascii; i++) {
            char c = latin1.charAt(i);
            ascii = c < 0x80 && (c < 0x1C || c > 0x1F); // 0x1C-0x1F are str's spaces only
        }
        String s = ascii ? normalise(latin1) : null;
        if (s != null) {
            double d = parseAscii(s);
            if (!Double.isNaN(d) || isNanWord(s)) {
                return d;
            }
        }
        throw PyErr.valueError("could not convert string to float: %s", Ops.repr(bytes).value());
    }

    /**
     * Strips white space, maps Unicode decimal digits to ASCII and removes underscores where they
     * are allowed (between two digits); null when a character cannot be part of a float.
     */
    private static String normalise(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && IntParse.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && IntParse.isSpace(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder sb = new StringBuilder(end - start);
        char prev = '\0';
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i); // code points: digits such as U+1D7D8 lie outside the BMP
            i += Character.charCount(cp);
            char c = (char) cp;
            if (cp > 0x7F) {
                int d = UnicodeType.decimalValue(cp);
                if (d < 0) {
                    return null;
                }
                c = (char) ('0' + d);
            }
            if (c == '_') {
                if (!isDigit(prev)) {
                    return null;
                }
            } else {
                if (prev == '_' && !isDigit(c)) {
                    return null;
                }
                sb.append(c);
            }
            prev = c;
        }
        return prev == '_' ? null : sb.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNanWord(String s) {
        int i = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
        return s.regionMatches(true, i, "nan", 0, 3) && s.length() == i + 3;
    }

    /** The value of a Python float literal, or NaN when the text is not one. */
    static double parseAscii(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equalsIgnoreCase("nan")) {
            // CPython keeps the sign of a nan: float('-nan') has its sign bit set.
            return negative ? NEGATIVE_NAN : Double.NaN;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return Double.NaN;
            }
        }
        return i == n ? Double.parseDouble(s) : Double.NaN;
    }
}
