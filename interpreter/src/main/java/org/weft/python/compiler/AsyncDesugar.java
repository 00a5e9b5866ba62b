package org.weft.python.compiler;

import java.util.ArrayList;
import java.util.List;

import org.weft.python.ast.Comprehension;
import org.weft.python.ast.ExceptHandler;
import org.weft.python.ast.Expr;
import org.weft.python.ast.ExprContext;
import org.weft.python.ast.Keyword;
import org.weft.python.ast.Located;
import org.weft.python.ast.Stmt;
import org.weft.python.ast.UnaryOpKind;
import org.weft.python.ast.WithItem;

/**
 * Rewrites {@code async for}, {@code async with} and async comprehensions into plain statements
 * with {@code await} (PEP 492's own definitions), using compiler temporaries ({@code .a1}, ...), so
 * that the resumable generator nodes need nothing new for them.
 */
final class AsyncDesugar {
    private int temps;
    private final Located at;

    private AsyncDesugar(Located at) {
        this.at = at;
    }

    // ---- tiny AST builders at the statement's position

    private Expr.Name load(String id) {
        return new Expr.Name(id, ExprContext.Load, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }

    private Expr.Name store(String id) {
        return new Expr.Name(id, ExprContext.Store, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }

    private Expr call(Expr func, List<Expr> args) {
        return new Expr.Call(func, args, List.<Keyword>of(), at.lineno(), at.colOffset(), at.endLineno(),
                at.endColOffset());
    }

    private Expr method(Expr obj, String name, List<Expr> args) {
        return call(new Expr.Attribute(obj, name, ExprContext.Load, at.lineno(), at.colOffset(), at.endLineno(),
                at.endColOffset()), args);
    }

    private Expr await(Expr e) {
        return new Expr.Await(e, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }

    private Expr constant(Object v) {
        return new Expr.Constant(v, null, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }

    private Stmt assign(Expr target, Expr value) {
        return new Stmt.Assign(List.of(target), value, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }

    private Stmt expr(Expr e) {
        return new Stmt.Expr(e, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }

    private Expr not(Expr e) {
        return new Expr.UnaryOp(UnaryOpKind.Not, e, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }

    private String temp() {
        return ".a" + at.lineno() + "_" + at.colOffset() + "_" + (++temps);
    }

    // ---- async for

    /**
     * {@code async for T in I: B else: E} is {@code .i = I.__aiter__(); .d = False;
     * while not .d: try: T = await .i.__anext__() except StopAsyncIteration: .d = True; continue; B
     * else: E}.
     */
    static Stmt asyncFor(Stmt.AsyncFor s) {
        return new AsyncDesugar(s).forLoop(s.target(), s.iter(), s.body(), s.orelse());
    }

    private Stmt forLoop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
        String it = temp();
        String done = temp();
        Stmt next = assign(target, await(method(load(it), "__anext__", List.of())));
        ExceptHandler stop = new ExceptHandler(load("StopAsyncIteration"), null,
                List.of(assign(store(done), constant(Boolean.TRUE)),
                        new Stmt.Continue(at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset())),
                at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
        Stmt tryNext = new Stmt.Try(List.of(next), List.of(stop), List.of(), List.of(), at.lineno(), at.colOffset(),
                at.endLineno(), at.endColOffset());
        List<Stmt> loopBody = new ArrayList<>();
        loopBody.add(tryNext);
        loopBody.addAll(body);
        Stmt loop = new Stmt.While(not(load(done)), loopBody, orelse, at.lineno(), at.colOffset(), at.endLineno(),
                at.endColOffset());
        return block(List.of(assign(store(it), method(iter, "__aiter__", List.of())),
                assign(store(done), constant(Boolean.FALSE)), loop));
    }

    /** A statement list as one statement ({@code if True:}), so callers can return a single node. */
    private Stmt block(List<Stmt> body) {
        return new Stmt.If(constant(Boolean.TRUE), body, List.of(), at.lineno(), at.colOffset(), at.endLineno(),
                at.endColOffset());
    }

    // ---- async with

    /** {@code async with} per PEP 492: {@code __aenter__} awaited, {@code __aexit__} awaited on every exit. */
    static Stmt asyncWith(Stmt.AsyncWith s) {
        AsyncDesugar d = new AsyncDesugar(s);
        return d.with(s.items(), 0, s.body());
    }

    private Stmt with(List<WithItem> items, int i, List<Stmt> body) {
        WithItem item = items.get(i);
        List<Stmt> inner = i == items.size() - 1 ? body : List.of(with(items, i + 1, body));
        String mgr = temp();
        String hit = temp();
        String exc = temp();
        Expr enter = await(method(load(mgr), "__aenter__", List.of()));
        Stmt entered = item.optionalVars() == null ? expr(enter) : assign(item.optionalVars(), enter);
        Expr exitWithExc = await(method(load(mgr), "__aexit__", List.of(call(load("type"), List.of(load(exc))),
                load(exc), new Expr.Attribute(load(exc), "__traceback__", ExprContext.Load, at.lineno(),
                        at.colOffset(), at.endLineno(), at.endColOffset()))));
        Stmt reraise = new Stmt.If(not(exitWithExc), List.of(new Stmt.Raise(null, null, at.lineno(), at.colOffset(),
                at.endLineno(), at.endColOffset())), List.of(), at.lineno(), at.colOffset(), at.endLineno(),
                at.endColOffset());
        ExceptHandler handler = new ExceptHandler(load("BaseException"), exc,
                List.of(assign(store(hit), constant(Boolean.TRUE)), reraise), at.lineno(), at.colOffset(),
                at.endLineno(), at.endColOffset());
        Stmt tryExcept = new Stmt.Try(inner, List.of(handler), List.of(), List.of(), at.lineno(), at.colOffset(),
                at.endLineno(), at.endColOffset());
        Stmt normalExit = new Stmt.If(not(load(hit)), List.of(expr(await(method(load(mgr), "__aexit__",
                List.of(constant(org.weft.python.ast.ConstantKind.NONE), constant(org.weft.python.ast.ConstantKind.NONE),
                        constant(org.weft.python.ast.ConstantKind.NONE)))))), List.of(), at.lineno(), at.colOffset(),
                at.endLineno(), at.endColOffset());
        Stmt tryFinally = new Stmt.Try(List.of(tryExcept), List.of(), List.of(), List.of(normalExit), at.lineno(),
                at.colOffset(), at.endLineno(), at.endColOffset());
        return block(List.of(assign(store(mgr), item.contextExpr()), entered,
                assign(store(hit), constant(Boolean.FALSE)), tryFinally));
    }

    // ---- async comprehensions

    /**
     * True for a list, set or dict comprehension with an {@code async for} clause, or with an
     * {@code await} in its own scope (element, conditions, inner iterables): CPython compiles both
     * as async comprehensions, whose coroutine the enclosing coroutine awaits.
     */
    static boolean isAsyncComprehension(Expr e) {
        List<Comprehension> gens = null;
        List<Expr> own = new ArrayList<>();
        if (e instanceof Expr.ListComp c) {
            gens = c.generators();
            own.add(c.elt());
        } else if (e instanceof Expr.SetComp c) {
            gens = c.generators();
            own.add(c.elt());
        } else if (e instanceof Expr.DictComp c) {
            gens = c.generators();
            own.add(c.key());
            own.add(c.value());
        }
        if (gens == null) {
            return false;
        }
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (g.isAsync()) {
                return true;
            }
            if (i > 0) {
                own.add(g.iter());
            }
            own.addAll(g.ifs());
        }
        return AstWalker.anyExprs(own, x -> x instanceof Expr.Await || isAsyncComprehension(x));
    }

    /**
     * The body of an async comprehension's coroutine: {@code .r = []}, the loops ({@code async for}
     * where marked) around {@code .r.append(elt)} (or {@code add}, or {@code .r[k] = v}), then
     * {@code return .r}.
     */
    static List<Stmt> comprehensionBody(Expr e, List<Comprehension> gens, Expr elt, Expr value) {
        AsyncDesugar d = new AsyncDesugar(e);
        String r = ".r";
        Expr init;
        Stmt add;
        if (e instanceof Expr.ListComp) {
            init = new Expr.List(List.of(), ExprContext.Load, e.lineno(), e.colOffset(), e.endLineno(), e.endColOffset());
            add = d.expr(d.method(d.load(r), "append", List.of(elt)));
        } else if (e instanceof Expr.SetComp) {
            init = d.call(d.load("set"), List.of());
            add = d.expr(d.method(d.load(r), "add", List.of(elt)));
        } else {
            init = new Expr.Dict(List.of(), List.of(), e.lineno(), e.colOffset(), e.endLineno(), e.endColOffset());
            add = d.assign(new Expr.Subscript(d.load(r), elt, ExprContext.Store, e.lineno(), e.colOffset(),
                    e.endLineno(), e.endColOffset()), value);
        }
        Stmt inner = add;
        for (int i = gens.size() - 1; i >= 0; i--) {
            Comprehension g = gens.get(i);
            for (int j = g.ifs().size() - 1; j >= 0; j--) {
                inner = new Stmt.If(g.ifs().get(j), List.of(inner), List.of(), e.lineno(), e.colOffset(),
                        e.endLineno(), e.endColOffset());
            }
            Expr iter = i == 0 ? d.load(".0") : g.iter();
            inner = g.isAsync() ? d.forLoop(g.target(), iter, List.of(inner), List.of())
                    : new Stmt.For(g.target(), iter, List.of(inner), List.of(), e.lineno(), e.colOffset(),
                            e.endLineno(), e.endColOffset());
        }
        return List.of(d.assign(d.store(r), init), inner,
                new Stmt.Return(d.load(r), e.lineno(), e.colOffset(), e.endLineno(), e.endColOffset()));
    }
}
