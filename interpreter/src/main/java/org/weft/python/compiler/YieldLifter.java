package org.weft.python.compiler;

import java.util.ArrayList;
import java.util.List;

import org.weft.python.ast.ExceptHandler;
import org.weft.python.ast.Expr;
import org.weft.python.ast.ExprContext;
import org.weft.python.ast.Keyword;
import org.weft.python.ast.MatchCase;
import org.weft.python.ast.Stmt;
import org.weft.python.ast.WithItem;
import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.nodes.controlflow.TryExceptStmt;
import org.weft.python.nodes.generator.AwaitableNode;
import org.weft.python.nodes.generator.GenBlock;
import org.weft.python.nodes.generator.GenFor;
import org.weft.python.nodes.generator.GenForYield;
import org.weft.python.nodes.generator.GenIf;
import org.weft.python.nodes.generator.GenMatch;
import org.weft.python.nodes.generator.GenSingle;
import org.weft.python.nodes.generator.GenTryExcept;
import org.weft.python.nodes.generator.GenTryFinally;
import org.weft.python.nodes.generator.GenWhile;
import org.weft.python.nodes.generator.GenWith;
import org.weft.python.nodes.generator.YieldFromStmt;
import org.weft.python.nodes.generator.YieldStmt;

/**
 * Compiles the statements of a generator that contain {@code yield} into resumable nodes.
 *
 * <p>First, {@code yield} inside a larger expression is lifted out: the parts of the expression
 * evaluated before it are stored in compiler temporaries ({@code .t1}, ...), the yield becomes its
 * own statement {@code .tN = yield v}, and the expression reads the temporaries. After lifting a
 * yield only appears as a statement, so only statements need to be resumable: blocks, if, while,
 * for, try and with remember in the frame where they suspended, and a resumed generator walks
 * straight back down to the suspended yield.
 */
final class YieldLifter {
    private final Compiler c;
    private final ShortCircuitLifter shortCircuit = new ShortCircuitLifter(this);
    private int temps;

    YieldLifter(Compiler c) {
        this.c = c;
    }

    ExprNode unlifted(Expr e) {
        throw new CompileError("'yield' in this position is not supported yet", e);
    }

    private static boolean has(Expr e) {
        return YieldFinder.contains(e);
    }

    /** A resumable block for a statement list that contains a yield. */
    StmtNode block(List<Stmt> body, int line) {
        List<StmtNode> nodes = new ArrayList<>();
        for (Stmt s : body) {
            if (StatementCompiler.runs(s)) {
                nodes.add(c.stmts.compile(s));
            }
        }
        return nodes.size() == 1 ? new GenSingle(line, nodes.get(0))
                : new GenBlock(line, nodes.toArray(new StmtNode[0]), c.unit.newResumeSlot());
    }

    StmtNode resumable(Stmt s) {
        int line = s.lineno();
        if (s instanceof Stmt.AsyncFor af) {
            return c.stmts.compile(AsyncDesugar.asyncFor(af));
        }
        if (s instanceof Stmt.AsyncWith aw) {
            return c.stmts.compile(AsyncDesugar.asyncWith(aw));
        }
        if (s instanceof Stmt.Expr e && isYield(e.value())) {
            return yieldStmt(e.value(), null, line);
        }
        if (s instanceof Stmt.Assign a && a.targets().size() == 1 && isYield(a.value())
                && !has(a.targets().get(0))) {
            return yieldStmt(a.value(), a.targets().get(0), line);
        }
        if (s instanceof Stmt.If i) {
            return withPrelude(i.test(), line, test -> new GenIf(line, c.exprs.compile(test), body(i.body(), line),
                    c.stmts.optionalBody(i.orelse(), line), c.unit.newResumeSlot()));
        }
        if (s instanceof Stmt.While w) {
            return whileStmt(w);
        }
        if (s instanceof Stmt.For f) {
            return withPrelude(f.iter(), line, iter -> forStmt(f, iter));
        }
        if (s instanceof Stmt.Try t) {
            return tryStmt(line, t.body(), t.handlers(), t.orelse(), t.finalbody(), false);
        }
        if (s instanceof Stmt.TryStar t) {
            // The body may suspend (`async with TaskGroup()` inside try/except* is the common
            // case); an except* clause runs in one go, so it may not.
            for (ExceptHandler h : t.handlers()) {
                if (YieldFinder.containsAny(h.body())) {
                    throw new CompileError("'yield' inside this statement is not supported yet", s);
                }
            }
            return tryStmt(line, t.body(), t.handlers(), t.orelse(), t.finalbody(), true);
        }
        if (s instanceof Stmt.With w) {
            return with(line, w.items(), 0, w.body());
        }
        if (s instanceof Stmt.Match m) {
            return withPrelude(m.subject(), line, subject -> match(m, subject));
        }
        return liftSimple(s);
    }

