package org.weft.python.unicode;

/**
 * Per-code-point character properties as Python defines them (CPython's unicodectype.c): ASCII
 * answered here, then the generated {@link Unicode14Types} tables, which hold CPython 3.11's answer
 * (Unicode 14) wherever Java 17 (Unicode 13) or Java 25 (Unicode 16) differs, then the JDK
 * ({@link JdkUnicode}). A table's first range lies above Latin-1, so those code points cost one
 * comparison more than the JDK call.
 */
public final class UnicodeType {

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
        int v = Unicode14Types.ALPHA.get(c, -1);
        return v >= 0 ? v == 1 : JdkUnicode.isAlpha(c);
    }

    /** Category Nd. */
    public static boolean isDecimal(int c) {
        if (c < 128) {
            return c >= '0' && c <= '9';
        }
        int v = Unicode14Types.DECIMAL.get(c, -1);
        return v >= 0 ? v == 1 : JdkUnicode.isDecimal(c);
    }

    /** The value of a decimal digit (category Nd), or -1. */
    public static int decimalValue(int c) {
        if (c < 128) {
            return c >= '0' && c <= '9' ? c - '0' : -1;
        }
        int v = Unicode14Types.DECIMAL_VALUE.get(c, Integer.MIN_VALUE);
        return v != Integer.MIN_VALUE ? v : JdkUnicode.decimalValue(c);
    }

    /** Numeric_Type Decimal or Digit: Nd, plus digits such as superscripts and circled digits. */
    public static boolean isDigit(int c) {
        if (c < 128) {
            return c >= '0' && c <= '9';
        }
        int v = Unicode14Types.DIGIT.get(c, -1);
        return v >= 0 ? v == 1 : JdkUnicode.isDigit(c);
    }

    /** Any Numeric_Type: Nd, Nl, No, and numeric ideographs (Unihan's kPrimaryNumeric and kin). */
    public static boolean isNumeric(int c) {
        if (c < 128) {
            return c >= '0' && c <= '9';
        }
        int v = Unicode14Types.NUMERIC.get(c, -1);
        return v >= 0 ? v == 1 : JdkUnicode.isNumeric(c);
    }

    /** {@code c.isalnum()}: alpha, decimal, digit or numeric. */
    public static boolean isAlnum(int c) {
        return isAlpha(c) || isNumeric(c);
    }

    public static boolean isUpper(int c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z';
        }
        int v = Unicode14Types.UPPER.get(c, -1);
        return v >= 0 ? v == 1 : JdkUnicode.isUpper(c);
    }

    public static boolean isLower(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z';
        }
        int v = Unicode14Types.LOWER.get(c, -1);
        return v >= 0 ? v == 1 : JdkUnicode.isLower(c);
    }

    public static boolean isTitle(int c) {
        if (c < 128) {
            return false;
        }
        int v = Unicode14Types.TITLE.get(c, -1);
        return v >= 0 ? v == 1 : JdkUnicode.isTitle(c);
    }

    /** Cased: upper, lower or title case. CPython: _PyUnicode_IsCased. */
    public static boolean isCased(int c) {
        if (c < 128) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        int v = Unicode14Types.CASED.get(c, -1);
        return v >= 0 ? v == 1 : JdkUnicode.isCased(c);
    }

    /** Case-ignorable (Unicode's definition, used for the final sigma rule). */
    public static boolean isCaseIgnorable(int c) {
        if (c < 128) {
            return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`';
        }
        int v = Unicode14Types.CASE_IGNORABLE.get(c, -1);
        return v >= 0 ? v == 1 : JdkUnicode.isCaseIgnorable(c);
    }

    /** XID_Start or underscore. */
    public static boolean isIdentifierStart(int c) {
        if (c < 128) {
            return c == '_' || isAlpha(c);
        }
        int v = Unicode14Types.IDENTIFIER_START.get(c, -1);
        return v >= 0 ? v == 1 : JdkUnicode.isIdentifierStart(c);
    }

    /** XID_Continue. */
    public static boolean isIdentifierPart(int c) {
        if (c < 128) {
            return c == '_' || isAlpha(c) || (c >= '0' && c <= '9');
        }
        int v = Unicode14Types.IDENTIFIER_PART.get(c, -1);
        return v >= 0 ? v == 1 : JdkUnicode.isIdentifierPart(c);
    }

    /** {@code str.isidentifier}: an identifier start, then identifier parts. CPython: PyUnicode_IsIdentifier. */
    public static boolean isIdentifier(String v) {
        if (v.isEmpty() || !isIdentifierStart(v.codePointAt(0))) {
            return false;
        }
        for (int i = Character.charCount(v.codePointAt(0)); i < v.length(); ) {
            int c = v.codePointAt(i);
            if (!isIdentifierPart(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * Python's notion of printable: not in the Unicode categories Other (Cc, Cf, Cs, Co, Cn) or
     * Separator (Zl, Zp, Zs), except the ASCII space. CPython: _PyUnicode_IsPrintable.
     */
    public static boolean isPrintable(int cp) {
        if (cp < 0x7f) {
            return cp >= ' ';
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR:
                return false;
            case Character.UNASSIGNED:
                return UnicodeAdditions.isPrintable(cp);
            default:
                return !UnicodeAdditions.isLater(cp);
        }
    }
}
