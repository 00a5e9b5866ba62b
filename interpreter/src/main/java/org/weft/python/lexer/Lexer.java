package org.weft.python.lexer;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.weft.python.unicode.UnicodeType;

/**
 * The tokenizer. Call {@link #next()} until it returns {@link TokenType#ENDMARKER}; errors are
 * thrown as {@link LexerError} when the offending token is reached.
 *
 * <p>Compare CPython {@code tok_get} in {@code Parser/tokenizer.c} (3.11): the structure, the
 * order of checks and the error positions follow it, so the same input fails with the same message
 * at the same place. Numbers and strings are scanned by {@link NumberScanner} and
 * {@link StringScanner}.
 */
public final class Lexer {
    private static final int TABSIZE = 8;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;
    private static final Map<String, TokenType> KEYWORDS = keywordTable();

    final SourceText src;
    private final int end;
    /** Inside an f-string replacement field: lines are always joined, as inside brackets. */
    private final boolean joined;
    int pos;
    int line;
    int lineStart;

    private final int[] indents = new int[MAXINDENT];
    private final int[] altIndents = new int[MAXINDENT];
    private int indent;
    private int pendingIndents;
    private boolean atLineStart;
    private boolean blankLine;

    private final int[] parenChars = new int[MAXLEVEL];
    private final int[] parenLines = new int[MAXLEVEL];
    private final int[] parenCols = new int[MAXLEVEL];
    private int level;

    /** A lexer for a whole module, interactive statement or expression. */
    public Lexer(SourceText src) {
        this(src, 0, src.length(), 1, 0, false);
    }

    private Lexer(SourceText src, int start, int end, int line, int lineStart, boolean joined) {
        this.src = src;
        this.end = end;
        this.pos = start;
        this.line = line;
        this.lineStart = lineStart;
        this.joined = joined;
        this.atLineStart = !joined;
    }

    /**
     * A lexer for the expression of an f-string replacement field: {@code [start, end)} of
     * {@code src}, starting at 1-based {@code line} whose first code point is at {@code lineStart}.
     * Positions of its tokens are positions in {@code src}.
     */
    public static Lexer forFStringExpression(SourceText src, int start, int end, int line, int lineStart) {
        return new Lexer(src, start, end, line, lineStart, true);
    }

    public SourceText source() {
        return src;
    }

    /** Current bracket nesting depth. */
    public int level() {
        return level;
    }

    /** The next token. After ENDMARKER, returns ENDMARKER again. */
    public Token next() {
        while (true) {
            if (atLineStart) {
                atLineStart = false;
                measureIndentation();
            }
            if (pendingIndents != 0) {
                return indentToken();
            }
            Token t = scanToken();
            if (t != null) {
                return t;
            }
        }
    }

    int peek(int ahead) {
        int i = pos + ahead;
        return i < end ? src.at(i) : -1;
    }

    int nextChar() {
        return pos < end ? src.at(pos++) : -1;
    }

    // ---- indentation ------------------------------------------------------------------------

