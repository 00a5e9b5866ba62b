package org.weft.python.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.weft.python.ast.Arguments;
import org.weft.python.ast.Expr;
import org.weft.python.ast.ExprContext;
import org.weft.python.ast.Mod;
import org.weft.python.ast.Stmt;

/**
 * Notebook cells with top-level {@code await}, {@code async for} or {@code async with}
 * (IPython's autoawait): the cell becomes the body of a coroutine function that declares every
 * name it binds {@code global}, so assignments still land in the notebook's namespace, and the
 * cell ends with {@code _weft_autoawait.run(<module>)}, which runs that coroutine on the
 * thread's event loop and gives the value of the cell's last expression.
 *
 * <p>CPython compiles such cells with {@code PyCF_ALLOW_TOP_LEVEL_AWAIT} into module code that
 * is itself a coroutine; wrapping gives the same behaviour with the existing coroutine compiler.
 * Cells with top-level {@code yield} or {@code return} are left alone, so they keep CPython's
 * SyntaxError.
 */
public final class TopLevelAwait {
    /** The coroutine function's name: what tracebacks show for the cell's frame. */
    static final String CELL_FUNCTION = "<module>";

    private TopLevelAwait() {
    }

    /** The cell wrapped in a coroutine function when it awaits at top level; otherwise the cell itself. */
    public static Mod.Module wrapIfAwaiting(Mod.Module cell) {
        List<Stmt> body = cell.body();
        if (body.isEmpty() || !awaitsAtTopLevel(body) || containsReturn(body)) {
            return cell;
        }
        Stmt first = body.get(0);
        Stmt last = body.get(body.size() - 1);
        List<Stmt> inner = new ArrayList<>(body);
        if (last instanceof Stmt.Expr e) {
            inner.set(inner.size() - 1, new Stmt.Return(e.value(), e.lineno(), e.colOffset(), e.endLineno(),
                    e.endColOffset()));
        }
        Stmt.AsyncFunctionDef probe = function(inner, first, last);
        Scope scope = SymbolTable.build(new Mod.Module(List.of(probe)), false).scopeOf(probe);
        if (scope.isGenerator) {
            return cell;  // a top-level yield: keep CPython's SyntaxError
        }
        List<String> bound = boundNames(scope);
        if (!bound.isEmpty()) {
            inner.add(0, new Stmt.Global(bound, first.lineno(), first.colOffset(), first.lineno(),
                    first.colOffset()));
        }
        return new Mod.Module(List.of(function(inner, first, last), runCall(last)));
    }

    private static boolean awaitsAtTopLevel(List<Stmt> body) {
        return AstWalker.anyStmts(body, e -> e instanceof Expr.Await || AsyncDesugar.isAsyncComprehension(e));
    }

    private static boolean containsReturn(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = s instanceof Stmt.Return
                    || s instanceof Stmt.If i && (containsReturn(i.body()) || containsReturn(i.orelse()))
                    || s instanceof Stmt.While w && (containsReturn(w.body()) || containsReturn(w.orelse()))
                    || s instanceof Stmt.For f && (containsReturn(f.body()) || containsReturn(f.orelse()))
                    || s instanceof Stmt.AsyncFor f && (containsReturn(f.body()) || containsReturn(f.orelse()))
                    || s instanceof Stmt.With w && containsReturn(w.body())
                    || s instanceof Stmt.AsyncWith w && containsReturn(w.body())
                    || s instanceof Stmt.Try t && (containsReturn(t.body()) || containsReturn(t.orelse())
                            || containsReturn(t.finalbody()))
                    || s instanceof Stmt.TryStar t && (containsReturn(t.body()) || containsReturn(t.orelse())
                            || containsReturn(t.finalbody()));
            if (found) {
                return true;
            }
        }
        return false;
    }

    /** The names the cell binds in its own scope (the wrapper function's locals). */
    private static List<String> boundNames(Scope scope) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Integer> e : scope.flags.entrySet()) {
            if ((e.getValue() & Scope.DEF_BOUND) != 0) {
                names.add(e.getKey());
            }
        }
        return names;
    }

    private static Stmt.AsyncFunctionDef function(List<Stmt> inner, Stmt first, Stmt last) {
        return new Stmt.AsyncFunctionDef(CELL_FUNCTION, Arguments.empty(), inner, List.of(), null,
                first.lineno(), first.colOffset(), last.endLineno(), last.endColOffset());
    }

    /** {@code __import__('_weft_autoawait').run(<module>)}, placed on the cell's last line. */
    private static Stmt runCall(Stmt last) {
        int l = last.endLineno();
        int c = last.endColOffset();
        Expr importer = new Expr.Call(new Expr.Name("__import__", ExprContext.Load, l, c, l, c),
                List.of(new Expr.Constant("_weft_autoawait", null, l, c, l, c)), List.of(), l, c, l, c);
        Expr run = new Expr.Attribute(importer, "run", ExprContext.Load, l, c, l, c);
        Expr call = new Expr.Call(run, List.of(new Expr.Name(CELL_FUNCTION, ExprContext.Load, l, c, l, c)),
                List.of(), l, c, l, c);
        return new Stmt.Expr(call, l, c, l, c);
    }
}
