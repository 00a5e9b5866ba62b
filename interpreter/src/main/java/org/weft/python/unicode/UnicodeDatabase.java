package org.weft.python.unicode;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The properties of unicodedata (CPython's unicodedata.c database records) as CPython 3.11 gives
 * them: the generated {@link Unicode14Database} tables first, then the JDK.
 */
public final class UnicodeDatabase {

    /** The code points of Unicode14Names' names, built on first use (holder idiom) and never changed. */
    private static final class NewNames {
        static final Map<String, Integer> CODE_POINTS = index();

        private static Map<String, Integer> index() {
            Map<String, Integer> m = new HashMap<>();
            for (int i = 0; i < Unicode14Names.NAMES.length; i++) {
                m.put(Unicode14Names.NAMES[i], Unicode14Names.NAME.firstWithValue(i));
            }
            return Map.copyOf(m);
        }
    }

    private UnicodeDatabase() {
    }

    /** unicodedata.category. */
    public static String category(int c) {
        int v = Unicode14Database.CATEGORY.get(c, -1);
        return v >= 0 ? Unicode14Database.CATEGORY_NAMES[v] : JdkUnicode.category(c);
    }

    /** unicodedata.bidirectional. */
    public static String bidirectional(int c) {
        int v = Unicode14Database.BIDIRECTIONAL.get(c, -1);
        return v >= 0 ? Unicode14Database.BIDIRECTIONAL_NAMES[v] : JdkUnicode.bidirectional(c);
    }

    /** unicodedata.mirrored. */
    public static boolean isMirrored(int c) {
        int v = Unicode14Database.MIRRORED.get(c, -1);
        return v >= 0 ? v == 1 : JdkUnicode.isMirrored(c);
    }

    /** unicodedata.combining: the canonical combining class. */
    public static int combining(int c) {
        int v = Unicode14Database.COMBINING.get(c, -1);
        return v >= 0 ? v : JdkCombiningClass.combining(c);
    }

    /** unicodedata.name, or null where the character has none. CPython: _getucname in unicodedata.c. */
    public static String name(int c) {
        if (c >= HANGUL_FIRST && c < HANGUL_FIRST + 11172) {
            return hangulName(c - HANGUL_FIRST);
        }
        if (isUnifiedIdeograph(c)) {
            return "CJK UNIFIED IDEOGRAPH-" + Integer.toHexString(c).toUpperCase(Locale.ROOT);
        }
        return listedName(c);
    }

    // Hangul syllable names are made from the short names of their jamo (Unicode 3.12, Jamo.txt)
    private static final int HANGUL_FIRST = 0xAC00;
    private static final String[] JAMO_L = "G GG N D DD R M B BB S SS - J JJ C K T P H".split(" ");
    private static final String[] JAMO_V = "A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I".split(" ");
    private static final String[] JAMO_T = "- G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H".split(" ");

    private static String hangulName(int index) {
        StringBuilder sb = new StringBuilder("HANGUL SYLLABLE ");
        for (String part : new String[] {JAMO_L[index / (21 * 28)], JAMO_V[index % (21 * 28) / 28], JAMO_T[index % 28]}) {
            if (!part.equals("-")) {
                sb.append(part);
            }
        }
        return sb.toString();
    }

    // CPython: is_unified_ideograph in unicodedata.c, for Unicode 14
    private static boolean isUnifiedIdeograph(int c) {
        return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2B738) || (c >= 0x2B740 && c <= 0x2B81D) || (c >= 0x2B820 && c <= 0x2CEA1)
                || (c >= 0x2CEB0 && c <= 0x2EBE0) || (c >= 0x30000 && c <= 0x3134A);
    }

    /** The name UnicodeData lists for {@code c}: Unicode 14's where the JDK's differs. */
    private static String listedName(int c) {
        int v = Unicode14Names.NAME.get(c, -2);
        if (v == -2) {
            return JdkUnicode.name(c);
        }
        return v >= 0 ? Unicode14Names.NAMES[v] : null;
    }

    /**
     * The code point named {@code name} (upper case) among those the JDK does not know, else the
     * JDK's {@link Character#codePointOf}, which also takes the JDK's own made-up names: -1 for none.
     */
    public static int codePointOf(String name) {
        Integer c = NewNames.CODE_POINTS.get(name);
        if (c != null) {
            return c;
        }
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
