package org.weft.kernel.syntax;

/**
 * One token as CPython's {@code tokenize.TokenInfo} gives it. Rows are 1-based, columns 0-based
 * indexes into the physical line (Java chars). {@code line} is the physical line the token starts
 * on (for a multi-line string, all of its lines), as {@code TokenInfo.line}.
 */
record TokenInfo(Type type, String string, int startRow, int startCol, int endRow, int endCol, String line) {

    /** The token types {@code tokenize} yields (no ENCODING: this tokenizer reads strings). */
    enum Type { NAME, NUMBER, STRING, OP, COMMENT, NL, NEWLINE, INDENT, DEDENT, ENDMARKER, ERRORTOKEN }

    boolean is(Type t) {
        return type == t;
    }

    /** INDENT and DEDENT carry no text of their own; transforms skip them to find a line's first token. */
    boolean isIndentation() {
        return type == Type.INDENT || type == Type.DEDENT;
    }
}
