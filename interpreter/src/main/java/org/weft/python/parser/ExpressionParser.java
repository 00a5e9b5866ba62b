package org.weft.python.parser;

import static org.weft.python.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import org.weft.python.ast.BoolOpKind;
import org.weft.python.ast.CmpOp;
import org.weft.python.ast.Expr;
import org.weft.python.ast.ExprContext;
import org.weft.python.ast.Operator;
import org.weft.python.ast.UnaryOpKind;
import org.weft.python.lexer.Token;
import org.weft.python.lexer.TokenType;

/**
 * Expressions from {@code star_expressions} down to {@code primary}, one method per rule of
 * CPython's grammar and in its order of precedence. A node starts at the first token of its rule
 * (so {@code (a) + b} starts at the parenthesis, as in CPython) and ends at the last token consumed.
 */
final class ExpressionParser {
    private final Grammar g;
    private final TokenStream ts;

    ExpressionParser(Grammar g) {
        this.g = g;
        this.ts = g.ts;
    }

    /** Whether a token can begin an expression (used to tell a trailing comma from a separator). */
    static boolean startsExpression(TokenType t) {
        switch (t) {
            case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT, LAMBDA, AWAIT,
                    NONE, TRUE, FALSE, ELLIPSIS:
                return true;
            default:
                return false;
        }
    }