    /** {@code match} with a yield in a guard or a case body: a resumable {@link GenMatch}. */
    private StmtNode match(Stmt.Match m, Expr subject) {
        GenMatch.Case[] cases = new GenMatch.Case[m.cases().size()];
        for (int i = 0; i < cases.length; i++) {
            MatchCase mc = m.cases().get(i);
            Expr guard = mc.guard();
            StmtNode guardPrelude = null;
            if (has(guard)) {
                List<Stmt> pre = new ArrayList<>();
                guard = lift(guard, pre);
                guardPrelude = block(pre, mc.pattern().lineno());
            }
            cases[i] = new GenMatch.Case(mc.pattern().lineno(), MatchBuilder.pattern(c, mc.pattern()), guardPrelude,
                    guard == null ? null : c.exprs.compile(guard), body(mc.body(), m.lineno()));
        }
        return new GenMatch(m.lineno(), c.exprs.compile(subject), cases, c.unit.newResumeSlot(), c.unit.newTemp());
    }

    private static boolean isYield(Expr e) {
        return (e instanceof Expr.Yield y && !has(y.value())) || (e instanceof Expr.YieldFrom f && !has(f.value()))
                || (e instanceof Expr.Await a && (!has(a.value()) || AsyncDesugar.isAsyncComprehension(a.value())));
    }

    private StmtNode yieldStmt(Expr y, Expr target, int line) {
        TargetNode t = target == null ? null : c.targets.compile(target);
        if (y instanceof Expr.Yield yy) {
            return new YieldStmt(line, yy.value() == null ? null : c.exprs.compile(yy.value()), t,
                    c.unit.newResumeSlot(), c.unit.scope.isGenerator && c.unit.scope.isCoroutine);
        }
        ExprNode value = y instanceof Expr.YieldFrom yf ? c.exprs.compile(yf.value())
                : new AwaitableNode(c.exprs.compile(((Expr.Await) y).value()));
        return new YieldFromStmt(line, value, t, c.unit.newResumeSlot(), c.unit.newTemp(), ExpressionCompiler.span(y));
    }

    private StmtNode body(List<Stmt> body, int line) {
        return c.stmts.body(body, line);
    }

    /** Lifts the yields out of {@code e}, then compiles {@code make(simplified)} after the prelude. */
    private StmtNode withPrelude(Expr e, int line, java.util.function.Function<Expr, StmtNode> make) {
        if (!has(e)) {
            return make.apply(e);
        }
        List<Stmt> prelude = new ArrayList<>();
        Expr simple = lift(e, prelude);
        List<StmtNode> nodes = new ArrayList<>();
        for (Stmt p : prelude) {
            nodes.add(c.stmts.compile(p));
        }
        nodes.add(make.apply(simple));
        return new GenBlock(line, nodes.toArray(new StmtNode[0]), c.unit.newResumeSlot());
    }

    private StmtNode whileStmt(Stmt.While w) {
        int line = w.lineno();
        StmtNode prelude = null;
        Expr test = w.test();
        if (has(test)) {
            List<Stmt> pre = new ArrayList<>();
            test = lift(test, pre);
            prelude = block(pre, line);
        }
        c.unit.loopDepth++;
        StmtNode body = body(w.body(), line);
        c.unit.loopDepth--;
        return new GenWhile(line, prelude, c.exprs.compile(test), body, c.stmts.optionalBody(w.orelse(), line),
                c.unit.newResumeSlot());
    }