    private void measureIndentation() {
        int col = 0;
        int altcol = 0;
        int contLineCol = 0;
        blankLine = false;
        while (true) {
            int c = peek(0);
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol++;
            } else if (c == '\f') {
                col = altcol = 0;
            } else if (c == '\\') {
                // Indentation cannot be split over lines: the first backslash decides it.
                contLineCol = contLineCol != 0 ? contLineCol : col;
                continuationLine();
                continue;
            } else {
                blankLine = c == '#' || c == '\n';
                break;
            }
            pos++;
        }
        if (!blankLine && level == 0) {
            if (contLineCol != 0) {
                col = altcol = contLineCol;
            }
            compareIndentation(col, altcol);
        }
    }

    private void compareIndentation(int col, int altcol) {
        if (col == indents[indent]) {
            if (altcol != altIndents[indent]) {
                throw tabError();
            }
        } else if (col > indents[indent]) {
            if (indent + 1 >= MAXINDENT) {
                throw parserLevelError(LexerError.Kind.INDENTATION_ERROR, "too many levels of indentation");
            }
            if (altcol <= altIndents[indent]) {
                throw tabError();
            }
            pendingIndents++;
            indent++;
            indents[indent] = col;
            altIndents[indent] = altcol;
        } else {
            while (indent > 0 && col < indents[indent]) {
                pendingIndents--;
                indent--;
            }
            if (col != indents[indent]) {
                String text = src.line(line, true);
                throw new LexerError(LexerError.Kind.INDENTATION_ERROR,
                        "unindent does not match any outer indentation level",
                        line, text.codePointCount(0, text.length()), line, -1, text, false, false);
            }
            if (altcol != altIndents[indent]) {
                throw tabError();
            }
        }
    }

    private LexerError tabError() {
        return parserLevelError(LexerError.Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation");
    }

    /** An error CPython raises from the parser side: offset 1, end offset 0, text with newline. */
    private LexerError parserLevelError(LexerError.Kind kind, String msg) {
        return new LexerError(kind, msg, line, 1, line, 0, src.line(line, true), false, false);
    }

    private Token indentToken() {
        int col = pos - lineStart;
        if (pendingIndents < 0) {
            pendingIndents++;
            return new Token(TokenType.DEDENT, "", line, col, line, col);
        }
        pendingIndents--;
        return new Token(TokenType.INDENT, "", line, 0, line, col);
    }

    /** Consumes a backslash and the newline after it. Compare CPython {@code tok_continuation_line}. */
    private void continuationLine() {
        pos++;
        int c = nextChar();
        if (c != '\n') {
            String text = src.line(line, true);
            throw new LexerError(LexerError.Kind.SYNTAX_ERROR,
                    "unexpected character after line continuation character",
                    line, pos - lineStart, line, 0, text, false, false);
        }
        int backslashLine = line;
        newLine();
        if (peek(0) == -1) {
            String text = src.line(backslashLine, true);
            throw new LexerError(LexerError.Kind.SYNTAX_ERROR, "unexpected EOF while parsing",
                    backslashLine, text.codePointCount(0, text.length()), backslashLine, -1, text, true, true);
        }
    }

    void newLine() {
        line++;
        lineStart = pos;
    }

    // ---- tokens -----------------------------------------------------------------------------

    /** One token, or null when the scan only skipped something (a joined newline, a blank line). */
    private Token scanToken() {
        int c = peek(0);
        while (c == ' ' || c == '\t' || c == '\f') {
            pos++;
            c = peek(0);
        }
        int start = pos;
        if (c == '#') {
            while (c != '\n' && c != -1) {
                pos++;
                c = peek(0);
            }
        }
        if (c == -1) {
            return endOfInput();
        }
        if (isPotentialIdentifierStart(c)) {
            return identifierOrString(start);
        }
        if (c == '\n') {
            pos++;
            int col = start - lineStart;
            int tokLine = line;
            newLine();
            atLineStart = !joined;
            if (blankLine || level > 0 || joined) {
                return null;
            }
            // Zero width, as CPython's NEWLINE token: errors placed on it point just past the line.
            return new Token(TokenType.NEWLINE, "", tokLine, col, tokLine, col);
        }
        if (c >= '0' && c <= '9' || c == '.' && isDigit(peek(1))) {
            new NumberScanner(this).scan();
            return token(TokenType.NUMBER, start);
        }
        if (c == '\'' || c == '"') {
            new StringScanner(this).scan(start);
            return token(TokenType.STRING, start);
        }
        if (c == '\\') {
            continuationLine();
            return null;
        }
        if (!isPrintable(c)) {
            pos++;
            throw error(String.format("invalid non-printable character U+%04X", c));
        }
        return operator(start, c);
    }

    private Token endOfInput() {
        if (level > 0) {
            int i = level - 1;
            String text = src.line(parenLines[i], true);
            throw new LexerError(LexerError.Kind.SYNTAX_ERROR,
                    "'" + Character.toString(parenChars[i]) + "' was never closed",
                    parenLines[i], parenCols[i] + 1, parenLines[i], 0, text, true, true);
        }
        int col = pos - lineStart;
        return new Token(TokenType.ENDMARKER, "", line, col, line, col);
    }

    private Token token(TokenType type, int start) {
        int startLine = line;
        int startCol = start - lineStart;
        if (start < lineStart) {
            // A multi-line string: find the line it started on.
            startLine = line;
            while (src.lineStart(startLine) > start) {
                startLine--;
            }
            startCol = start - src.lineStart(startLine);
        }
        return new Token(type, src.text(start, pos), startLine, startCol, line, pos - lineStart);
    }

    private Token identifierOrString(int start) {
        boolean sawB = false, sawR = false, sawU = false, sawF = false;
        int c = peek(0);
        while (true) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            pos++;
            c = peek(0);
            if (c == '"' || c == '\'') {
                new StringScanner(this).scan(start);
                return token(TokenType.STRING, start);
            }
        }
        boolean nonAscii = false;
        while (isPotentialIdentifierChar(c)) {
            nonAscii |= c >= 128;
            pos++;
            c = peek(0);
        }
        String text = src.text(start, pos);
        if (nonAscii) {
            verifyIdentifier(start);
            text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        }
        TokenType kw = KEYWORDS.get(text);
        return new Token(kw != null ? kw : TokenType.NAME, text, line, start - lineStart, line, pos - lineStart);
    }

    /** Compare CPython {@code verify_identifier}: report the first code point that cannot be in a name. */
    private void verifyIdentifier(int start) {
        for (int i = start; i < pos; i++) {
            int c = src.at(i);
            boolean ok = i == start
                    ? UnicodeType.isIdentifierStart(c)
                    : UnicodeType.isIdentifierPart(c);
            if (!ok) {
                pos = i + 1;
                if (isPrintable(c)) {
                    throw error(String.format("invalid character '%s' (U+%04X)", Character.toString(c), c));
                }
                throw error(String.format("invalid non-printable character U+%04X", c));
            }
        }
    }

    private Token operator(int start, int c) {
        TokenType type = Operators.match(c, peek(1), peek(2));
        pos += type == TokenType.ERRORTOKEN ? 1 : type.spelling().length();
        trackBrackets(c, start);
        return new Token(type, src.text(start, pos), line, start - lineStart, line, pos - lineStart);
    }

    /** Compare the bracket bookkeeping in CPython {@code tok_get}. */
    private void trackBrackets(int c, int start) {
        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAXLEVEL) {
                    throw error("too many nested parentheses");
                }
                parenChars[level] = c;
                parenLines[level] = line;
                parenCols[level] = start - lineStart;
                level++;
            }
            case ')', ']', '}' -> {
                if (level == 0) {
                    throw error("unmatched '" + (char) c + "'");
                }
                level--;
                int opening = parenChars[level];
                if (!(opening == '(' && c == ')' || opening == '[' && c == ']' || opening == '{' && c == '}')) {
                    String msg = "closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                            + (char) opening + "'";
                    if (parenLines[level] != line) {
                        msg += " on line " + parenLines[level];
                    }
                    throw error(msg);
                }
            }
            default -> { }
        }
    }

    // ---- errors and character classes --------------------------------------------------------

    /** Compare CPython tokenizer {@code syntaxerror}: the offset is where the cursor stands. */
    LexerError error(String msg) {
        int col = pos - lineStart;
        return new LexerError(LexerError.Kind.SYNTAX_ERROR, msg, line, col, line, col,
                src.line(line, false), false, false);
    }

    /** Compare CPython {@code syntaxerror_known_range}. */
    LexerError errorRange(String msg, int colOffset, int endColOffset) {
        return new LexerError(LexerError.Kind.SYNTAX_ERROR, msg, line, colOffset, line, endColOffset,
                src.line(line, false), false, false);
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isPotentialIdentifierStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 128;
    }

    static boolean isPotentialIdentifierChar(int c) {
        return isPotentialIdentifierStart(c) || isDigit(c);
    }

    /** Python's {@code str.isprintable} for one code point. */
    static boolean isPrintable(int c) {
        return UnicodeType.isPrintable(c);
    }

    private static Map<String, TokenType> keywordTable() {
        Map<String, TokenType> m = new HashMap<>();
        for (TokenType t : TokenType.values()) {
            if (t.isKeyword()) {
                m.put(t.spelling(), t);
            }
        }
        return Map.copyOf(m);
    }
}
