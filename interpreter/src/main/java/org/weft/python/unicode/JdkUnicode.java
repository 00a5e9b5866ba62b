package org.weft.python.unicode;

import java.util.Locale;

/**
 * Each Unicode property that Python exposes, as the running JDK's {@link Character} database
 * answers it, with no correction. Java 17 has Unicode 13 and Java 25 Unicode 16 where CPython 3.11
 * has 14, and some JDK notions are near but not equal to Python's (Java has no Numeric_Type=Digit,
 * no full case folding); the generated {@code Unicode14*} tables hold CPython's answer wherever
 * one of those JDKs gives another, and are consulted before this class. The generator
 * (tools/unicode/gen_unicode14_tables.py) reads these same methods through
 * tools/unicode/DumpJdkUnicode.java, so a table is exactly the difference from what is here.
 */
public final class JdkUnicode {

    private JdkUnicode() {
    }

    /** Letters: Lu, Ll, Lt, Lm, Lo. */
    public static boolean isAlpha(int c) {
        return Character.isLetter(c);
    }

    /** Numeric_Type=Decimal, which for the JDK is category Nd. */
    public static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** Numeric_Type Decimal or Digit: the JDK knows only Nd. */
    public static boolean isDigit(int c) {
        return isDecimal(c);
    }

    /** Any Numeric_Type: for the JDK, categories Nd, Nl and No. */
    public static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** The Uppercase property (Lu and Other_Uppercase). */
    public static boolean isUpper(int c) {
        return Character.isUpperCase(c);
    }

    /** The Lowercase property (Ll and Other_Lowercase). */
    public static boolean isLower(int c) {
        return Character.isLowerCase(c);
    }

    /** Category Lt. */
    public static boolean isTitle(int c) {
        return Character.isTitleCase(c);
    }

    /** The Cased property: Uppercase, Lowercase or Lt. */
    public static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    /** Case_Ignorable: Mn, Me, Cf, Lm, Sk, and the Word_Break MidLetter, MidNumLet and Single_Quote marks. */
    public static boolean isCaseIgnorable(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL
                || c == '\'' || c == '.' || c == ':' || c == 0xb7 || c == 0x387 || c == 0x55f || c == 0x5f4
                || c == 0x2018 || c == 0x2019 || c == 0x2024 || c == 0x2027 || c == 0xfe13 || c == 0xfe52
                || c == 0xfe55 || c == 0xff07 || c == 0xff0e || c == 0xff1a;
    }

    /** XID_Start, or the underscore: what may begin a Python identifier. */
    public static boolean isIdentifierStart(int c) {
        return c == '_' || Character.isUnicodeIdentifierStart(c) && !Character.isIdentifierIgnorable(c);
    }

