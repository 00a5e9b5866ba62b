package org.weft.python.parser;

import static org.weft.python.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import org.weft.python.ast.Alias;
import org.weft.python.ast.Expr;
import org.weft.python.ast.ExprContext;
import org.weft.python.ast.Operator;
import org.weft.python.ast.Stmt;
import org.weft.python.lexer.Token;
import org.weft.python.lexer.TokenType;

/**
 * Statements: the dispatch between simple and compound statements, and every simple statement
 * (assignments of all kinds, expression statements, {@code return}, {@code import}, {@code del},
 * ...). Compare CPython's {@code statement}, {@code simple_stmts} and {@code assignment} rules.
 */
final class StatementParser {
    private final Grammar g;
    private final TokenStream ts;

    StatementParser(Grammar g) {
        this.g = g;
        this.ts = g.ts;
    }

    /** {@code statement}: one compound statement, or a line of simple statements. */
    List<Stmt> statement() {
        if (isCompoundStart()) {
            return List.of(g.compounds.compoundStatement());
        }
        if (ts.at(NAME) && ts.peek().text().equals("match")) {
            int mark = ts.mark();
            try {
                return simpleStatements();
            } catch (SyntaxErrorException e) {
                throw e.lexical ? e : g.matches.missingColonOr(mark, e);
            }
        }
        return simpleStatements();
    }

    private boolean isCompoundStart() {
        switch (ts.type()) {
            case DEF, AT, CLASS, IF, WITH, FOR, TRY, WHILE:
                return true;
            case ASYNC: // only 'async def/with/for' may follow; CPython's error points past 'async'
                return true;
            case NAME:
                return ts.peek().text().equals("match") && g.compounds.isMatchStatement();
            default:
                return false;
        }
    }

    /** {@code simple_stmts}: {@code ';'}-separated simple statements ending the line. */
    List<Stmt> simpleStatements() {
        List<Stmt> out = new ArrayList<>();
        do {
            out.add(simpleStatement());
        } while (ts.accept(SEMI) && !ts.at(NEWLINE));
        if (!ts.accept(NEWLINE)) {
            throw ts.invalidSyntax();
        }
        return out;
    }

    private Stmt simpleStatement() {
        Token s = ts.peek();
        switch (s.type()) {
            case RETURN: return returnStatement();
            case IMPORT: return importName();
            case FROM: return importFrom();
            case RAISE: return raiseStatement();
            case DEL: return delStatement();
            case ASSERT: return assertStatement();
            case GLOBAL:
            case NONLOCAL: return globalOrNonlocal();
            case PASS:
                ts.next();
                return new Stmt.Pass(s.line(), s.col(), s.endLine(), s.endCol());
            case BREAK:
                ts.next();
                return new Stmt.Break(s.line(), s.col(), s.endLine(), s.endCol());
            case CONTINUE:
                ts.next();
                return new Stmt.Continue(s.line(), s.col(), s.endLine(), s.endCol());
            default: return expressionStatement();
        }
    }

