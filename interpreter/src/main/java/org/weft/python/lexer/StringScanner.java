package org.weft.python.lexer;

/**
 * Scans one string literal from its opening quote (the prefix already consumed) to just past its
 * closing quote. Escapes are only skipped here; {@link StringDecoder} gives them meaning.
 * Compare the string branch of CPython {@code tok_get}.
 */
final class StringScanner {
    private final Lexer lx;

    StringScanner(Lexer lx) {
        this.lx = lx;
    }

    /** {@code start} is where the token (prefix included) starts. */
    void scan(int start) {
        int firstLine = lx.line;
        int firstLineStart = lx.lineStart;
        int quote = lx.nextChar();
        int quoteSize = 1;
        int endQuoteSize = 0;
        int c = lx.nextChar();
        if (c == quote) {
            c = lx.nextChar();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1;
            }
        }
        if (c != quote && c != -1) {
            lx.pos--;
        }
        while (endQuoteSize != quoteSize) {
            c = lx.nextChar();
            if (c == -1 || quoteSize == 1 && c == '\n') {
                throw unterminated(start, firstLine, firstLineStart, quoteSize, c == -1);
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    c = lx.nextChar();
                }
            }
            if (c == '\n') {
                lx.newLine();
            }
        }
    }

    private LexerError unterminated(int start, int firstLine, int firstLineStart, int quoteSize, boolean atEof) {
        // At EOF CPython's line counter still shows the last line read, not the one after it.
        int detectedAt = atEof && lx.src.at(lx.pos - 1) == '\n' ? lx.line - 1 : lx.line;
        String text = lx.src.line(firstLine, false);
        int offset = start - firstLineStart + 1;
        if (quoteSize == 3) {
            return new LexerError(LexerError.Kind.SYNTAX_ERROR,
                    "unterminated triple-quoted string literal (detected at line " + detectedAt + ")",
                    firstLine, offset, firstLine, offset, text, atEof, false);
        }
        return new LexerError(LexerError.Kind.SYNTAX_ERROR,
                "unterminated string literal (detected at line " + detectedAt + ")",
                firstLine, offset, firstLine, offset, text, false, false);
    }
}
