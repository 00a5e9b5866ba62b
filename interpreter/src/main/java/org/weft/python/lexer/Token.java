package org.weft.python.lexer;

/**
 * One token. Lines are 1-based, columns 0-based code-point offsets; the end is exclusive.
 * {@code text} is the exact source text (for a string, prefix and quotes included; for INDENT,
 * DEDENT and ENDMARKER the empty string).
 */
public record Token(TokenType type, String text, int line, int col, int endLine, int endCol) {

    public boolean is(TokenType t) {
        return type == t;
    }

    /** True for a NAME token spelling {@code name}: used for soft keywords. */
    public boolean isName(String name) {
        return type == TokenType.NAME && text.equals(name);
    }
}
