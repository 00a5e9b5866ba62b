package org.weft.kernel.completion;

import org.weft.python.Interpreter;

/** Python identifiers in source text, as the lexer reads them (Unicode letters, digits, {@code _}). */
final class Identifiers {
    private Identifiers() {
    }

    static boolean isPart(int cp) {
        return cp == '_' || Character.isLetterOrDigit(cp)
                || (cp > 127 && Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp));
    }

    /** Where the identifier characters that end at {@code end} begin ({@code end} when there are none). */
    static int start(String text, int end) {
        int s = end;
        while (s > 0) {
            int cp = text.codePointBefore(s);
            if (!isPart(cp)) {
                break;
            }
            s -= Character.charCount(cp);
        }
        return s;
    }

    /** A complete name: does not start with a digit. */
    static boolean isIdentifier(String s) {
        return !s.isEmpty() && !Character.isDigit(s.codePointAt(0)) && s.codePoints().allMatch(Identifiers::isPart);
    }

    /** True when the identifier that ends at {@code end} is a keyword ({@code in [1].}, {@code return (}). */
    static boolean isKeywordBefore(String text, int end) {
        return Interpreter.keywords().contains(text.substring(start(text, end), end));
    }
}