    /** {@code expressions}: {@code expression (',' expression)* [',']}, a tuple if there is a comma. */
    Expr expressions() {
        Token s = ts.peek();
        Expr first = expression();
        if (!ts.at(COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.accept(COMMA) && startsExpression(ts.type())) {
            elts.add(expression());
        }
        return tuple(elts, s);
    }

    /** {@code star_expressions}: like {@link #expressions} but elements may be {@code *x}. */
    Expr starExpressions() {
        Token s = ts.peek();
        Expr first = starExpression();
        if (!ts.at(COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.accept(COMMA) && (startsExpression(ts.type()) || ts.at(STAR))) {
            elts.add(starExpression());
        }
        return tuple(elts, s);
    }

    private Expr tuple(List<Expr> elts, Token s) {
        Token e = ts.prev();
        return new Expr.Tuple(elts, ExprContext.Load, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /** {@code star_expression}: {@code '*' bitwise_or | expression}. */
    Expr starExpression() {
        return ts.at(STAR) ? starred() : expression();
    }

    /** {@code star_named_expression}: {@code '*' bitwise_or | named_expression}. */
    Expr starNamedExpression() {
        return ts.at(STAR) ? starred() : namedExpression();
    }

    Expr starred() {
        Token s = ts.expect(STAR);
        Expr value = bitwiseOr();
        Token e = ts.prev();
        return new Expr.Starred(value, ExprContext.Load, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /** {@code named_expression}: {@code NAME ':=' expression | expression !':='}. */
    Expr namedExpression() {
        Token s = ts.peek();
        if (s.type() == NAME && ts.la(1).type() == COLONEQUAL) {
            return assignmentExpression();
        }
        int start = ts.mark();
        Expr e = expression();
        if (ts.at(COLONEQUAL)) {
            throw ts.error("cannot use assignment expressions with " + TargetValidator.exprName(e), e);
        }
        if (ts.at(EQUAL)) {
            g.targets.checkMisusedEquals(e, start);
        }
        return e;
    }

    /** {@code assignment_expression}: {@code NAME ':=' expression}. */
    Expr assignmentExpression() {
        Token name = ts.next();
        ts.expect(COLONEQUAL);
        Expr value = expression();
        Token e = ts.prev();
        Expr target = new Expr.Name(name.text(), ExprContext.Store, name.line(), name.col(), name.endLine(),
                name.endCol());
        return new Expr.NamedExpr(target, value, name.line(), name.col(), e.endLine(), e.endCol());
    }

    /** {@code expression}: a conditional expression, a lambda, or a disjunction. */
    Expr expression() {
        if (ts.at(LAMBDA)) {
            return g.arguments.lambdef();
        }
        Token s = ts.peek();
        int start = ts.mark();
        Expr body = disjunction();
        if (!ts.at(IF)) {
            g.targets.checkMissingComma(body, start);
            return body;
        }
        ts.next();
        Expr test = disjunction();
        if (!ts.at(ELSE)) {
            if (ts.at(COLON)) {
                throw ts.invalidSyntax();
            }
            throw ts.error("expected 'else' after 'if' expression", body, test);
        }
        ts.next();
        Expr orelse = expression();
        Token e = ts.prev();
        return new Expr.IfExp(test, body, orelse, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /** {@code yield_expr}: {@code 'yield' 'from' expression | 'yield' [star_expressions]}. */
    Expr yieldExpr() {
        Token s = ts.expect(YIELD);
        if (ts.accept(FROM)) {
            Expr value = expression();
            Token e = ts.prev();
            return new Expr.YieldFrom(value, s.line(), s.col(), e.endLine(), e.endCol());
        }
        Expr value = startsExpression(ts.type()) || ts.at(STAR) ? starExpressions() : null;
        Token e = ts.prev();
        return new Expr.Yield(value, s.line(), s.col(), e.endLine(), e.endCol());
    }

    Expr disjunction() {
        return boolOp(OR);
    }

    Expr conjunction() {
        return boolOp(AND);
    }

    private Expr boolOp(TokenType op) {
        Token s = ts.peek();
        Expr first = op == OR ? conjunction() : inversion();
        if (!ts.at(op)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (ts.accept(op)) {
            values.add(op == OR ? conjunction() : inversion());
        }
        Token e = ts.prev();
        return new Expr.BoolOp(op == OR ? BoolOpKind.Or : BoolOpKind.And, values,
                s.line(), s.col(), e.endLine(), e.endCol());
    }

    Expr inversion() {
        if (!ts.at(NOT)) {
            return comparison();
        }
        Token s = ts.next();
        Expr operand = inversion();
        Token e = ts.prev();
        return new Expr.UnaryOp(UnaryOpKind.Not, operand, s.line(), s.col(), e.endLine(), e.endCol());
    }

    Expr comparison() {
        Token s = ts.peek();
        Expr left = bitwiseOr();
        CmpOp op = compareOp();
        if (op == null) {
            return left;
        }
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (op != null) {
            ops.add(op);
            comparators.add(bitwiseOr());
            op = compareOp();
        }
        Token e = ts.prev();
        return new Expr.Compare(left, ops, comparators, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /** Consumes a comparison operator if one comes next ({@code not in} and {@code is not} are two tokens). */
    private CmpOp compareOp() {
        CmpOp op;
        switch (ts.type()) {
            case EQEQUAL -> op = CmpOp.Eq;
            case NOTEQUAL -> op = CmpOp.NotEq;
            case LESS -> op = CmpOp.Lt;
            case LESSEQUAL -> op = CmpOp.LtE;
            case GREATER -> op = CmpOp.Gt;
            case GREATEREQUAL -> op = CmpOp.GtE;
            case IN -> op = CmpOp.In;
            case IS -> {
                ts.next();
                return ts.accept(NOT) ? CmpOp.IsNot : CmpOp.Is;
            }
            case NOT -> {
                if (ts.la(1).type() != IN) {
                    return null;
                }
                ts.next();
                op = CmpOp.NotIn;
            }
            default -> {
                return null;
            }
        }
        ts.next();
        return op;
    }

    Expr bitwiseOr() {
        Token s = ts.peek();
        Expr left = bitwiseXor();
        while (ts.at(VBAR)) {
            ts.next();
            left = binOp(s, left, Operator.BitOr, bitwiseXor());
        }
        return left;
    }

    private Expr bitwiseXor() {
        Token s = ts.peek();
        Expr left = bitwiseAnd();
        while (ts.at(CIRCUMFLEX)) {
            ts.next();
            left = binOp(s, left, Operator.BitXor, bitwiseAnd());
        }
        return left;
    }

    private Expr bitwiseAnd() {
        Token s = ts.peek();
        Expr left = shiftExpr();
        while (ts.at(AMPER)) {
            ts.next();
            left = binOp(s, left, Operator.BitAnd, shiftExpr());
        }
        return left;
    }

    private Expr shiftExpr() {
        Token s = ts.peek();
        Expr left = sum();
        while (ts.at(LEFTSHIFT) || ts.at(RIGHTSHIFT)) {
            Operator op = ts.next().type() == LEFTSHIFT ? Operator.LShift : Operator.RShift;
            left = binOp(s, left, op, sum());
        }
        return left;
    }

    private Expr sum() {
        Token s = ts.peek();
        Expr left = term();
        while (ts.at(PLUS) || ts.at(MINUS)) {
            Operator op = ts.next().type() == PLUS ? Operator.Add : Operator.Sub;
            left = binOp(s, left, op, term());
        }
        return left;
    }

    private Expr term() {
        Token s = ts.peek();
        Expr left = factor();
        while (true) {
            Operator op = switch (ts.type()) {
                case STAR -> Operator.Mult;
                case SLASH -> Operator.Div;
                case DOUBLESLASH -> Operator.FloorDiv;
                case PERCENT -> Operator.Mod;
                case AT -> Operator.MatMult;
                default -> null;
            };
            if (op == null) {
                return left;
            }
            ts.next();
            left = binOp(s, left, op, factor());
        }
    }

    private Expr binOp(Token s, Expr left, Operator op, Expr right) {
        Token e = ts.prev();
        return new Expr.BinOp(left, op, right, s.line(), s.col(), e.endLine(), e.endCol());
    }

    Expr factor() {
        UnaryOpKind op = switch (ts.type()) {
            case PLUS -> UnaryOpKind.UAdd;
            case MINUS -> UnaryOpKind.USub;
            case TILDE -> UnaryOpKind.Invert;
            default -> null;
        };
        if (op == null) {
            return power();
        }
        Token s = ts.next();
        Expr operand = factor();
        Token e = ts.prev();
        return new Expr.UnaryOp(op, operand, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private Expr power() {
        Token s = ts.peek();
        Expr base = awaitPrimary();
        if (!ts.accept(DOUBLESTAR)) {
            return base;
        }
        return binOp(s, base, Operator.Pow, factor());
    }

    private Expr awaitPrimary() {
        if (!ts.at(AWAIT)) {
            return primary();
        }
        Token s = ts.next();
        Expr value = primary();
        Token e = ts.prev();
        return new Expr.Await(value, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /** {@code primary}: an atom followed by any number of {@code .name}, calls and subscripts. */
    Expr primary() {
        Token s = ts.peek();
        Expr e = g.atoms.atom();
        while (true) {
            switch (ts.type()) {
                case DOT -> e = attribute(e, s);
                case LPAR -> e = g.calls.call(e, s);
                case LSQB -> e = g.calls.subscript(e, s);
                default -> {
                    return e;
                }
            }
        }
    }

    private Expr attribute(Expr value, Token s) {
        ts.next();
        Token name = ts.expect(NAME);
        return new Expr.Attribute(value, name.text(), ExprContext.Load, s.line(), s.col(), name.endLine(),
                name.endCol());
    }
}
