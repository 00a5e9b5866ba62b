package org.weft.python.lexer;

/**
 * The parts of a STRING token's text: prefix flags and the body between the quotes.
 * {@code bodyStart} is the code-point offset of the body within the token text.
 */
public record StringLiteral(boolean bytes, boolean raw, boolean fstring, boolean unicode,
                            int quoteSize, String body, int bodyStart) {

    /** Splits a STRING token's text, e.g. {@code rb'''x'''}. */
    public static StringLiteral of(String tokenText) {
        boolean bytes = false, raw = false, fstring = false, unicode = false;
        int i = 0;
        while (true) {
            char c = tokenText.charAt(i);
            if (c == 'b' || c == 'B') {
                bytes = true;
            } else if (c == 'r' || c == 'R') {
                raw = true;
            } else if (c == 'f' || c == 'F') {
                fstring = true;
            } else if (c == 'u' || c == 'U') {
                unicode = true;
            } else {
                break;
            }
            i++;
        }
        char q = tokenText.charAt(i);
        int quoteSize = tokenText.length() - i >= 6 && tokenText.charAt(i + 1) == q && tokenText.charAt(i + 2) == q
                ? 3 : 1;
        String body = tokenText.substring(i + quoteSize, tokenText.length() - quoteSize);
        return new StringLiteral(bytes, raw, fstring, unicode, quoteSize, body, i + quoteSize);
    }
}
