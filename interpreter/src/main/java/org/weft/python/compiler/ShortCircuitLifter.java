package org.weft.python.compiler;

import java.util.ArrayList;
import java.util.List;

import org.weft.python.ast.BoolOpKind;
import org.weft.python.ast.Expr;
import org.weft.python.ast.ExprContext;
import org.weft.python.ast.Stmt;
import org.weft.python.ast.UnaryOpKind;

/**
 * Lifts a {@code yield} or {@code await} out of the expressions that evaluate some operands only
 * on a condition ({@code and}/{@code or}, {@code x if c else y}, chained comparisons): the
 * condition becomes an {@code if} statement around the lifted operand, which stores into one
 * temporary, so an operand is evaluated (and awaited) exactly when CPython would evaluate it.
 * A helper of {@link YieldLifter}, whose temporaries and lifting it uses.
 */
final class ShortCircuitLifter {
    private final YieldLifter lifter;

    ShortCircuitLifter(YieldLifter lifter) {
        this.lifter = lifter;
    }

    /** {@code a or b}: {@code .t = a; if not .t: .t = b}; {@code and} tests {@code .t} itself. */
    Expr boolOp(Expr.BoolOp b, List<Stmt> out) {
        String id = lifter.temp(b, ExprContext.Store).id();
        List<Expr> values = b.values();
        List<Stmt> rest = assignLifted(id, values.get(values.size() - 1));
        for (int i = values.size() - 2; i >= 0; i--) {
            List<Stmt> cur = assignLifted(id, values.get(i));
            Expr test = b.op() == BoolOpKind.And ? load(id, b) : new Expr.UnaryOp(UnaryOpKind.Not, load(id, b),
                    b.lineno(), b.colOffset(), b.endLineno(), b.endColOffset());
            cur.add(ifStmt(test, rest, List.of(), b));
            rest = cur;
        }
        out.addAll(rest);
        return load(id, b);
    }

    /** {@code x if c else y}: {@code if c: .t = x else: .t = y}. */
    Expr ifExp(Expr.IfExp e, List<Stmt> out) {
        String id = lifter.temp(e, ExprContext.Store).id();
        Expr test = lifter.lift(e.test(), out);
        out.add(ifStmt(test, assignLifted(id, e.body()), assignLifted(id, e.orelse()), e));
        return load(id, e);
    }

    /** {@code a < b < c}: {@code .t = a < b; if .t: .t = b < c}, each operand evaluated once. */
    Expr chain(Expr.Compare cmp, List<Stmt> out) {
        String id = lifter.temp(cmp, ExprContext.Store).id();
        Expr left = lifter.spill(cmp.left(), out, true);
        out.addAll(chainFrom(id, left, cmp, 0));
        return load(id, cmp);
    }

    private List<Stmt> chainFrom(String id, Expr left, Expr.Compare cmp, int i) {
        List<Stmt> pre = new ArrayList<>();
        boolean last = i == cmp.ops().size() - 1;
        Expr right = lifter.spill(cmp.comparators().get(i), pre, !last);
        Expr one = new Expr.Compare(left, List.of(cmp.ops().get(i)), List.of(right), cmp.lineno(), cmp.colOffset(),
                cmp.endLineno(), cmp.endColOffset());
        pre.add(assign(id, one));
        if (!last) {
            pre.add(ifStmt(load(id, cmp), chainFrom(id, right, cmp, i + 1), List.of(), cmp));
        }
        return pre;
    }

    /** The statements that compute {@code v} (its yields lifted) into the temporary {@code id}. */
    private List<Stmt> assignLifted(String id, Expr v) {
        List<Stmt> pre = new ArrayList<>();
        Expr x = lifter.lift(v, pre);
        pre.add(assign(id, x));
        return pre;
    }

    private static Stmt assign(String id, Expr value) {
        Expr.Name target = new Expr.Name(id, ExprContext.Store, value.lineno(), value.colOffset(), value.endLineno(),
                value.endColOffset());
        return new Stmt.Assign(List.of(target), value, value.lineno(), value.colOffset(), value.endLineno(),
                value.endColOffset());
    }

    private static Expr.Name load(String id, Expr at) {
        return new Expr.Name(id, ExprContext.Load, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }

    private static Stmt ifStmt(Expr test, List<Stmt> body, List<Stmt> orelse, Expr at) {
        return new Stmt.If(test, body, orelse, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }
}
