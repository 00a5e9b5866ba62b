package org.weft.python.parser;

import static org.weft.python.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import org.weft.python.ast.Arguments;
import org.weft.python.ast.ExceptHandler;
import org.weft.python.ast.Expr;
import org.weft.python.ast.Stmt;
import org.weft.python.ast.WithItem;
import org.weft.python.lexer.Token;

/**
 * Compound statements: {@code if}, {@code while}, {@code for}, {@code try}, {@code with},
 * function and class definitions with their decorators, and blocks. {@code match} is in
 * {@link MatchParser}. Compare CPython's {@code compound_stmt} rules and their
 * {@code invalid_*_stmt} diagnostics ("expected ':'", "expected an indented block after ...").
 */
final class CompoundParser {
    private final Grammar g;
    private final TokenStream ts;

    CompoundParser(Grammar g) {
        this.g = g;
        this.ts = g.ts;
    }

    Stmt compoundStatement() {
        Token s = ts.peek();
        switch (s.type()) {
            case IF: return ifStatement();
            case WHILE: return whileStatement();
            case FOR: return forStatement(s, false);
            case TRY: return tryStatement();
            case WITH: return withStatement(s, false);
            case DEF: return functionDef(s, List.of(), false);
            case CLASS: return classDef(List.of());
            case AT: return decorated();
            case ASYNC: return asyncStatement();
            default: return g.matches.matchStatement();
        }
    }

    boolean isMatchStatement() {
        return g.matches.isMatchStatement();
    }

    /** A ':' where CPython reports "expected ':'" only if the line ends instead. */
    void colon() {
        if (ts.accept(COLON)) {
            return;
        }
        if (ts.at(NEWLINE)) {
            throw ts.error("expected ':'", ts.peek());
        }
        throw ts.invalidSyntax();
    }

    /** A ':' that CPython forces ({@code &&':'}): anything else is "expected ':'". */
    private void forcedColon() {
        if (!ts.accept(COLON)) {
            throw ts.error("expected ':'", ts.peek());
        }
    }

    /**
     * {@code block}: an indented suite or simple statements on the same line. {@code what} and
     * {@code line} name the statement for "expected an indented block after ...".
     */
    List<Stmt> block(String what, int line) {
        if (!ts.accept(NEWLINE)) {
            return g.statements.simpleStatements();
        }
        if (!ts.at(INDENT)) {
            throw ts.indentedBlockExpected(what, line);
        }
        ts.next();
        List<Stmt> body = new ArrayList<>();
        while (!ts.accept(DEDENT)) {
            body.addAll(g.statements.statement());
        }
        return body;
    }