    /** An expression statement or any kind of assignment: all start with an expression. */
    private Stmt expressionStatement() {
        Token s = ts.peek();
        int start = ts.mark();
        Expr first = ts.at(YIELD) ? g.expressions.yieldExpr() : g.expressions.starExpressions();
        if (ts.at(EQUAL)) {
            return g.assignments.assignment(s, start, first);
        }
        if (ts.at(COLON)) {
            return g.assignments.annotated(s, first);
        }
        Operator op = augmentedOperator(ts.type());
        if (op != null) {
            return g.assignments.augmented(s, first, op);
        }
        if (ts.at(COLONEQUAL)) {
            misusedWalrus(first, start);
        }
        Token e = ts.prev();
        return new Stmt.Expr(first, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /**
     * {@code x.y := 1} as a statement: CPython's {@code invalid_named_expression} names what
     * stands before {@code :=} (the last item of a bare tuple); a bare name, a starred item or a
     * trailing comma is left to the plain "invalid syntax".
     */
    private void misusedWalrus(Expr first, int start) {
        Token before = ts.prev();
        Expr target = first;
        if (first instanceof Expr.Tuple t && !t.elts().isEmpty() && !wrappedInParens(start)) {
            target = t.elts().get(t.elts().size() - 1);
        }
        if (before.is(COMMA) || target instanceof Expr.Starred
                || target instanceof Expr.Name && before.is(NAME)) {
            return;
        }
        throw ts.error("cannot use assignment expressions with " + TargetValidator.exprName(target), target);
    }

    /** True when the tokens from {@code start} up to the current one are one parenthesized group. */
    private boolean wrappedInParens(int start) {
        if (!ts.tokenAt(start).is(LPAR)) {
            return false;
        }
        int end = ts.mark();
        int depth = 0;
        for (int i = start; i < end; i++) {
            Token t = ts.tokenAt(i);
            if (t.is(LPAR) || t.is(LSQB) || t.is(LBRACE)) {
                depth++;
            } else if (t.is(RPAR) || t.is(RSQB) || t.is(RBRACE)) {
                depth--;
                if (depth == 0 && i != end - 1) {
                    return false;
                }
            }
        }
        return true;
    }

    static Operator augmentedOperator(TokenType t) {
        switch (t) {
            case PLUSEQUAL: return Operator.Add;
            case MINEQUAL: return Operator.Sub;
            case STAREQUAL: return Operator.Mult;
            case ATEQUAL: return Operator.MatMult;
            case SLASHEQUAL: return Operator.Div;
            case PERCENTEQUAL: return Operator.Mod;
            case AMPEREQUAL: return Operator.BitAnd;
            case VBAREQUAL: return Operator.BitOr;
            case CIRCUMFLEXEQUAL: return Operator.BitXor;
            case LEFTSHIFTEQUAL: return Operator.LShift;
            case RIGHTSHIFTEQUAL: return Operator.RShift;
            case DOUBLESTAREQUAL: return Operator.Pow;
            case DOUBLESLASHEQUAL: return Operator.FloorDiv;
            default: return null;
        }
    }

    private Stmt returnStatement() {
        Token s = ts.next();
        Expr value = startsValue() ? g.expressions.starExpressions() : null;
        Token e = ts.prev();
        return new Stmt.Return(value, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private boolean startsValue() {
        return ExpressionParser.startsExpression(ts.type()) || ts.at(STAR);
    }

    private Stmt raiseStatement() {
        Token s = ts.next();
        Expr exc = null;
        Expr cause = null;
        if (ExpressionParser.startsExpression(ts.type())) {
            exc = g.expressions.expression();
            if (ts.accept(FROM)) {
                cause = g.expressions.expression();
            }
        }
        Token e = ts.prev();
        return new Stmt.Raise(exc, cause, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private Stmt assertStatement() {
        Token s = ts.next();
        Expr test = g.expressions.expression();
        Expr msg = ts.accept(COMMA) ? g.expressions.expression() : null;
        Token e = ts.prev();
        return new Stmt.Assert(test, msg, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private Stmt globalOrNonlocal() {
        Token s = ts.next();
        List<String> names = new ArrayList<>();
        do {
            names.add(ts.expect(NAME).text());
        } while (ts.accept(COMMA));
        Token e = ts.prev();
        return s.is(GLOBAL) ? new Stmt.Global(names, s.line(), s.col(), e.endLine(), e.endCol())
                : new Stmt.Nonlocal(names, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /** {@code del} targets; an unparenthesized list of them is several targets, not a tuple. */
    private Stmt delStatement() {
        Token s = ts.next();
        List<Expr> targets = new ArrayList<>();
        do {
            if (ts.at(NEWLINE) || ts.at(SEMI)) {
                break;
            }
            targets.add(g.targets.toDel(g.expressions.starExpression()));
        } while (ts.accept(COMMA));
        if (targets.isEmpty() || !ts.at(NEWLINE) && !ts.at(SEMI)) {
            throw ts.invalidSyntax();
        }
        Token e = ts.prev();
        return new Stmt.Delete(targets, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private Stmt importName() {
        Token s = ts.next();
        List<Alias> names = new ArrayList<>();
        do {
            Token n = ts.peek();
            String name = dottedName();
            String asname = ts.accept(AS) ? ts.expect(NAME).text() : null;
            Token e = ts.prev();
            names.add(new Alias(name, asname, n.line(), n.col(), e.endLine(), e.endCol()));
        } while (ts.accept(COMMA));
        Token e = ts.prev();
        return new Stmt.Import(names, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(ts.expect(NAME).text());
        while (ts.accept(DOT)) {
            sb.append('.').append(ts.expect(NAME).text());
        }
        return sb.toString();
    }

    private Stmt importFrom() {
        Token s = ts.next();
        int level = 0;
        while (ts.at(DOT) || ts.at(ELLIPSIS)) {
            level += ts.next().is(DOT) ? 1 : 3;
        }
        String module = level == 0 || ts.at(NAME) ? dottedName() : null;
        ts.expect(IMPORT);
        List<Alias> names = importFromTargets();
        Token e = ts.prev();
        return new Stmt.ImportFrom(module, names, level, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private List<Alias> importFromTargets() {
        if (ts.at(STAR)) {
            Token t = ts.next();
            return List.of(new Alias("*", null, t.line(), t.col(), t.endLine(), t.endCol()));
        }
        boolean parenthesized = ts.accept(LPAR);
        List<Alias> names = new ArrayList<>();
        do {
            if (parenthesized && ts.at(RPAR) && !names.isEmpty()) {
                break;
            }
            Token n = ts.expect(NAME);
            String asname = ts.accept(AS) ? ts.expect(NAME).text() : null;
            Token e = ts.prev();
            names.add(new Alias(n.text(), asname, n.line(), n.col(), e.endLine(), e.endCol()));
        } while (ts.accept(COMMA) && (parenthesized || !ts.at(NEWLINE)));
        if (parenthesized) {
            ts.expect(RPAR);
        } else if (ts.at(NEWLINE) && ts.prev().is(COMMA)) {
            throw ts.error("trailing comma not allowed without surrounding parentheses", ts.peek());
        }
        return names;
    }

    /** A name token in Store context, e.g. for a walrus target. */
    static Expr storeName(Token t) {
        return new Expr.Name(t.text(), ExprContext.Store, t.line(), t.col(), t.endLine(), t.endCol());
    }
}