    private StmtNode forStmt(Stmt.For f, Expr iter) {
        int line = f.lineno();
        ExprNode it = c.exprs.compile(iter);
        TargetNode target = c.targets.compile(f.target());
        StmtNode fused = forYield(f, it, target);
        if (fused != null) {
            return fused;
        }
        c.unit.loopDepth++;
        StmtNode body = body(f.body(), line);
        c.unit.loopDepth--;
        return new GenFor(line, target, it, body, c.stmts.optionalBody(f.orelse(), line), c.unit.newResumeSlot(),
                c.unit.newTemp(), ownsIterable(f.iter()));
    }

    /**
     * {@code for t in it: [if c: ...] yield v} (no else, the yield's value unused, no other yield)
     * as one {@link GenForYield}; null for any other loop.
     */
    private StmtNode forYield(Stmt.For f, ExprNode it, TargetNode target) {
        if (!f.orelse().isEmpty() || c.unit.scope.isCoroutine) {
            return null;
        }
        List<Expr> tests = new ArrayList<>();
        List<Stmt> body = f.body();
        while (body.size() == 1 && body.get(0) instanceof Stmt.If i && i.orelse().isEmpty() && !has(i.test())) {
            tests.add(i.test());
            body = i.body();
        }
        if (body.size() != 1 || !(body.get(0) instanceof Stmt.Expr e) || !(e.value() instanceof Expr.Yield y)
                || has(y.value())) {
            return null;
        }
        ExprNode[] testNodes = new ExprNode[tests.size()];
        int[] testLines = new int[tests.size()];
        Stmt s = f.body().get(0); // the lines a traceback shows: each if statement's, as GenBlock sets them
        for (int i = 0; i < testNodes.length; i++, s = ((Stmt.If) s).body().get(0)) {
            testNodes[i] = c.exprs.compile(tests.get(i));
            testLines[i] = s.lineno();
        }
        ExprNode value = y.value() == null ? null : c.exprs.compile(y.value());
        return new GenForYield(f.lineno(), target, it, testNodes, testLines, value, e.lineno(),
                c.unit.newResumeSlot(), c.unit.newTemp(), ownsIterable(f.iter()));
    }

    /** The loop owns its iterable: a temporary, or a generator expression's own {@code .0} argument. */
    private boolean ownsIterable(Expr iter) {
        return StatementCompiler.ownsIterable(iter)
                || c.unit.ownsFirstIterable && iter instanceof Expr.Name n && n.id().equals(".0");
    }

    private StmtNode tryStmt(int line, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                             List<Stmt> finalbody, boolean star) {
        StmtNode inner = body(body, line);
        if (!handlers.isEmpty()) {
            TryExceptStmt.Handler[] hs = new TryExceptStmt.Handler[handlers.size()];
            for (int i = 0; i < hs.length; i++) {
                ExceptHandler h = handlers.get(i);
                hs[i] = new TryExceptStmt.Handler(h.lineno(), h.type() == null ? null : c.exprs.compile(h.type()),
                        h.name() == null ? null : c.names.target(h.name(), h), body(h.body(), h.lineno()));
            }
            int rs = c.unit.newResumeSlot();
            c.unit.newResumeSlot();
            inner = new GenTryExcept(line, inner, hs, c.stmts.optionalBody(orelse, line), rs, c.unit.newTemp(),
                    star);
        }
        if (!finalbody.isEmpty()) {
            int rs = c.unit.newResumeSlot();
            c.unit.newResumeSlot();
            inner = new GenTryFinally(line, inner, body(finalbody, line), rs, c.unit.newTemp());
        }
        return inner;
    }

    private StmtNode with(int line, List<WithItem> items, int i, List<Stmt> body) {
        WithItem item = items.get(i);
        return withPrelude(item.contextExpr(), line, ctx -> {
            TargetNode target = item.optionalVars() == null ? null : c.targets.compile(item.optionalVars());
            StmtNode inner = i == items.size() - 1 ? body(body, line) : with(line, items, i + 1, body);
            int slot = c.unit.newTemp();
            c.unit.newTemp();
            return new GenWith(line, c.exprs.compile(ctx), target, inner, c.unit.newResumeSlot(), slot);
        });
    }

