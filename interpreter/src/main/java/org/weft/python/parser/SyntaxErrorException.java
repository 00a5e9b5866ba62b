package org.weft.python.parser;

/**
 * A syntax error in Python source, with the fields of CPython's {@code SyntaxError}. This is a
 * Java exception for the parser's callers; the runtime turns it into the Python exception object
 * named by {@link #kind} and formats the report.
 *
 * <p>{@code lineno} and {@code endLineno} are 1-based; {@code offset} and {@code endOffset} are
 * 1-based code-point columns, exactly as CPython sets them (CPython sometimes uses 0 or -1 for the
 * end; those values are kept). {@code text} is the offending source line as CPython keeps it
 * (usually with its newline).
 */
public final class SyntaxErrorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The Python exception class: {@code SyntaxError} or its subclasses. */
    public enum Kind {
        SYNTAX_ERROR("SyntaxError"), INDENTATION_ERROR("IndentationError"), TAB_ERROR("TabError");

        private final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }

        /** The Python class name, e.g. {@code "IndentationError"}. */
        public String pythonName() {
            return pythonName;
        }
    }

    private final Kind kind;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;
    private final boolean incomplete;
    /** Raised by the tokenizer rather than by a grammar rule; decides which error wins, as in CPython. */
    final boolean fromTokenizer;
    /** Raised by the lexer at all (also at end of input): a parse that looks ahead must not swallow it. */
    final boolean lexical;

    SyntaxErrorException(Kind kind, String msg, String filename, int lineno, int offset,
                         int endLineno, int endOffset, String text, boolean incomplete, boolean fromTokenizer) {
        this(kind, msg, filename, lineno, offset, endLineno, endOffset, text, incomplete, fromTokenizer, false);
    }

    SyntaxErrorException(Kind kind, String msg, String filename, int lineno, int offset, int endLineno,
                         int endOffset, String text, boolean incomplete, boolean fromTokenizer, boolean lexical) {
        super(msg + " (" + filename + ", line " + lineno + ")");
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
        this.incomplete = incomplete;
        this.fromTokenizer = fromTokenizer;
        this.lexical = lexical;
    }

    SyntaxErrorException withIncomplete(boolean value) {
        return new SyntaxErrorException(kind, msg, filename, lineno, offset, endLineno, endOffset, text,
                value, fromTokenizer, lexical);
    }

    SyntaxErrorException withMessage(String newMsg) {
        return new SyntaxErrorException(kind, newMsg, filename, lineno, offset, endLineno, endOffset, text,
                incomplete, fromTokenizer, lexical);
    }

    SyntaxErrorException withPlace(int newOffset, int newEndOffset, String newText) {
        return new SyntaxErrorException(kind, msg, filename, lineno, newOffset, endLineno, newEndOffset, newText,
                incomplete, fromTokenizer, lexical);
    }

    public Kind kind() {
        return kind;
    }

    /** The message alone, as {@code SyntaxError.msg}. */
    public String msg() {
        return msg;
    }

    public String filename() {
        return filename;
    }

    public int lineno() {
        return lineno;
    }

    public int offset() {
        return offset;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endOffset() {
        return endOffset;
    }

    /** The source line, or null when CPython gives none. */
    public String text() {
        return text;
    }

    /**
     * True when the source is an unfinished prefix of valid code: it ended inside brackets, a
     * triple-quoted string, after a backslash, or where an indented block was required. A REPL
     * (or Jupyter's {@code is_complete}) asks for more lines instead of reporting the error.
     */
    public boolean incomplete() {
        return incomplete;
    }
}
