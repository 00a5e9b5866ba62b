package org.weft.python.parser;

import java.util.Arrays;
import org.weft.python.ast.Located;
import org.weft.python.lexer.Lexer;
import org.weft.python.lexer.LexerError;
import org.weft.python.lexer.SourceText;
import org.weft.python.lexer.Token;
import org.weft.python.lexer.TokenType;

/**
 * The parser's view of the tokens: a buffer filled from the lexer on demand, with a cursor that
 * can be marked and reset for the few rules that look ahead. Also builds syntax errors, because
 * it knows the source lines and the filename.
 */
final class TokenStream {
    private final Lexer lexer;
    private final SourceText src;
    private final String filename;
    private Token[] buf = new Token[64];
    private int size;
    private int pos;

    TokenStream(Lexer lexer, String filename) {
        this.lexer = lexer;
        this.src = lexer.source();
        this.filename = filename;
    }

    SourceText source() {
        return src;
    }

    String filename() {
        return filename;
    }

    /** The token {@code k} places ahead of the cursor. */
    Token la(int k) {
        while (pos + k >= size) {
            fill();
        }
        return buf[pos + k];
    }

    Token peek() {
        return la(0);
    }

    TokenType type() {
        return la(0).type();
    }

    boolean at(TokenType t) {
        return la(0).type() == t;
    }

    Token next() {
        Token t = la(0);
        pos++;
        return t;
    }

    /**
     * The last token consumed, skipping NEWLINE, INDENT and DEDENT: where a node being built ends.
     * Compare CPython {@code _PyPegen_get_last_nonnwhitespace_token}.
     */
    Token prev() {
        int i = pos - 1;
        while (i > 0 && isWhitespace(buf[i].type())) {
            i--;
        }
        return buf[i];
    }

    private static boolean isWhitespace(TokenType t) {
        return t == TokenType.NEWLINE || t == TokenType.INDENT || t == TokenType.DEDENT;
    }

    boolean accept(TokenType t) {
        if (la(0).type() == t) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes a token of type {@code t}, or fails with "invalid syntax" at the current token. */
    Token expect(TokenType t) {
        if (la(0).type() != t) {
            throw invalidSyntax();
        }
        return next();
    }

    /** The token at an absolute index (one already fetched, e.g. a mark). */
    Token tokenAt(int index) {
        while (index >= size) {
            fill();
        }
        return buf[index];
    }

    int mark() {
        return pos;
    }

    void reset(int mark) {
        pos = mark;
    }

    /** The furthest token fetched so far: where CPython reports a generic "invalid syntax". */
    Token furthest() {
        return buf[size - 1];
    }

    private void fill() {
        if (size == buf.length) {
            buf = Arrays.copyOf(buf, size * 2);
        }
        try {
            buf[size] = lexer.next();
        } catch (LexerError e) {
            throw fromLexer(e);
        }
        size++;
    }

    /** Tokenizes the rest of the input and returns the first tokenizer error, or null. */
    SyntaxErrorException scanRestForErrors() {
        try {
            while (furthest() == null || furthest().type() != TokenType.ENDMARKER) {
                fill();
            }
            return null;
        } catch (SyntaxErrorException e) {
            return e;
        }
    }

    SyntaxErrorException fromLexer(LexerError e) {
        SyntaxErrorException.Kind kind = switch (e.kind) {
            case SYNTAX_ERROR -> SyntaxErrorException.Kind.SYNTAX_ERROR;
            case INDENTATION_ERROR -> SyntaxErrorException.Kind.INDENTATION_ERROR;
            case TAB_ERROR -> SyntaxErrorException.Kind.TAB_ERROR;
        };
        return new SyntaxErrorException(kind, e.getMessage(), filename, e.lineno, e.offset, e.endLineno,
                e.endOffset, e.text, e.incomplete, !e.atEof, true);
    }

    // ---- errors at known places (compare the RAISE_* macros in CPython's pegen.h) --------------

    /** "invalid syntax" at the current token, or the indentation error an INDENT/DEDENT means. */
    SyntaxErrorException invalidSyntax() {
        Token t = la(0);
        if (t.type() == TokenType.INDENT) {
            return indentationError("unexpected indent", t);
        }
        if (t.type() == TokenType.DEDENT) {
            return indentationError("unexpected unindent", t);
        }
        if (t.type() == TokenType.ENDMARKER) {
            // CPython's end marker has no column and sits on the last line.
            int line = Math.max(1, src.lineCount());
            return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, "invalid syntax", filename,
                    line, 0, line, 0, src.line(line, true), true, false);
        }
        return error("invalid syntax", t);
    }

