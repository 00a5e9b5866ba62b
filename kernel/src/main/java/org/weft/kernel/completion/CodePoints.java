package org.weft.kernel.completion;

/**
 * Converts between Jupyter cursor positions, which count Unicode code points, and Java string
 * indexes, which count UTF-16 units. They differ as soon as a cell holds a character outside the
 * Basic Multilingual Plane (an emoji, say).
 */
public final class CodePoints {
    private CodePoints() {
    }

    /** The UTF-16 index of code point position {@code cursor}, clamped to the text. */
    public static int toIndex(String text, int cursor) {
        int count = text.codePointCount(0, text.length());
        int cp = Math.max(0, Math.min(cursor, count));
        return text.offsetByCodePoints(0, cp);
    }

    /** The code point position of UTF-16 index {@code index}. */
    public static int toCursor(String text, int index) {
        return text.codePointCount(0, Math.max(0, Math.min(index, text.length())));
    }
}
