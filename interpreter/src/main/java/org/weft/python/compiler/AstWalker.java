package org.weft.python.compiler;

import java.util.List;
import java.util.function.Predicate;

import org.weft.python.ast.ExceptHandler;
import org.weft.python.ast.Expr;
import org.weft.python.ast.Keyword;
import org.weft.python.ast.MatchCase;
import org.weft.python.ast.Stmt;
import org.weft.python.ast.WithItem;

/**
 * Asks whether any expression of a statement, within its own scope, satisfies a predicate.
 * Function and class bodies, lambdas and comprehensions (beyond their first iterable) are not
 * entered: they are other scopes.
 */
final class AstWalker {
    private AstWalker() {
    }

    static boolean anyStmts(List<Stmt> body, Predicate<Expr> p) {
        for (Stmt s : body) {
            if (anyStmt(s, p)) {
                return true;
            }
        }
        return false;
    }

    static boolean anyStmt(Stmt s, Predicate<Expr> p) {
        if (s instanceof Stmt.AsyncFor || s instanceof Stmt.AsyncWith) {
            return true;
        }
        if (s instanceof Stmt.Expr e) {
            return anyExpr(e.value(), p);
        } else if (s instanceof Stmt.Assign a) {
            return anyExprs(a.targets(), p) || anyExpr(a.value(), p);
        } else if (s instanceof Stmt.AugAssign a) {
            return anyExpr(a.target(), p) || anyExpr(a.value(), p);
        } else if (s instanceof Stmt.AnnAssign a) {
            return anyExpr(a.target(), p) || anyExpr(a.value(), p);
        } else if (s instanceof Stmt.Return r) {
            return anyExpr(r.value(), p);
        } else if (s instanceof Stmt.If i) {
            return anyExpr(i.test(), p) || anyStmts(i.body(), p) || anyStmts(i.orelse(), p);
        } else if (s instanceof Stmt.While w) {
            return anyExpr(w.test(), p) || anyStmts(w.body(), p) || anyStmts(w.orelse(), p);
        } else if (s instanceof Stmt.For f) {
            return anyExpr(f.target(), p) || anyExpr(f.iter(), p) || anyStmts(f.body(), p) || anyStmts(f.orelse(), p);
        } else if (s instanceof Stmt.Try t) {
            return anyStmts(t.body(), p) || handlers(t.handlers(), p) || anyStmts(t.orelse(), p)
                    || anyStmts(t.finalbody(), p);
        } else if (s instanceof Stmt.TryStar t) {
            return anyStmts(t.body(), p) || handlers(t.handlers(), p) || anyStmts(t.orelse(), p)
                    || anyStmts(t.finalbody(), p);
        } else if (s instanceof Stmt.With w) {
            for (WithItem item : w.items()) {
                if (anyExpr(item.contextExpr(), p) || anyExpr(item.optionalVars(), p)) {
                    return true;
                }
            }
            return anyStmts(w.body(), p);
        } else if (s instanceof Stmt.Raise r) {
            return anyExpr(r.exc(), p) || anyExpr(r.cause(), p);
        } else if (s instanceof Stmt.Assert a) {
            return anyExpr(a.test(), p) || anyExpr(a.msg(), p);
        } else if (s instanceof Stmt.Delete d) {
            return anyExprs(d.targets(), p);
        } else if (s instanceof Stmt.Match m) {
            if (anyExpr(m.subject(), p)) {
                return true;
            }
            for (MatchCase c : m.cases()) {
                if (anyExpr(c.guard(), p) || anyStmts(c.body(), p)) {
                    return true;
                }
            }
            return false;
        } else if (s instanceof Stmt.FunctionDef f) {
            return anyExprs(f.decoratorList(), p) || anyExprs(f.args().defaults(), p);
        } else if (s instanceof Stmt.ClassDef c) {
            return anyExprs(c.decoratorList(), p) || anyExprs(c.bases(), p);
        }
        return false;
    }

