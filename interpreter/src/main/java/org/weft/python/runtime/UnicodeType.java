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

    /** Code points with Numeric_Type=Digit (superscripts, circled digits, ...): CPython 3.11's isdigit minus isdecimal. */
    private static final int[] DIGITS_NOT_DECIMAL = {
            0xb2, 0xb3, 0xb9, 0x1369, 0x136a, 0x136b, 0x136c, 0x136d, 0x136e, 0x136f,
            0x1370, 0x1371, 0x19da, 0x2070, 0x2074, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079,
            0x2080, 0x2081, 0x2082, 0x2083, 0x2084, 0x2085, 0x2086, 0x2087, 0x2088, 0x2089,
            0x2460, 0x2461, 0x2462, 0x2463, 0x2464, 0x2465, 0x2466, 0x2467, 0x2468, 0x2474,
            0x2475, 0x2476, 0x2477, 0x2478, 0x2479, 0x247a, 0x247b, 0x247c, 0x2488, 0x2489,
            0x248a, 0x248b, 0x248c, 0x248d, 0x248e, 0x248f, 0x2490, 0x24ea, 0x24f5, 0x24f6,
            0x24f7, 0x24f8, 0x24f9, 0x24fa, 0x24fb, 0x24fc, 0x24fd, 0x24ff, 0x2776, 0x2777,
            0x2778, 0x2779, 0x277a, 0x277b, 0x277c, 0x277d, 0x277e, 0x2780, 0x2781, 0x2782,
            0x2783, 0x2784, 0x2785, 0x2786, 0x2787, 0x2788, 0x278a, 0x278b, 0x278c, 0x278d,
            0x278e, 0x278f, 0x2790, 0x2791, 0x2792, 0x10a40, 0x10a41, 0x10a42, 0x10a43, 0x10e60,
            0x10e61, 0x10e62, 0x10e63, 0x10e64, 0x10e65, 0x10e66, 0x10e67, 0x10e68, 0x11052, 0x11053,
            0x11054, 0x11055, 0x11056, 0x11057, 0x11058, 0x11059, 0x1105a, 0x1f100, 0x1f101, 0x1f102,
            0x1f103, 0x1f104, 0x1f105, 0x1f106, 0x1f107, 0x1f108, 0x1f109, 0x1f10a
    };

    /**
     * Code points Java counts as identifier characters but Python's XID properties exclude (their
     * NFKC forms are not identifiers, or they are Pattern_Syntax).
     */
    private static final int[] NOT_XID = {
            0x37a, 0x2e2f, 0x309b, 0x309c, 0xfc5e, 0xfc5f, 0xfc60, 0xfc61, 0xfc62, 0xfc63, 0xfdfa, 0xfdfb,
            0xfe70, 0xfe72, 0xfe74, 0xfe76, 0xfe78, 0xfe7a, 0xfe7c, 0xfe7e
    };

    /** XID_Continue characters that cannot start an identifier although Java says they can. */
    private static final int[] NOT_XID_START = {0xe33, 0xeb3, 0xff9e, 0xff9f};

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
        return isDecimal(c) || (c >= 0xb2 && java.util.Arrays.binarySearch(DIGITS_NOT_DECIMAL, c) >= 0);
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
        return Character.isUnicodeIdentifierStart(c) && !Character.isIdentifierIgnorable(c)
                && java.util.Arrays.binarySearch(NOT_XID, c) < 0 && java.util.Arrays.binarySearch(NOT_XID_START, c) < 0;
    }

    /** XID_Continue. */
    public static boolean isIdentifierPart(int c) {
        if (c < 128) {
            return c == '_' || isAlpha(c) || (c >= '0' && c <= '9');
        }
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c)
                && java.util.Arrays.binarySearch(NOT_XID, c) < 0;
    }
}