    /** Simple statements: lift every yield into prelude statements, then the simplified statement. */
    private StmtNode liftSimple(Stmt s) {
        List<Stmt> prelude = new ArrayList<>();
        java.util.function.Supplier<StmtNode> compileSimple;
        if (s instanceof Stmt.FunctionDef || s instanceof Stmt.AsyncFunctionDef || s instanceof Stmt.ClassDef) {
            compileSimple = liftDefinition(s, prelude);
        } else {
            Stmt simple = liftStatement(s, prelude);
            compileSimple = () -> c.stmts.compile(simple);
        }
        List<StmtNode> nodes = new ArrayList<>();
        for (Stmt p : prelude) {
            nodes.add(c.stmts.compile(p));
        }
        nodes.add(compileSimple.get());
        return new GenBlock(s.lineno(), nodes.toArray(new StmtNode[0]), c.unit.newResumeSlot());
    }

    /**
     * {@code def}/{@code class} with a yield in a decorator: the decorators are evaluated, top to
     * bottom, into temporaries first, as CPython evaluates them before the definition. The node
     * itself is kept (the symbol table knows its scope by identity). Yields elsewhere in the header
     * (defaults, bases, annotations) are not supported.
     */
    private java.util.function.Supplier<StmtNode> liftDefinition(Stmt s, List<Stmt> out) {
        List<Expr> decorators = s instanceof Stmt.FunctionDef f ? f.decoratorList()
                : s instanceof Stmt.AsyncFunctionDef af ? af.decoratorList() : ((Stmt.ClassDef) s).decoratorList();
        int last = -1;
        for (int i = 0; i < decorators.size(); i++) {
            if (has(decorators.get(i))) {
                last = i;
            }
        }
        if (last < 0) {
            throw new CompileError("'yield' inside this statement is not supported yet", s);
        }
        List<Expr> lifted = new ArrayList<>(decorators);
        for (int i = 0; i <= last; i++) {
            lifted.set(i, spill(decorators.get(i), out, true));
        }
        if (s instanceof Stmt.FunctionDef f) {
            return () -> c.functions.functionDef(f, f.name(), f.args(), f.body(), lifted, f.returns());
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            return () -> c.functions.functionDef(f, f.name(), f.args(), f.body(), lifted, f.returns());
        }
        return () -> c.functions.classDef((Stmt.ClassDef) s, lifted);
    }

    private Stmt liftStatement(Stmt s, List<Stmt> out) {
        int l = s.lineno();
        int co = s.colOffset();
        int el = s.endLineno();
        int ec = s.endColOffset();
        if (s instanceof Stmt.Expr e) {
            return new Stmt.Expr(lift(e.value(), out), l, co, el, ec);
        } else if (s instanceof Stmt.Assign a && !anyHas(a.targets())) {
            return new Stmt.Assign(a.targets(), lift(a.value(), out), l, co, el, ec);
        } else if (s instanceof Stmt.Assign a) {
            // CPython: the value first, then each target in turn, its sub-expressions just before its store
            Expr value = spill(a.value(), out, true);
            List<Expr> targets = a.targets();
            for (int i = 0; i < targets.size() - 1; i++) {
                out.add(new Stmt.Assign(List.of(liftTarget(targets.get(i), out)), value, l, co, el, ec));
            }
            return new Stmt.Assign(List.of(liftTarget(targets.get(targets.size() - 1), out)), value, l, co, el, ec);
        } else if (s instanceof Stmt.AugAssign a) {
            // the target's container and key are evaluated before the value
            Expr target = liftTarget(a.target(), out);
            return new Stmt.AugAssign(target, a.op(), lift(a.value(), out), l, co, el, ec);
        } else if (s instanceof Stmt.Delete d) {
            List<Expr> targets = new ArrayList<>();
            for (Expr t : d.targets()) {
                targets.add(liftTarget(t, out));
            }
            return new Stmt.Delete(targets, l, co, el, ec);
        } else if (s instanceof Stmt.AnnAssign a) {
            return new Stmt.AnnAssign(a.target(), a.annotation(), lift(a.value(), out), a.simple(), l, co, el, ec);
        } else if (s instanceof Stmt.Return r) {
            return new Stmt.Return(lift(r.value(), out), l, co, el, ec);
        } else if (s instanceof Stmt.Raise r) {
            Expr exc = lift(r.exc(), out);
            return new Stmt.Raise(exc, r.cause() == null ? null : lift(r.cause(), out), l, co, el, ec);
        } else if (s instanceof Stmt.Assert a) {
            Expr test = lift(a.test(), out);
            if (!has(a.msg())) {
                return new Stmt.Assert(test, a.msg(), l, co, el, ec);
            }
            // the message is evaluated only when the test fails: `if not test: assert False, msg`
            List<Stmt> fail = new ArrayList<>();
            Expr msg = lift(a.msg(), fail);
            fail.add(new Stmt.Assert(new Expr.Constant(Boolean.FALSE, null, l, co, el, ec), msg, l, co, el, ec));
            return new Stmt.If(new Expr.UnaryOp(org.weft.python.ast.UnaryOpKind.Not, test, l, co, el, ec), fail,
                    List.of(), l, co, el, ec);
        }
        throw new CompileError("'yield' inside this statement is not supported yet", s);
    }

