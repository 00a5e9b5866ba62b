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
import org.weft.python.nodes.generator.AsyncProtocolNode;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PySet;

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

    /** A call of one of the protocol steps of {@link AsyncProtocolNode}, which the expression compiler recognises. */
    private Expr step(AsyncProtocolNode.Op op, Expr... args) {
        return call(constant(op), List.of(args));
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
        AsyncDesugar d = new AsyncDesugar(s);
        if (!StatementCompiler.ownsIterable(s.iter())) {
            return d.forLoop(s.target(), s.iter(), s.body(), s.orelse());
        }
        return d.ownedForLoop(s);
    }

    /**
     * An {@code async for} over an async generator it made itself ({@code async for x in agen()}):
     * when the loop leaves it unfinished (break, return, an exception), CPython's reference
     * counting frees it there and its finalizer hook schedules {@code aclose()}; so does
     * {@code try: loop finally: .afinalize(.o)}, where {@code .o} is the generator if it had not
     * started when the loop got it.
     */
    private Stmt ownedForLoop(Stmt.AsyncFor s) {
        String src = temp();
        String owned = temp();
        Stmt loop = loopOver(src, s.target(), s.body(), s.orelse());
        Stmt finalize = expr(step(AsyncProtocolNode.Op.AFINALIZE, load(owned)));
        Stmt guarded = new Stmt.Try(List.of(loop), List.of(), List.of(), List.of(finalize), at.lineno(),
                at.colOffset(), at.endLineno(), at.endColOffset());
        return block(List.of(assign(store(src), step(AsyncProtocolNode.Op.AITER, s.iter())),
                assign(store(owned), step(AsyncProtocolNode.Op.AOWNED, load(src))), guarded));
    }

    private Stmt forLoop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
        String it = temp();
        return block(List.of(assign(store(it), step(AsyncProtocolNode.Op.AITER, iter)),
                loopOver(it, target, body, orelse)));
    }

    /** The loop over the async iterator in temporary {@code it}. */
    private Stmt loopOver(String it, Expr target, List<Stmt> body, List<Stmt> orelse) {
        String done = temp();
        Stmt next = assign(target, await(step(AsyncProtocolNode.Op.ANEXT, load(it))));
        ExceptHandler stop = new ExceptHandler(constant(PyExc.StopAsyncIteration), null,
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
        return block(List.of(assign(store(done), constant(Boolean.FALSE)), loop));
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
        Expr enter = await(step(AsyncProtocolNode.Op.AENTER, load(mgr)));
        // CPython stores the 'as' target inside the protected block, so __aexit__ sees a failing store
        String value = temp();
        Stmt entered = item.optionalVars() == null ? expr(enter) : assign(store(value), enter);
        if (item.optionalVars() != null) {
            List<Stmt> withTarget = new ArrayList<>();
            withTarget.add(assign(item.optionalVars(), load(value)));
            withTarget.addAll(inner);
            inner = withTarget;
        }
        Expr exitWithExc = await(step(AsyncProtocolNode.Op.AEXIT, load(mgr), load(exc)));
        Stmt reraise = new Stmt.If(not(exitWithExc), List.of(new Stmt.Raise(null, null, at.lineno(), at.colOffset(),
                at.endLineno(), at.endColOffset())), List.of(), at.lineno(), at.colOffset(), at.endLineno(),
                at.endColOffset());
        ExceptHandler handler = new ExceptHandler(constant(PyExc.BaseException), exc,
                List.of(assign(store(hit), constant(Boolean.TRUE)), reraise), at.lineno(), at.colOffset(),
                at.endLineno(), at.endColOffset());
        Stmt tryExcept = new Stmt.Try(inner, List.of(handler), List.of(), List.of(), at.lineno(), at.colOffset(),
                at.endLineno(), at.endColOffset());
        Stmt normalExit = new Stmt.If(not(load(hit)), List.of(expr(await(step(AsyncProtocolNode.Op.AEXIT, load(mgr),
                constant(org.weft.python.ast.ConstantKind.NONE))))), List.of(), at.lineno(), at.colOffset(),
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
        return gens != null && isAsync(gens, own);
    }

    /**
     * True for a generator expression with an {@code async for} clause or an {@code await} in its
     * own scope: CPython makes it an asynchronous generator expression (an {@code async_generator},
     * not awaited where it stands, and allowed outside async functions too).
     */
    static boolean isAsyncGeneratorExp(Expr e) {
        if (!(e instanceof Expr.GeneratorExp g)) {
            return false;
        }
        List<Expr> own = new ArrayList<>();
        own.add(g.elt());
        return isAsync(g.generators(), own);
    }

    private static boolean isAsync(List<Comprehension> gens, List<Expr> own) {
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
     * The body of an asynchronous generator expression: the loops ({@code async for} where
     * marked) around {@code if ...: yield elt}.
     */
    static Stmt generatorBody(Expr e, List<Comprehension> gens, Expr elt) {
        AsyncDesugar d = new AsyncDesugar(e);
        Stmt inner = d.expr(new Expr.Yield(elt, e.lineno(), e.colOffset(), e.endLineno(), e.endColOffset()));
        for (int i = gens.size() - 1; i >= 0; i--) {
            inner = d.clause(gens.get(i), i == 0 ? d.load(".0") : gens.get(i).iter(), inner);
        }
        return inner;
    }

    /** One {@code for} (or {@code async for}) clause of a comprehension, with its conditions, around {@code inner}. */
    private Stmt clause(Comprehension g, Expr iter, Stmt inner) {
        for (int j = g.ifs().size() - 1; j >= 0; j--) {
            inner = new Stmt.If(g.ifs().get(j), List.of(inner), List.of(), at.lineno(), at.colOffset(), at.endLineno(),
                    at.endColOffset());
        }
        return g.isAsync() ? forLoop(g.target(), iter, List.of(inner), List.of())
                : new Stmt.For(g.target(), iter, List.of(inner), List.of(), at.lineno(), at.colOffset(), at.endLineno(),
                        at.endColOffset());
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
            init = d.call(d.constant(PySet.TYPE), List.of());
            add = d.expr(d.method(d.load(r), "add", List.of(elt)));
        } else {
            init = new Expr.Dict(List.of(), List.of(), e.lineno(), e.colOffset(), e.endLineno(), e.endColOffset());
            add = d.assign(new Expr.Subscript(d.load(r), elt, ExprContext.Store, e.lineno(), e.colOffset(),
                    e.endLineno(), e.endColOffset()), value);
        }
        Stmt inner = add;
        for (int i = gens.size() - 1; i >= 0; i--) {
            inner = d.clause(gens.get(i), i == 0 ? d.load(".0") : gens.get(i).iter(), inner);
        }
        return List.of(d.assign(d.store(r), init), inner,
                new Stmt.Return(d.load(r), e.lineno(), e.colOffset(), e.endLineno(), e.endColOffset()));
    }
}
