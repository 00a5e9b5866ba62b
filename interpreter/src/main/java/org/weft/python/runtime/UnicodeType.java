package org.weft.python.runtime;

/**
 * Per-code-point character properties as Python defines them (CPython's unicodectype.c), on top of
 * Java's {@link Character} database.
 *
 * <p>Java 17 knows Unicode 13, CPython 3.11 Unicode 14: code points assigned in 14 differ.
 */
public final class UnicodeType {

    /**
     * Ideographs with a numeric value (Unihan kPrimaryNumeric and kin), which Python counts as
     * numeric and Java's database does not: every Lo code point for which CPython 3.11's
     * str.isnumeric() is true, sorted.
     */
    private static final int[] NUMERIC_IDEOGRAPHS = {
            0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09, 0x4e5d, 0x4e8c,
            0x4e94, 0x4e96, 0x4ebf, 0x4ec0, 0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x5104, 0x5146,
            0x5169, 0x516b, 0x516d, 0x5341, 0x5343, 0x5344, 0x5345, 0x534c, 0x53c1, 0x53c2,
            0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9, 0x5e7a, 0x5efe, 0x5eff, 0x5f0c, 0x5f0d,
            0x5f0e, 0x5f10, 0x62fe, 0x634c, 0x67d2, 0x6f06, 0x7396, 0x767e, 0x8086, 0x842c,
            0x8cae, 0x8cb3, 0x8d30, 0x9621, 0x9646, 0x964c, 0x9678, 0x96f6, 0xf96b, 0xf973,
            0xf978, 0xf9b2, 0xf9d1, 0xf9d3, 0xf9fd, 0x20001, 0x20064, 0x200e2, 0x20121, 0x2092a,
            0x20983, 0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19, 0x22390, 0x22998, 0x23b1b, 0x2626d,
            0x2f890
    };

    private UnicodeType() {
    }

    /** Python whitespace: bidirectional WS, B or S, or category Zs. CPython: _PyUnicode_IsWhitespace. */
    public static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a)
                || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** A line boundary for {@code str.splitlines}. CPython: _PyUnicode_IsLinebreak. */
    public static boolean isLineBreak(int c) {
        return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** Letters: categories Lu, Ll, Lt, Lm, Lo. */
    public static boolean isAlpha(int c) {
        if (c < 128) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return Character.isLetter(c);
    }

    /** Category Nd. */
    public static boolean isDecimal(int c) {
        if (c < 128) {
            return c >= '0' && c <= '9';
        }
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** The value of a decimal digit (category Nd), or -1. */
    public static int decimalValue(int c) {
        if (c < 128) {
            return c >= '0' && c <= '9' ? c - '0' : -1;
        }
        return isDecimal(c) ? Character.digit(c, 10) : -1;
    }

    /** Numeric_Type Decimal or Digit: Nd, plus digits such as superscripts and circled digits. */
    public static boolean isDigit(int c) {
        if (isDecimal(c)) {
            return true;
        }
        if (c < 128 || Character.getType(c) != Character.OTHER_NUMBER) {
            return false;
        }
        int v = Character.getNumericValue(c);
        return v >= 0 && v <= 9;
    }

    /** Any Numeric_Type: Nd, Nl, No, and numeric ideographs. */
    public static boolean isNumeric(int c) {
        if (c < 128) {
            return c >= '0' && c <= '9';
        }
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                || (t == Character.OTHER_LETTER && java.util.Arrays.binarySearch(NUMERIC_IDEOGRAPHS, c) >= 0);
    }

    /** {@code c.isalnum()}: alpha, decimal, digit or numeric. */
    public static boolean isAlnum(int c) {
        return isAlpha(c) || isNumeric(c);
    }

    public static boolean isUpper(int c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z';
        }
        return Character.isUpperCase(c);
    }

    public static boolean isLower(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z';
        }
        return Character.isLowerCase(c);
    }

    public static boolean isTitle(int c) {
        return c >= 128 && Character.isTitleCase(c);
    }

    /** Cased: upper, lower or title case. CPython: _PyUnicode_IsCased. */
    public static boolean isCased(int c) {
        if (c < 128) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    /** Case-ignorable (Unicode's definition, used for the final sigma rule). */
    public static boolean isCaseIgnorable(int c) {
        if (c < 128) {
            return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`';
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL
                || c == 0xb7 || c == 0x2019 || c == 0x2027 || c == 0xad;
    }

    /** XID_Start or underscore. */
    public static boolean isIdentifierStart(int c) {
        if (c < 128) {
            return c == '_' || isAlpha(c);
        }
        return Character.isUnicodeIdentifierStart(c) && !Character.isIdentifierIgnorable(c);
    }

    /** XID_Continue. */
    public static boolean isIdentifierPart(int c) {
        if (c < 128) {
            return c == '_' || isAlpha(c) || (c >= '0' && c <= '9');
        }
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }
}