    private SyntaxErrorException indentationError(String msg, Token t) {
        return new SyntaxErrorException(SyntaxErrorException.Kind.INDENTATION_ERROR, msg, filename,
                t.line(), t.endCol(), t.line(), -1, src.line(t.line(), true), false, false);
    }

    /** An error spanning one token; at the end of input, more input might fix it. */
    SyntaxErrorException error(String msg, Token t) {
        if (t.type() == TokenType.ENDMARKER) {
            return atEnd(SyntaxErrorException.Kind.SYNTAX_ERROR, msg);
        }
        return error(msg, t.line(), t.col(), t.endLine(), t.endCol());
    }

    /** An error from the start of {@code a} to the end of {@code b}. */
    SyntaxErrorException error(String msg, Located a, Located b) {
        return error(msg, a.lineno(), a.colOffset(), b.endLineno(), b.endColOffset());
    }

    SyntaxErrorException error(String msg, Located a) {
        return error(msg, a, a);
    }

    /** An error from a token to the end of a node. */
    SyntaxErrorException error(String msg, Token a, Located b) {
        return error(msg, a.line(), a.col(), b.endLineno(), b.endColOffset());
    }

    /** An error from the start of token {@code a} to the end of token {@code b}. */
    SyntaxErrorException error(String msg, Token a, Token b) {
        return error(msg, a.line(), a.col(), b.endLine(), b.endCol());
    }

    /** An error from a node to the end of a token. */
    SyntaxErrorException error(String msg, Located a, Token b) {
        return error(msg, a.lineno(), a.colOffset(), b.endLine(), b.endCol());
    }

    /** 0-based columns in, CPython's 1-based offsets out. */
    SyntaxErrorException error(String msg, int line, int col, int endLine, int endCol) {
        return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, filename,
                line, col + 1, endLine, endCol + 1, src.line(line, true), false, false);
    }

    /**
     * An error at the end marker, which has no column in CPython: it sits at the end of the last
     * line read, its offset that line's length with the newline, with no end, and more input might
     * fix it (pegen.c _PyPegen_raise_error).
     */
    private SyntaxErrorException atEnd(SyntaxErrorException.Kind kind, String msg) {
        int line = Math.max(1, src.lineCount());
        String text = src.line(line, true);
        return new SyntaxErrorException(kind, msg, filename, line, text.codePointCount(0, text.length()), line, -1,
                text, true, false);
    }

    SyntaxErrorException indentedBlockExpected(String what, int stmtLine) {
        Token t = la(0);
        String msg = "expected an indented block after " + what + " on line " + stmtLine;
        if (t.type() == TokenType.ENDMARKER || (t.type() == TokenType.DEDENT && onlyDedentsLeft())) {
            return atEnd(SyntaxErrorException.Kind.INDENTATION_ERROR, msg);
        }
        if (t.type() == TokenType.DEDENT) {
            // CPython's DEDENT has no column either: the error sits where the tokenizer stood on the
            // line that dedents, after its indentation, with no end (pegen.c _PyPegen_raise_error).
            return new SyntaxErrorException(SyntaxErrorException.Kind.INDENTATION_ERROR, msg, filename,
                    t.line(), t.col(), t.line(), -1, src.line(t.line(), true), false, false);
        }
        return new SyntaxErrorException(SyntaxErrorException.Kind.INDENTATION_ERROR, msg, filename,
                t.line(), t.col() + 1, t.endLine(), t.endCol() + 1, src.line(t.line(), true), false, false);
    }

    /** True when the tokens from the current one on are DEDENTs and then the end marker: input ended in a block. */
    private boolean onlyDedentsLeft() {
        for (int k = 0;; k++) {
            TokenType type = la(k).type();
            if (type != TokenType.DEDENT) {
                return type == TokenType.ENDMARKER;
            }
        }
    }
}
