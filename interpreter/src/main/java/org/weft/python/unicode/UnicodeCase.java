package org.weft.python.unicode;

import java.util.Locale;

/**
 * The full case mappings of one code point as CPython 3.11 makes them (str.lower, upper, title,
 * casefold): the generated {@link Unicode14Case} tables first, then the JDK. Whole strings that
 * hold none of the table's code points may go to {@link String#toUpperCase(Locale)} directly.
 */
public final class UnicodeCase {

    private static final int ABSENT = Integer.MAX_VALUE;

    private UnicodeCase() {
    }

    /** Whether {@code s.toUpperCase(Locale.ROOT)} is CPython's {@code s.upper()}. */
    public static boolean isJdkUpper(String s) {
        return noneIn(Unicode14Case.UPPER, s);
    }

    /**
     * Whether {@code s.toLowerCase(Locale.ROOT)} is CPython's {@code s.lower()}: a capital sigma
     * takes CPython's final-sigma rule, whose Cased and Case_Ignorable properties may differ from
     * the JDK's.
     */
    public static boolean isJdkLower(String s) {
        return s.indexOf('\u03a3') < 0 && noneIn(Unicode14Case.LOWER, s);
    }

    /** The full upper-case mapping of {@code c}. */
    public static String upper(int c) {
        String m = mapped(Unicode14Case.UPPER, c);
        return m != null ? m : JdkUnicode.upper(c);
    }

    /** The full lower-case mapping of {@code c} with nothing around it (so Σ gives σ). */
    public static String lower(int c) {
        String m = mapped(Unicode14Case.LOWER, c);
        return m != null ? m : JdkUnicode.lower(c);
    }

    /**
     * Appends the full lower-case mapping of {@code c} with nothing around it: {@link #lower}
     * without building a string, since Java's only one-to-many lower-case mapping (in the root
     * locale, context aside) is U+0130's.
     */
    public static void appendLower(StringBuilder sb, int c) {
        String m = mapped(Unicode14Case.LOWER, c);
        if (m != null) {
            sb.append(m);
        } else if (c == 0x130) {
            sb.append("i\u0307");
        } else {
            sb.appendCodePoint(Character.toLowerCase(c));
        }
    }

    /** The full title-case mapping of {@code c}. */
    public static String title(int c) {
        String m = mapped(Unicode14Case.TITLE, c);
        return m != null ? m : JdkUnicode.title(c);
    }

    /** The full case folding of {@code c}. */
    public static String casefold(int c) {
        String m = mapped(Unicode14Case.FOLD, c);
        return m != null ? m : JdkUnicode.casefold(c);
    }

    private static String mapped(CodePointRanges table, int c) {
        int v = table.get(c, ABSENT);
        if (v == ABSENT) {
            return null;
        }
        if (v < Unicode14Case.LONG / 2) {
            return Unicode14Case.LONG_MAPPINGS[v - Unicode14Case.LONG];
        }
        return Character.toString(c + v);
    }

    private static boolean noneIn(CodePointRanges table, String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char ch = s.charAt(i);
            if (ch >= 0x80) {
                int c = Character.isHighSurrogate(ch) ? s.codePointAt(i) : ch;
                if (table.get(c, ABSENT) != ABSENT) {
                    return false;
                }
            }
        }
        return true;
    }
}