    private static boolean anyHas(List<Expr> es) {
        for (Expr e : es) {
            if (has(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An assignment target with the yields in its sub-expressions lifted: {@code d[(yield)]} and
     * {@code (yield).x} keep their kind and context; tuple and list targets are lifted element by
     * element (each element's parts are evaluated before any store, a small reordering).
     */
    private Expr liftTarget(Expr t, List<Stmt> out) {
        if (!has(t)) {
            return t;
        }
        int l = t.lineno();
        int co = t.colOffset();
        int el = t.endLineno();
        int ec = t.endColOffset();
        if (t instanceof Expr.Tuple tu) {
            return new Expr.Tuple(liftTargets(tu.elts(), out), tu.ctx(), l, co, el, ec);
        } else if (t instanceof Expr.List li) {
            return new Expr.List(liftTargets(li.elts(), out), li.ctx(), l, co, el, ec);
        } else if (t instanceof Expr.Starred st) {
            return new Expr.Starred(liftTarget(st.value(), out), st.ctx(), l, co, el, ec);
        }
        return lift(t, out); // Attribute, Subscript: rebuilt with their Store/Del context
    }

    private List<Expr> liftTargets(List<Expr> targets, List<Stmt> out) {
        List<Expr> r = new ArrayList<>();
        for (Expr t : targets) {
            r.add(liftTarget(t, out));
        }
        return r;
    }

    // ---- expression lifting

    Expr.Name temp(Expr where, ExprContext ctx) {
        return new Expr.Name(".t" + (++temps), ctx, where.lineno(), where.colOffset(), where.endLineno(),
                where.endColOffset());
    }

    private Expr.Name store(Expr value, List<Stmt> out) {
        Expr.Name t = temp(value, ExprContext.Store);
        out.add(new Stmt.Assign(List.of(t), value, value.lineno(), value.colOffset(), value.endLineno(),
                value.endColOffset()));
        return new Expr.Name(t.id(), ExprContext.Load, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    }

    /** An expression equivalent to {@code e} without yields, after the statements added to {@code out}. */
    Expr lift(Expr e, List<Stmt> out) {
        if (e == null || !has(e)) {
            return e;
        }
        if (e instanceof Expr.Yield y) {
            Expr v = y.value() == null ? null : spill(y.value(), out, true);
            return store(new Expr.Yield(v, y.lineno(), y.colOffset(), y.endLineno(), y.endColOffset()), out);
        }
        if (e instanceof Expr.YieldFrom y) {
            return store(new Expr.YieldFrom(spill(y.value(), out, true), y.lineno(), y.colOffset(), y.endLineno(),
                    y.endColOffset()), out);
        }
        if (AsyncDesugar.isAsyncComprehension(e)) {
            return store(new Expr.Await(e, e.lineno(), e.colOffset(), e.endLineno(), e.endColOffset()), out);
        }
        if (e instanceof Expr.Await a && AsyncDesugar.isAsyncComprehension(a.value())) {
            return store(a, out);
        }
        if (e instanceof Expr.Await a) {
            return store(new Expr.Await(spill(a.value(), out, true), a.lineno(), a.colOffset(), a.endLineno(),
                    a.endColOffset()), out);
        }
        if (e instanceof Expr.BoolOp b) {
            return shortCircuit.boolOp(b, out);
        } else if (e instanceof Expr.IfExp i) {
            return shortCircuit.ifExp(i, out);
        } else if (e instanceof Expr.Compare cmp && cmp.ops().size() > 1) {
            return shortCircuit.chain(cmp, out);
        }
        List<Expr> kids = children(e);
        if (kids == null) {
            throw new CompileError("'yield' inside this expression is not supported yet", e);
        }
        int last = -1;
        for (int i = 0; i < kids.size(); i++) {
            if (has(kids.get(i))) {
                last = i;
            }
        }
        List<Expr> lifted = new ArrayList<>(kids);
        for (int i = 0; i <= last; i++) {
            lifted.set(i, spill(kids.get(i), out, i < last));
        }
        Expr rebuilt = rebuild(e, lifted);
        if (e instanceof Expr.Lambda || firstIterable(e) != null) {
            c.table.sameScope(rebuilt, e);
        }
        return rebuilt;
    }

    /** Lifts {@code e}; when later siblings contain a yield, also saves its value in a temporary. */
    Expr spill(Expr e, List<Stmt> out, boolean save) {
        if (e == null) {
            return null;
        }
        Expr x = lift(e, out);
        if (!save || x instanceof Expr.Constant || x instanceof Expr.Starred) {
            return x;
        }
        return store(x, out);
    }

    /** The sub-expressions in evaluation order, or null when lifting through {@code e} is not supported. */
    private static List<Expr> children(Expr e) {
        if (e instanceof Expr.BinOp b) {
            return List.of(b.left(), b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            return List.of(u.operand());
        } else if (e instanceof Expr.Call call) {
            List<Expr> r = new ArrayList<>();
            r.add(call.func());
            r.addAll(call.args());
            for (Keyword k : call.keywords()) {
                r.add(k.value());
            }
            return r;
        } else if (e instanceof Expr.Dict d) {
            List<Expr> r = new ArrayList<>(); // k0, v0, k1, v1...: a null key is a **mapping
            for (int i = 0; i < d.values().size(); i++) {
                r.add(d.keys().get(i));
                r.add(d.values().get(i));
            }
            return r;
        } else if (e instanceof Expr.Set set) {
            return set.elts();
        } else if (e instanceof Expr.Slice sl) {
            List<Expr> r = new ArrayList<>(); // null bounds stay null
            r.add(sl.lower());
            r.add(sl.upper());
            r.add(sl.step());
            return r;
        } else if (e instanceof Expr.Attribute a) {
            return List.of(a.value());
        } else if (e instanceof Expr.Subscript s) {
            return List.of(s.value(), s.slice());
        } else if (e instanceof Expr.Tuple t) {
            return t.elts();
        } else if (e instanceof Expr.List l) {
            return l.elts();
        } else if (e instanceof Expr.Compare c && c.ops().size() == 1) {
            return List.of(c.left(), c.comparators().get(0));
        } else if (e instanceof Expr.FormattedValue f) {
            return f.formatSpec() == null ? List.of(f.value()) : List.of(f.value(), f.formatSpec());
        } else if (e instanceof Expr.JoinedStr j) {
            return j.values();
        } else if (e instanceof Expr.Starred s) {
            return List.of(s.value());
        } else if (e instanceof Expr.NamedExpr n) {
            return List.of(n.value());
        } else if (firstIterable(e) != null) {
            return List.of(firstIterable(e)); // the only part evaluated in this scope
        } else if (e instanceof Expr.Lambda l) {
            List<Expr> r = new ArrayList<>(l.args().defaults()); // then the keyword-only ones (null: none)
            r.addAll(l.args().kwDefaults());
            return r;
        }
        return null;
    }

    /** The first iterable of a comprehension (evaluated in the enclosing scope), or null for other expressions. */
    private static Expr firstIterable(Expr e) {
        List<org.weft.python.ast.Comprehension> gens;
        if (e instanceof Expr.ListComp c) {
            gens = c.generators();
        } else if (e instanceof Expr.SetComp c) {
            gens = c.generators();
        } else if (e instanceof Expr.DictComp c) {
            gens = c.generators();
        } else if (e instanceof Expr.GeneratorExp c) {
            gens = c.generators();
        } else {
            return null;
        }
        return gens.get(0).iter();
    }

    /** A comprehension's generators with the first iterable replaced. */
    private static List<org.weft.python.ast.Comprehension> withFirstIterable(
            List<org.weft.python.ast.Comprehension> gens, Expr iter) {
        List<org.weft.python.ast.Comprehension> r = new ArrayList<>(gens);
        org.weft.python.ast.Comprehension first = gens.get(0);
        r.set(0, new org.weft.python.ast.Comprehension(first.target(), iter, first.ifs(), first.isAsync()));
        return r;
    }

    private static Expr rebuild(Expr e, List<Expr> k) {
        int l = e.lineno();
        int co = e.colOffset();
        int el = e.endLineno();
        int ec = e.endColOffset();
        if (e instanceof Expr.BinOp b) {
            return new Expr.BinOp(k.get(0), b.op(), k.get(1), l, co, el, ec);
        } else if (e instanceof Expr.UnaryOp u) {
            return new Expr.UnaryOp(u.op(), k.get(0), l, co, el, ec);
        } else if (e instanceof Expr.Call call) {
            int nargs = call.args().size();
            List<Keyword> kws = new ArrayList<>();
            for (int i = 0; i < call.keywords().size(); i++) {
                Keyword kw = call.keywords().get(i);
                kws.add(new Keyword(kw.arg(), k.get(1 + nargs + i), kw.lineno(), kw.colOffset(), kw.endLineno(),
                        kw.endColOffset()));
            }
            return new Expr.Call(k.get(0), k.subList(1, 1 + nargs), kws, l, co, el, ec);
        } else if (e instanceof Expr.Dict) {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            for (int i = 0; i < k.size(); i += 2) {
                keys.add(k.get(i));
                values.add(k.get(i + 1));
            }
            return new Expr.Dict(keys, values, l, co, el, ec);
        } else if (e instanceof Expr.Set) {
            return new Expr.Set(k, l, co, el, ec);
        } else if (e instanceof Expr.Slice) {
            return new Expr.Slice(k.get(0), k.get(1), k.get(2), l, co, el, ec);
        } else if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(k.get(0), a.attr(), a.ctx(), l, co, el, ec);
        } else if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(k.get(0), k.get(1), s.ctx(), l, co, el, ec);
        } else if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(k, t.ctx(), l, co, el, ec);
        } else if (e instanceof Expr.List li) {
            return new Expr.List(k, li.ctx(), l, co, el, ec);
        } else if (e instanceof Expr.Compare c) {
            return new Expr.Compare(k.get(0), c.ops(), List.of(k.get(1)), l, co, el, ec);
        } else if (e instanceof Expr.FormattedValue f) {
            return new Expr.FormattedValue(k.get(0), f.conversion(), k.size() > 1 ? k.get(1) : null, l, co, el, ec);
        } else if (e instanceof Expr.JoinedStr) {
            return new Expr.JoinedStr(k, l, co, el, ec);
        } else if (e instanceof Expr.NamedExpr n) {
            return new Expr.NamedExpr(n.target(), k.get(0), l, co, el, ec);
        } else if (e instanceof Expr.ListComp c) {
            return new Expr.ListComp(c.elt(), withFirstIterable(c.generators(), k.get(0)), l, co, el, ec);
        } else if (e instanceof Expr.SetComp c) {
            return new Expr.SetComp(c.elt(), withFirstIterable(c.generators(), k.get(0)), l, co, el, ec);
        } else if (e instanceof Expr.DictComp c) {
            return new Expr.DictComp(c.key(), c.value(), withFirstIterable(c.generators(), k.get(0)), l, co, el, ec);
        } else if (e instanceof Expr.GeneratorExp c) {
            return new Expr.GeneratorExp(c.elt(), withFirstIterable(c.generators(), k.get(0)), l, co, el, ec);
        } else if (e instanceof Expr.Lambda lam) {
            org.weft.python.ast.Arguments a = lam.args();
            int nd = a.defaults().size();
            org.weft.python.ast.Arguments lifted = new org.weft.python.ast.Arguments(a.posonlyargs(), a.args(),
                    a.vararg(), a.kwonlyargs(), k.subList(nd, k.size()), a.kwarg(), k.subList(0, nd));
            return new Expr.Lambda(lifted, lam.body(), l, co, el, ec);
        } else {
            Expr.Starred s = (Expr.Starred) e;
            return new Expr.Starred(k.get(0), s.ctx(), l, co, el, ec);
        }
    }
}