    private static boolean handlers(List<ExceptHandler> hs, Predicate<Expr> p) {
        for (ExceptHandler h : hs) {
            if (anyExpr(h.type(), p) || anyStmts(h.body(), p)) {
                return true;
            }
        }
        return false;
    }

    static boolean anyExprs(List<Expr> es, Predicate<Expr> p) {
        for (Expr e : es) {
            if (e != null && anyExpr(e, p)) {
                return true;
            }
        }
        return false;
    }

    static boolean anyExpr(Expr e, Predicate<Expr> p) {
        if (e == null) {
            return false;
        }
        if (p.test(e)) {
            return true;
        }
        if (e instanceof Expr.BinOp b) {
            return anyExpr(b.left(), p) || anyExpr(b.right(), p);
        } else if (e instanceof Expr.Call c) {
            if (anyExpr(c.func(), p) || anyExprs(c.args(), p)) {
                return true;
            }
            for (Keyword k : c.keywords()) {
                if (anyExpr(k.value(), p)) {
                    return true;
                }
            }
            return false;
        } else if (e instanceof Expr.Attribute a) {
            return anyExpr(a.value(), p);
        } else if (e instanceof Expr.Subscript s) {
            return anyExpr(s.value(), p) || anyExpr(s.slice(), p);
        } else if (e instanceof Expr.Compare c) {
            return anyExpr(c.left(), p) || anyExprs(c.comparators(), p);
        } else if (e instanceof Expr.BoolOp b) {
            return anyExprs(b.values(), p);
        } else if (e instanceof Expr.UnaryOp u) {
            return anyExpr(u.operand(), p);
        } else if (e instanceof Expr.Tuple t) {
            return anyExprs(t.elts(), p);
        } else if (e instanceof Expr.List l) {
            return anyExprs(l.elts(), p);
        } else if (e instanceof Expr.Set s) {
            return anyExprs(s.elts(), p);
        } else if (e instanceof Expr.Dict d) {
            return anyExprs(d.keys(), p) || anyExprs(d.values(), p);
        } else if (e instanceof Expr.IfExp i) {
            return anyExpr(i.test(), p) || anyExpr(i.body(), p) || anyExpr(i.orelse(), p);
        } else if (e instanceof Expr.Starred s) {
            return anyExpr(s.value(), p);
        } else if (e instanceof Expr.Slice s) {
            return anyExpr(s.lower(), p) || anyExpr(s.upper(), p) || anyExpr(s.step(), p);
        } else if (e instanceof Expr.JoinedStr j) {
            return anyExprs(j.values(), p);
        } else if (e instanceof Expr.FormattedValue f) {
            return anyExpr(f.value(), p) || anyExpr(f.formatSpec(), p);
        } else if (e instanceof Expr.NamedExpr n) {
            return anyExpr(n.value(), p);
        } else if (e instanceof Expr.Yield y) {
            return anyExpr(y.value(), p);
        } else if (e instanceof Expr.YieldFrom y) {
            return anyExpr(y.value(), p);
        } else if (e instanceof Expr.Await a) {
            return anyExpr(a.value(), p);
        } else if (e instanceof Expr.ListComp c) {
            return anyExpr(c.generators().get(0).iter(), p);
        } else if (e instanceof Expr.SetComp c) {
            return anyExpr(c.generators().get(0).iter(), p);
        } else if (e instanceof Expr.DictComp c) {
            return anyExpr(c.generators().get(0).iter(), p);
        } else if (e instanceof Expr.GeneratorExp c) {
            return anyExpr(c.generators().get(0).iter(), p);
        } else if (e instanceof Expr.Lambda l) {
            // Its defaults are evaluated where the lambda is made; its body is another scope.
            return anyExprs(l.args().defaults(), p) || anyExprs(l.args().kwDefaults(), p);
        }
        return false;
    }
}
