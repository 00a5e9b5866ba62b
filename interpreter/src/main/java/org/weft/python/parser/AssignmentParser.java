package org.weft.python.parser;

import static org.weft.python.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import org.weft.python.ast.Expr;
import org.weft.python.ast.ExprContext;
import org.weft.python.ast.Operator;
import org.weft.python.ast.Stmt;
import org.weft.python.lexer.Token;

/**
 * The three assignment statements, entered once the first expression of a statement has been
 * parsed and an {@code =}, {@code :} or augmented operator follows it. Compare CPython's
 * {@code assignment} and {@code invalid_assignment} rules.
 */
final class AssignmentParser {
    private final Grammar g;
    private final TokenStream ts;

    AssignmentParser(Grammar g) {
        this.g = g;
        this.ts = g.ts;
    }

    private Expr rightHandSide() {
        return ts.at(YIELD) ? g.expressions.yieldExpr() : g.expressions.starExpressions();
    }

    /** {@code a = b = value}; {@code first} (the first target) started at token {@code s}, mark {@code start}. */
    Stmt assignment(Token s, int start, Expr first) {
        List<Expr> exprs = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        exprs.add(first);
        starts.add(start);
        int valueStart = start;
        while (ts.accept(EQUAL)) {
            valueStart = ts.mark();
            starts.add(valueStart);
            exprs.add(rightHandSide());
        }
        Expr value = exprs.remove(exprs.size() - 1);
        checkMisusedEquals(exprs, start, valueStart);
        List<Expr> targets = new ArrayList<>(exprs.size());
        for (int i = 0; i < exprs.size(); i++) {
            Expr t = exprs.get(i);
            if ((t instanceof Expr.Yield || t instanceof Expr.YieldFrom) && ts.tokenAt(starts.get(i)).is(YIELD)) {
                throw ts.error("assignment to yield expression not possible", t);
            }
            targets.add(g.targets.toStore(t, TargetValidator.Purpose.STAR_TARGETS));
        }
        Token e = ts.prev();
        return new Stmt.Assign(targets, value, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /** {@code f() = 1}: CPython suggests {@code ==} when one bad target is followed by one value. */
    private void checkMisusedEquals(List<Expr> targets, int start, int valueStart) {
        if (targets.size() != 1) {
            return;
        }
        Expr t = targets.get(0);
        if (TargetValidator.invalidTarget(t, TargetValidator.Purpose.STAR_TARGETS) == null
                || !g.targets.isBitwiseOrLevel(t, start)) {
            return;
        }
        Token v = ts.tokenAt(valueStart);
        if (v.is(YIELD) || v.is(STAR) || v.is(NOT) || v.is(LAMBDA)) {
            return;
        }
        throw ts.error("cannot assign to " + TargetValidator.exprName(t)
                + " here. Maybe you meant '==' instead of '='?", t);
    }

    /** {@code target: annotation [= value]}. */
    Stmt annotated(Token s, Expr target) {
        boolean parenthesized = s.is(LPAR);
        if (target instanceof Expr.Tuple t && !parenthesized) {
            throw ts.error("only single target (not tuple) can be annotated", t.elts().get(0));
        }
        ts.expect(COLON);
        Expr annotation = g.expressions.expression();
        if (target instanceof Expr.Tuple || target instanceof Expr.List) {
            throw ts.error("only single target (not " + TargetValidator.exprName(target) + ") can be annotated",
                    target);
        }
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw ts.error("illegal target for annotation", target);
        }
        Expr value = ts.accept(EQUAL) ? rightHandSide() : null;
        Token e = ts.prev();
        boolean simple = target instanceof Expr.Name && !parenthesized;
        return new Stmt.AnnAssign(TargetValidator.withContext(target, ExprContext.Store), annotation, value, simple,
                s.line(), s.col(), e.endLine(), e.endCol());
    }

    /** {@code target op= value}. */
    Stmt augmented(Token s, Expr target, Operator op) {
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw ts.error("'" + TargetValidator.exprName(target)
                    + "' is an illegal expression for augmented assignment", target);
        }
        ts.next();
        Expr value = rightHandSide();
        Token e = ts.prev();
        return new Stmt.AugAssign(TargetValidator.withContext(target, ExprContext.Store), op, value,
                s.line(), s.col(), e.endLine(), e.endCol());
    }
}
