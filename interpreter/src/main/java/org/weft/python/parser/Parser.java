package org.weft.python.parser;

import static org.weft.python.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import org.weft.python.ast.Expr;
import org.weft.python.ast.Mod;
import org.weft.python.ast.Stmt;
import org.weft.python.lexer.Lexer;
import org.weft.python.lexer.SourceText;
import org.weft.python.lexer.Token;

/**
 * The front end's entry point: Python source text to an abstract syntax tree.
 *
 * <pre>{@code
 * Mod tree = Parser.parse("x = 1\n", "<cell>", Mode.EXEC);   // a Mod.Module
 * }</pre>
 *
 * <p>Parsing is single-threaded per call and keeps no state between calls, so any number of
 * threads may parse at once.
 */
public final class Parser {
    private Parser() {
    }

    /**
     * Parses {@code source} as CPython's {@code compile(source, filename, mode)} would.
     *
     * @param source   the program text; {@code \r\n} and {@code \r} count as newlines
     * @param filename the name reported in syntax errors, e.g. {@code "<string>"}
     * @param mode     {@link Mode#EXEC} gives a {@link Mod.Module}, {@link Mode#EVAL} a
     *                 {@link Mod.Expression}, {@link Mode#SINGLE} a {@link Mod.Interactive}
     * @return the tree
     * @throws SyntaxErrorException with CPython's message and location if the source is not valid
     */
    public static Mod parse(String source, String filename, Mode mode) {
        TokenStream ts = new TokenStream(new Lexer(new SourceText(source)), filename);
        Grammar g = new Grammar(ts);
        try {
            switch (mode) {
                case EVAL: return evalInput(g);
                case SINGLE: return singleInput(g);
                default: return fileInput(g);
            }
        } catch (SyntaxErrorException e) {
            SyntaxErrorException r = preferTokenizerError(ts, e);
            throw mode == Mode.EXEC ? r : withoutAddedNewline(r, ts.source());
        }
    }

    /**
     * CPython's tokenizer adds the missing final newline only for exec input: for eval and single
     * input the error's text has none, and an error at that implicit newline has offset 0 and
     * end offset 0 (compile('1 +', 's', 'eval')).
     */
    private static SyntaxErrorException withoutAddedNewline(SyntaxErrorException e, SourceText src) {
        int last = src.lineCount();
        if (!src.addedNewline() || e.lineno() != last || e.text() == null || !e.text().endsWith("\n")) {
            return e;
        }
        String text = e.text().substring(0, e.text().length() - 1);
        boolean atNewline = e.offset() == text.codePointCount(0, text.length()) + 1;
        return e.withPlace(atNewline ? 0 : e.offset(), atNewline ? 0 : e.endOffset(), text);
    }

    private static Mod fileInput(Grammar g) {
        List<Stmt> body = new ArrayList<>();
        while (!g.ts.at(ENDMARKER)) {
            body.addAll(g.statements.statement());
        }
        return new Mod.Module(body);
    }

    private static Mod evalInput(Grammar g) {
        if (g.ts.at(ENDMARKER)) {
            throw g.ts.error("invalid syntax", 0, -1, 0, -1);
        }
        Expr body = g.expressions.expressions();
        while (g.ts.accept(NEWLINE)) {
            // trailing blank lines
        }
        if (!g.ts.at(ENDMARKER)) {
            throw g.ts.invalidSyntax();
        }
        return new Mod.Expression(body);
    }

    private static Mod singleInput(Grammar g) {
        TokenStream ts = g.ts;
        if (ts.at(ENDMARKER)) {
            throw ts.error("invalid syntax", 0, -1, 0, -1);
        }
        List<Stmt> body = g.statements.statement();
        Token end = ts.tokenAt(ts.mark() - 1);
        while (ts.accept(NEWLINE)) {
            // the blank line that ends a compound statement at the prompt
        }
        if (!ts.at(ENDMARKER)) {
            throw ts.error("multiple statements found while compiling a single statement", end);
        }
        return new Mod.Interactive(body);
    }

    /**
     * After a grammar error, CPython tokenizes the rest of the input, and a tokenizer error found
     * there wins (compare {@code _PyPegen_tokenize_full_source_to_check_for_errors}); an unclosed
     * bracket wins only if it opened on an earlier line than the grammar error. An unexpected
     * indent or unindent is reported without that scan (CPython's _PyPegen_set_syntax_error
     * returns first), and the scan stops at a bad indentation without raising it: the
     * tokenizer only records E_DEDENT, E_TABSPACE or E_TOODEEP, which the parser never reads.
     */
    private static SyntaxErrorException preferTokenizerError(TokenStream ts, SyntaxErrorException e) {
        if (e.fromTokenizer || e.msg().endsWith("was never closed") || e.msg().startsWith("unexpected EOF")
                || e.msg().equals("unexpected indent") || e.msg().equals("unexpected unindent")) {
            return e;
        }
        int furthestLine = ts.furthest().line();
        SyntaxErrorException later = ts.scanRestForErrors();
        if (later == null || later.kind() != SyntaxErrorException.Kind.SYNTAX_ERROR) {
            return e;
        }
        if (later.fromTokenizer) {
            return later;
        }
        if (later.msg().endsWith("was never closed") && furthestLine > later.lineno()) {
            return later;
        }
        return e;
    }

    /**
     * Parses the expression of an f-string replacement field, {@code [start, end)} of the
     * outer stream's source, as CPython 3.11 does: as if parenthesized, with messages prefixed
     * "f-string: ".
     */
    static Expr parseFStringExpression(TokenStream outer, int start, int end) {
        SourceText src = outer.source();
        int line = lineOf(src, start);
        Lexer lexer = Lexer.forFStringExpression(src, start, end, line, src.lineStart(line));
        TokenStream ts = new TokenStream(lexer, outer.filename());
        Grammar g = new Grammar(ts);
        g.depth = 1;
        try {
            // 3.11 parses the field as "(expr)", so a bare yield is allowed, and a lone starred
            // expression meets invalid_group's message
            if (ts.at(DOUBLESTAR)) {
                throw ts.error("f-string: cannot use double starred expression here", ts.peek());
            }
            Expr e = ts.at(YIELD) ? g.expressions.yieldExpr() : g.expressions.starExpressions();
            if (!ts.at(ENDMARKER)) {
                throw ts.invalidSyntax();
            }
            if (e instanceof Expr.Starred) {
                throw ts.error("f-string: cannot use starred expression here", e);
            }
            return e instanceof Expr.Tuple t && !ts.tokenAt(0).is(LPAR) ? widenToBraces(t, src, start, end) : e;
        } catch (SyntaxErrorException e) {
            throw e.msg().startsWith("f-string") ? e : e.withMessage("f-string: " + e.msg());
        }
    }

    /**
     * CPython 3.11 parses a field's expression as {@code (expr)} and maps the added parentheses
     * onto the field's delimiters, so a bare tuple {@code f'{a, b}'} spans them.
     */
    private static Expr widenToBraces(Expr.Tuple t, SourceText src, int start, int end) {
        int startLine = lineOf(src, start - 1);
        int endLine = lineOf(src, end);
        return new Expr.Tuple(t.elts(), t.ctx(), startLine, start - 1 - src.lineStart(startLine), endLine,
                end + 1 - src.lineStart(endLine));
    }

    private static int lineOf(SourceText src, int index) {
        int lo = 1;
        int hi = src.lineCount();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (src.lineStart(mid) <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