    /** XID_Continue: what may follow in a Python identifier. */
    public static boolean isIdentifierPart(int c) {
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    /** The decimal value of an Nd character, or -1. */
    public static int decimalValue(int c) {
        return isDecimal(c) ? Character.digit(c, 10) : -1;
    }

    /** The full lower-case mapping of {@code c} alone (no final sigma: nothing precedes it). */
    public static String lower(int c) {
        return Character.toString(c).toLowerCase(Locale.ROOT);
    }

    /** The full upper-case mapping of {@code c}. */
    public static String upper(int c) {
        return Character.toString(c).toUpperCase(Locale.ROOT);
    }

    /** The full title-case mapping of {@code c} (as 'ß' -> 'Ss', 'ǆ' -> 'ǅ'), pieced together from the JDK's mappings. */
    public static String title(int c) {
        int t = Character.toTitleCase(c);
        if (t != c || !Character.isLowerCase(c)) {
            return Character.toString(t);
        }
        String up = upper(c);
        if (up.codePointCount(0, up.length()) == 1) {
            return Character.toString(t);
        }
        int first = up.codePointAt(0);
        if (!isCased(first)) {
            return up; // as 'ŉ' -> 'ʼN': Unicode keeps the upper form when it starts uncased
        }
        String rest = up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
        if (c >= 0x1f80 && c <= 0x1fff && rest.endsWith("\u03b9")) {
            // Greek with ypogegrammeni: the title form keeps the iota subscript (U+0345).
            rest = rest.substring(0, rest.length() - 1) + "\u0345";
        }
        return Character.toString(Character.toTitleCase(first)) + rest;
    }

    /** Full case folding, which the JDK lacks, approximated as the lower case of the upper case. */
    public static String casefold(int c) {
        return upper(c).toLowerCase(Locale.ROOT);
    }

    /** The Bidi_Mirrored property. */
    public static boolean isMirrored(int c) {
        return Character.isMirrored(c);
    }

    /**
     * The character's name in UnicodeData, or null: Character.getName makes up "BLOCK NAME XXXX"
     * for code points the file gives no name, which are exactly those Python says have none.
     */
    public static String name(int cp) {
        String n = Character.getName(cp);
        if (n == null || Character.getType(cp) == Character.CONTROL) {
            return null;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        if (block != null && n.equals(block.toString().replace('_', ' ') + " "
                + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT))) {
            return null;
        }
        return n;
    }

    /** The two-letter General_Category value, as unicodedata.category gives it. */
    public static String category(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER -> "Lu";
            case Character.LOWERCASE_LETTER -> "Ll";
            case Character.TITLECASE_LETTER -> "Lt";
            case Character.MODIFIER_LETTER -> "Lm";
            case Character.OTHER_LETTER -> "Lo";
            case Character.NON_SPACING_MARK -> "Mn";
            case Character.COMBINING_SPACING_MARK -> "Mc";
            case Character.ENCLOSING_MARK -> "Me";
            case Character.DECIMAL_DIGIT_NUMBER -> "Nd";
            case Character.LETTER_NUMBER -> "Nl";
            case Character.OTHER_NUMBER -> "No";
            case Character.CONNECTOR_PUNCTUATION -> "Pc";
            case Character.DASH_PUNCTUATION -> "Pd";
            case Character.START_PUNCTUATION -> "Ps";
            case Character.END_PUNCTUATION -> "Pe";
            case Character.INITIAL_QUOTE_PUNCTUATION -> "Pi";
            case Character.FINAL_QUOTE_PUNCTUATION -> "Pf";
            case Character.OTHER_PUNCTUATION -> "Po";
            case Character.MATH_SYMBOL -> "Sm";
            case Character.CURRENCY_SYMBOL -> "Sc";
            case Character.MODIFIER_SYMBOL -> "Sk";
            case Character.OTHER_SYMBOL -> "So";
            case Character.SPACE_SEPARATOR -> "Zs";
            case Character.LINE_SEPARATOR -> "Zl";
            case Character.PARAGRAPH_SEPARATOR -> "Zp";
            case Character.CONTROL -> "Cc";
            case Character.FORMAT -> "Cf";
            case Character.SURROGATE -> "Cs";
            case Character.PRIVATE_USE -> "Co";
            default -> "Cn";
        };
    }

    /** The Bidi_Class value, as unicodedata.bidirectional gives it ("" where none). */
    public static String bidirectional(int cp) {
        return switch (Character.getDirectionality(cp)) {
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> "L";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT -> "R";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> "AL";
            case Character.DIRECTIONALITY_EUROPEAN_NUMBER -> "EN";
            case Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR -> "ES";
            case Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR -> "ET";
            case Character.DIRECTIONALITY_ARABIC_NUMBER -> "AN";
            case Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR -> "CS";
            case Character.DIRECTIONALITY_NONSPACING_MARK -> "NSM";
            case Character.DIRECTIONALITY_BOUNDARY_NEUTRAL -> "BN";
            case Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR -> "B";
            case Character.DIRECTIONALITY_SEGMENT_SEPARATOR -> "S";
            case Character.DIRECTIONALITY_WHITESPACE -> "WS";
            case Character.DIRECTIONALITY_OTHER_NEUTRALS -> "ON";
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING -> "LRE";
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE -> "LRO";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING -> "RLE";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE -> "RLO";
            case Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT -> "PDF";
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE -> "LRI";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE -> "RLI";
            case Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE -> "FSI";
            case Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> "PDI";
            default -> "";
        };
    }
}
