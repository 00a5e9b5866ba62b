package org.weft.kernel.syntax;

/**
 * The string-literal parts of {@code tokenize}'s regular expressions ({@code ContStr} and
 * {@code endpats}), scanned by hand: a regex loop over escapes recurses once per escape in Java
 * and overflows the stack on a long string, which a cell of pasted data easily holds.
 */
final class StringScan {

    /** What {@link #firstLine} found. */
    static final int NO_MATCH = -1;

    private StringScan() {
    }

    /** The length of the string prefix ({@code rb}, {@code f}, ...) before a quote at {@code pos}, or -1. */
    static int prefixLength(String line, int pos) {
        for (int k = 0; k <= 2 && pos + k < line.length(); k++) {
            char c = line.charAt(pos + k);
            if (c == '\'' || c == '"') {
                return TokenPatterns.isPrefix(line.substring(pos, pos + k)) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * {@code ContStr}: a one-quote string whose quote is at {@code quotePos}. Returns the end of the
     * closed string, or the end of the line when it runs on after a backslash (the token then ends
     * with a newline), or {@link #NO_MATCH}.
     */
    static int firstLine(String line, int quotePos) {
        char quote = line.charAt(quotePos);
        int i = quotePos + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == quote) {
                return i + 1;
            }
            if (c == '\n') {
                return NO_MATCH;
            }
            if (c == '\\') {
                if (line.startsWith("\n", i + 1) || line.startsWith("\r\n", i + 1)) {
                    return line.indexOf('\n', i) + 1;
                }
                if (i + 1 >= line.length()) {
                    return NO_MATCH;
                }
                i++;
            }
            i++;
        }
        return NO_MATCH;
    }

    /**
     * {@code endpats}: where the rest of a string, read from {@code from}, is closed by {@code quote}
     * (three of them when {@code triple}); the position after the closing quote, or -1 when this
     * line does not close it. Escapes skip any character but a newline, as the regex's {@code \\.}.
     */
    static int closing(String line, int from, char quote, boolean triple) {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\') {
                if (i + 1 >= line.length() || line.charAt(i + 1) == '\n') {
                    return -1;
                }
                i += 2;
            } else if (c == quote && (!triple || line.startsWith(String.valueOf(quote).repeat(3), i))) {
                return i + (triple ? 3 : 1);
            } else {
                i++;
            }
        }
        return -1;
    }
}
