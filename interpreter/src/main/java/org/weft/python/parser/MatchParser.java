package org.weft.python.parser;

import static org.weft.python.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import org.weft.python.ast.Expr;
import org.weft.python.ast.ExprContext;
import org.weft.python.ast.MatchCase;
import org.weft.python.ast.Pattern;
import org.weft.python.ast.Stmt;
import org.weft.python.lexer.Token;
import org.weft.python.lexer.TokenType;

/**
 * The {@code match} statement (PEP 634). {@code match} and {@code case} are soft keywords: a
 * statement starting with the name {@code match} is a match statement only if a subject and
 * {@code ':'} NEWLINE follow, which is decided by parsing ahead and resetting, as CPython's PEG
 * parser does. The patterns themselves are in {@link PatternParser}.
 */
final class MatchParser {
    private final Grammar g;
    private final TokenStream ts;

    MatchParser(Grammar g) {
        this.g = g;
        this.ts = g.ts;
    }

    /** At a NAME {@code match}: whether a match statement starts here. Leaves the cursor where it was. */
    boolean isMatchStatement() {
        TokenType next = ts.la(1).type();
        if (!ExpressionParser.startsExpression(next) && next != STAR) {
            return false;
        }
        int mark = ts.mark();
        int depth = g.depth;
        try {
            ts.next();
            subject();
            return ts.at(COLON) && ts.la(1).is(NEWLINE);
        } catch (SyntaxErrorException e) {
            if (e.lexical) {
                throw e;
            }
            return false;
        } finally {
            ts.reset(mark);
            g.depth = depth;
        }
    }

    /**
     * A statement starting with {@code match} that is no valid simple statement either: when
     * {@code match} and a subject end the line, CPython's {@code invalid_match_stmt} says
     * "expected ':'"; otherwise the simple statement's error stands.
     */
    SyntaxErrorException missingColonOr(int mark, SyntaxErrorException original) {
        int depth = g.depth;
        ts.reset(mark);
        try {
            ts.next();
            subject();
        } catch (SyntaxErrorException e) {
            return original;
        } finally {
            g.depth = depth;
        }
        if (ts.at(NEWLINE)) {
            return ts.error("expected ':'", ts.peek());
        }
        // CPython reports the furthest token any rule reached: here, maybe the match statement's
        Token stop = ts.at(COLON) ? ts.la(1) : ts.peek();
        boolean further = stop.line() > original.lineno()
                || stop.line() == original.lineno() && stop.col() + 1 > original.offset();
        return further ? ts.error("invalid syntax", stop) : original;
    }

    Stmt matchStatement() {
        Token s = ts.next();
        Expr subject = subject();
        g.compounds.colon();
        ts.expect(NEWLINE);
        if (!ts.at(INDENT)) {
            throw ts.indentedBlockExpected("'match' statement", s.line());
        }
        ts.next();
        List<MatchCase> cases = new ArrayList<>();
        do {
            cases.add(caseBlock());
        } while (!ts.accept(DEDENT));
        Token e = ts.prev();
        return new Stmt.Match(subject, cases, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /** {@code subject_expr}: a named expression, or an unparenthesized tuple of them. */
    private Expr subject() {
        Token s = ts.peek();
        Expr first = g.expressions.starNamedExpression();
        if (!ts.at(COMMA)) {
            if (first instanceof Expr.Starred) {
                throw ts.invalidSyntax();
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.accept(COMMA) && (ExpressionParser.startsExpression(ts.type()) || ts.at(STAR))) {
            elts.add(g.expressions.starNamedExpression());
        }
        Token e = ts.prev();
        return new Expr.Tuple(elts, ExprContext.Load, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private MatchCase caseBlock() {
        Token c = ts.peek();
        if (!c.isName("case")) {
            throw ts.invalidSyntax();
        }
        ts.next();
        Pattern pattern = g.patterns.patterns();
        Expr guard = ts.accept(IF) ? g.expressions.namedExpression() : null;
        g.compounds.colon();
        List<org.weft.python.ast.Stmt> body = g.compounds.block("'case' statement", c.line());
        return new MatchCase(pattern, guard, body);
    }
}