    private Stmt ifStatement() {
        Token s = ts.next();
        Expr test = g.expressions.namedExpression();
        colon();
        List<Stmt> body = block(s.is(IF) ? "'if' statement" : "'elif' statement", s.line());
        List<Stmt> orelse = List.of();
        if (ts.at(ELIF)) {
            orelse = List.of(ifStatement());
        } else if (ts.at(ELSE)) {
            orelse = elseBlock();
        }
        Token e = ts.prev();
        return new Stmt.If(test, body, orelse, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private List<Stmt> elseBlock() {
        Token s = ts.next();
        forcedColon();
        return block("'else' statement", s.line());
    }

    private List<Stmt> optionalElse() {
        return ts.at(ELSE) ? elseBlock() : List.of();
    }

    private Stmt whileStatement() {
        Token s = ts.next();
        Expr test = g.expressions.namedExpression();
        colon();
        List<Stmt> body = block("'while' statement", s.line());
        List<Stmt> orelse = optionalElse();
        Token e = ts.prev();
        return new Stmt.While(test, body, orelse, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private Stmt forStatement(Token s, boolean isAsync) {
        Token forToken = ts.expect(FOR);
        Expr target = g.targets.forTargets();
        ts.expect(IN);
        Expr iter = g.expressions.starExpressions();
        colon();
        List<Stmt> body = block("'for' statement", forToken.line());
        List<Stmt> orelse = optionalElse();
        Token e = ts.prev();
        return isAsync
                ? new Stmt.AsyncFor(target, iter, body, orelse, s.line(), s.col(), e.endLine(), e.endCol())
                : new Stmt.For(target, iter, body, orelse, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private Stmt asyncStatement() {
        Token s = ts.next();
        switch (ts.type()) {
            case DEF: return functionDef(s, List.of(), true);
            case WITH: return withStatement(s, true);
            default: return forStatement(s, true);
        }
    }

    private Stmt withStatement(Token s, boolean isAsync) {
        Token with = ts.expect(WITH);
        List<WithItem> items = ts.at(LPAR) ? parenthesizedWithItems() : null;
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (ts.accept(COMMA));
        }
        colon();
        List<Stmt> body = block("'with' statement", with.line());
        Token e = ts.prev();
        return isAsync ? new Stmt.AsyncWith(items, body, s.line(), s.col(), e.endLine(), e.endCol())
                : new Stmt.With(items, body, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /** {@code with (a as b, c):}, or null (cursor unmoved) when the parenthesis opens an expression. */
    private List<WithItem> parenthesizedWithItems() {
        int mark = ts.mark();
        int depth = g.depth;
        try {
            ts.next();
            g.depth++;
            List<WithItem> items = new ArrayList<>();
            do {
                if (ts.at(RPAR) && !items.isEmpty()) {
                    break;
                }
                items.add(withItem());
            } while (ts.accept(COMMA));
            g.depth--;
            // CPython's invalid_with_stmt: the items, ')' and the line's end is "expected ':'"
            if (ts.accept(RPAR) && (ts.at(COLON) || ts.at(NEWLINE))) {
                return items;
            }
        } catch (SyntaxErrorException e) {
            if (e.lexical) {
                throw e;
            }
        }
        g.depth = depth;
        ts.reset(mark);
        return null;
    }

    private WithItem withItem() {
        Expr context = g.expressions.expression();
        if (!ts.accept(AS)) {
            return new WithItem(context, null);
        }
        Expr target = g.targets.starTarget();
        return new WithItem(context, g.targets.toStore(target, TargetValidator.Purpose.STAR_TARGETS));
    }

    private Stmt tryStatement() {
        Token s = ts.next();
        forcedColon();
        List<Stmt> body = block("'try' statement", s.line());
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = ts.at(EXCEPT) && ts.la(1).is(STAR);
        while (ts.at(EXCEPT)) {
            handlers.add(exceptBlock(star));
        }
        List<Stmt> orelse = handlers.isEmpty() ? List.of() : optionalElse();
        List<Stmt> finalbody = List.of();
        if (ts.at(FINALLY)) {
            Token f = ts.next();
            forcedColon();
            finalbody = block("'finally' statement", f.line());
        } else if (handlers.isEmpty()) {
            throw ts.error("expected 'except' or 'finally' block", ts.peek());
        }
        Token e = ts.prev();
        return star ? new Stmt.TryStar(body, handlers, orelse, finalbody, s.line(), s.col(), e.endLine(), e.endCol())
                : new Stmt.Try(body, handlers, orelse, finalbody, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private ExceptHandler exceptBlock(boolean star) {
        Token s = ts.next();
        if (ts.at(STAR) != star) {
            Token t = star ? s : ts.peek();
            throw star ? ts.error("cannot have both 'except' and 'except*' on the same 'try'", s)
                    : ts.error("cannot have both 'except' and 'except*' on the same 'try'", s, t);
        }
        if (star) {
            ts.next();
            if (ts.at(NEWLINE) || ts.at(COLON)) {
                throw ts.error("expected one or more exception types", ts.peek());
            }
        }
        Expr type = null;
        String name = null;
        if (!ts.at(COLON) && !ts.at(NEWLINE)) { // a bare 'except' at the line's end: colon() says "expected ':'"
            type = g.expressions.expression();
            if (ts.at(COMMA)) {
                ts.next();
                g.expressions.expressions();
                throw ts.error("multiple exception types must be parenthesized", type, ts.prev());
            }
            if (ts.accept(AS)) {
                name = ts.expect(NAME).text();
            }
        }
        colon();
        List<Stmt> body = block(star ? "'except*' statement" : "'except' statement", s.line());
        Token e = ts.prev();
        return new ExceptHandler(type, name, body, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (ts.accept(AT)) {
            decorators.add(g.expressions.namedExpression());
            if (!ts.accept(NEWLINE)) {
                throw ts.invalidSyntax();
            }
        }
        Token s = ts.peek();
        if (s.is(CLASS)) {
            return classDef(decorators);
        }
        if (s.is(ASYNC) && ts.la(1).is(DEF)) {
            ts.next();
            return functionDef(s, decorators, true);
        }
        if (!s.is(DEF)) {
            throw ts.invalidSyntax();
        }
        return functionDef(s, decorators, false);
    }

    private Stmt functionDef(Token s, List<Expr> decorators, boolean isAsync) {
        Token def = ts.expect(DEF);
        String name = ts.expect(NAME).text();
        if (!ts.at(LPAR)) {
            throw ts.error("expected '('", ts.peek());
        }
        Arguments args = g.arguments.functionParameters();
        Expr returns = ts.accept(RARROW) ? g.expressions.expression() : null;
        forcedColon();
        List<Stmt> body = block("function definition", def.line());
        Token e = ts.prev();
        return isAsync
                ? new Stmt.AsyncFunctionDef(name, args, body, decorators, returns, s.line(), s.col(), e.endLine(),
                        e.endCol())
                : new Stmt.FunctionDef(name, args, body, decorators, returns, s.line(), s.col(), e.endLine(),
                        e.endCol());
    }

    private Stmt classDef(List<Expr> decorators) {
        Token s = ts.next();
        String name = ts.expect(NAME).text();
        CallParser.Args bases = ts.at(LPAR) ? g.calls.parenthesizedArguments(false)
                : new CallParser.Args(List.of(), List.of(), false);
        colon();
        List<Stmt> body = block("class definition", s.line());
        Token e = ts.prev();
        return new Stmt.ClassDef(name, bases.args(), bases.keywords(), body, decorators, s.line(), s.col(),
                e.endLine(), e.endCol());
    }
}
