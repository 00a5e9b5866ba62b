package org.weft.python.unicode;

/**
 * The properties of unicodedata (CPython's unicodedata.c database records) as CPython 3.11 gives
 * them: the generated {@link Unicode14Database} tables first, then the JDK.
 */
public final class UnicodeDatabase {

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
}
