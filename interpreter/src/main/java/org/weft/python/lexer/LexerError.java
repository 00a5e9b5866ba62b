package org.weft.python.lexer;

/**
 * A tokenizer error, with the location fields of CPython's {@code SyntaxError} ({@code offset} and
 * {@code endOffset} 1-based, as CPython reports them). The parser turns it into its public
 * exception, adding the file name.
 */
public final class LexerError extends RuntimeException {
    /** Which Python exception class CPython raises. */
    public enum Kind { SYNTAX_ERROR, INDENTATION_ERROR, TAB_ERROR }

    public final Kind kind;
    public final int lineno;
    public final int offset;
    public final int endLineno;
    public final int endOffset;
    /** The source line; without its newline, as CPython's tokenizer reports it. */
    public final String text;
    /** True when more input could make this error go away (EOF inside a string or after a backslash). */
    public final boolean incomplete;
    /** True for the "was never closed" and EOF errors, raised by CPython's parser, not tokenizer. */
    public final boolean atEof;

    public LexerError(Kind kind, String msg, int lineno, int offset, int endLineno, int endOffset,
                      String text, boolean incomplete, boolean atEof) {
        super(msg);
        this.kind = kind;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
        this.incomplete = incomplete;
        this.atEof = atEof;
    }
}
