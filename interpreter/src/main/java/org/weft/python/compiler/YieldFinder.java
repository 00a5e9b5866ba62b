package org.weft.python.compiler;

import org.weft.python.ast.Expr;
import org.weft.python.ast.Stmt;

/**
 * Does a statement contain {@code yield}, {@code yield from} or {@code await} in its own scope?
 * Nested functions, classes, lambdas and comprehensions (but not a comprehension's first iterable)
 * are other scopes. Uses the source positions of the function's yields, which the caller collects.
 */
final class YieldFinder {
    private YieldFinder() {
    }

    static boolean contains(Stmt s) {
        return new Scan().stmt(s);
    }

    static boolean containsAny(java.util.List<Stmt> body) {
        for (Stmt s : body) {
            if (contains(s)) {
                return true;
            }
        }
        return false;
    }

    static boolean contains(Expr e) {
        return e != null && new Scan().expr(e);
    }

    /** A walk over the AST using the record components generically would need reflection; spell it out. */
    private static final class Scan {
        boolean stmt(Stmt s) {
            return AstWalker.anyStmt(s, this::isYield);
        }

        boolean expr(Expr e) {
            return AstWalker.anyExpr(e, this::isYield);
        }

        private boolean isYield(Expr e) {
            return e instanceof Expr.Yield || e instanceof Expr.YieldFrom || e instanceof Expr.Await
                    || AsyncDesugar.isAsyncComprehension(e);
        }
    }
}
