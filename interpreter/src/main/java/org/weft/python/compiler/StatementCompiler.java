package org.weft.python.compiler;

import java.util.ArrayList;
import java.util.List;

import org.weft.python.ast.Alias;
import org.weft.python.ast.ExceptHandler;
import org.weft.python.ast.Expr;
import org.weft.python.ast.Stmt;
import org.weft.python.ast.WithItem;
import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.nodes.controlflow.AnnotationNodes;
import org.weft.python.nodes.controlflow.AssertStmt;
import org.weft.python.nodes.controlflow.AssignStmt;
import org.weft.python.nodes.controlflow.Block;
import org.weft.python.nodes.controlflow.DeleteStmt;
import org.weft.python.nodes.controlflow.DisplayHookStmt;
import org.weft.python.nodes.controlflow.ExprStmt;
import org.weft.python.nodes.controlflow.ForStmt;
import org.weft.python.nodes.controlflow.IfStmt;
import org.weft.python.nodes.controlflow.ImportNodes;
import org.weft.python.nodes.controlflow.LocalAssign;
import org.weft.python.nodes.controlflow.LocalForStmt;
import org.weft.python.nodes.controlflow.ParallelAssign;
import org.weft.python.nodes.controlflow.ParallelLocalAssign;
import org.weft.python.nodes.controlflow.RaiseStmt;
import org.weft.python.nodes.controlflow.SimpleStmts;
import org.weft.python.nodes.controlflow.TryExceptStmt;
import org.weft.python.nodes.controlflow.TryFinallyStmt;
import org.weft.python.nodes.controlflow.WhileStmt;
import org.weft.python.nodes.controlflow.WithStmt;
import org.weft.python.nodes.expression.Const;
import org.weft.python.runtime.PyObject;

/** Turns statements into executable nodes (CPython's {@code compiler_visit_stmt}). */
final class StatementCompiler {
    private static final String EXCEPT_STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block";
    private final Compiler c;

    StatementCompiler(Compiler c) {
        this.c = c;
    }

    /** The body of a module, exec or cell; see {@link Compiler.Kind}. */
    StmtNode moduleBody(List<Stmt> body, Compiler.Kind kind) {
        List<StmtNode> nodes = new ArrayList<>();
        if (c.unit.scope.hasAnnotations) {
            nodes.add(new AnnotationNodes.Setup(1));
        }
        PyObject doc = Compiler.docstring(body);
        if (doc != null && kind != Compiler.Kind.SINGLE) {
            nodes.add(new AssignStmt(body.get(0).lineno(), new TargetNode[] {c.names.target("__doc__", null)},
                    new Const(doc)));
        }
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            boolean last = i == body.size() - 1;
            if (!runs(s)) {
                continue;
            }
            if (s instanceof Stmt.Expr e && kind == Compiler.Kind.SINGLE) {
                nodes.add(new DisplayHookStmt(s.lineno(), c.exprs.compile(e.value())));
            } else if (s instanceof Stmt.Expr e && last && kind == Compiler.Kind.EXEC_RETURN_LAST) {
                nodes.add(new SimpleStmts.Return(s.lineno(), c.exprs.compile(e.value())));
            } else {
                nodes.add(compile(s));
            }
        }
        return new Block(1, nodes.toArray(new StmtNode[0]));
    }

    StmtNode body(List<Stmt> body, int lineno) {
        if (c.unit.scope.isResumable() && YieldFinder.containsAny(body)) {
            return c.yields.block(body, lineno);
        }
        List<StmtNode> nodes = new ArrayList<>(body.size());
        for (Stmt s : body) {
            if (runs(s)) {
                nodes.add(compile(s));
            }
        }
        return new Block(lineno, nodes.toArray(new StmtNode[0]));
    }

    /**
     * Whether a statement runs at all: {@code global} and {@code nonlocal} only declare (CPython
     * compiles no code for them, so sys.settrace sees no 'line' event there), and statement lists
     * leave them out.
     */
    static boolean runs(Stmt s) {
        return !(s instanceof Stmt.Global) && !(s instanceof Stmt.Nonlocal);
    }

    /** An optional else/finally body: null when empty. */
    StmtNode optionalBody(List<Stmt> body, int lineno) {
        return body.isEmpty() ? null : body(body, lineno);
    }

    StmtNode compile(Stmt s) {
        if (c.unit.scope.isResumable() && YieldFinder.contains(s)) {
            return c.yields.resumable(s);
        }
        int line = s.lineno();
        if (s instanceof Stmt.Expr e) {
            // Compare CPython compiler_visit_stmt_expr: interactive code echoes every expression
            // statement of the top-level unit, also inside loops and ifs (doctest relies on it).
            if (c.kind == Compiler.Kind.SINGLE && c.unit.parent == null) {
                return new DisplayHookStmt(line, c.exprs.compile(e.value()));
            }
            return new ExprStmt(line, c.exprs.compile(e.value()));
        } else if (s instanceof Stmt.Assign a) {
            return assign(a);
        } else if (s instanceof Stmt.AugAssign a) {
            return c.targets.augAssign(line, a.target(), a.op(),
                    c.exprs.compile(a.value()));
        } else if (s instanceof Stmt.Return r) {
            if (!c.unit.isFunction()) {
                throw new CompileError("'return' outside function", s);
            }
            if (c.unit.exceptStarLoopBase >= 0) {
                // CPython reports it where the returned value was last compiled
                throw new CompileError(EXCEPT_STAR_EXIT, r.value() != null ? r.value() : s);
            }
            return new SimpleStmts.Return(line, r.value() == null ? null : c.exprs.compile(r.value()));
        } else if (s instanceof Stmt.If i) {
            return new IfStmt(line, c.exprs.compile(i.test()), body(i.body(), line), optionalBody(i.orelse(), line));
        } else if (s instanceof Stmt.While w) {
            return whileStmt(w);
        } else if (s instanceof Stmt.For f) {
            return forStmt(f);
        } else if (s instanceof Stmt.FunctionDef f) {
            return c.functions.functionDef(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns());
        } else if (s instanceof Stmt.ClassDef cd) {
            return c.functions.classDef(cd);
        }
        return compile2(s);
    }

    private StmtNode compile2(Stmt s) {
        int line = s.lineno();
        if (s instanceof Stmt.Pass) {
            return new SimpleStmts.Pass(line);
        } else if (s instanceof Stmt.Break) {
            if (leavesExceptStar()) {
                throw new CompileError(EXCEPT_STAR_EXIT, s);
            }
            if (c.unit.loopDepth == 0) {
                throw new CompileError("'break' outside loop", s);
            }
            return new SimpleStmts.Break(line);
        } else if (s instanceof Stmt.Continue) {
            if (leavesExceptStar()) {
                throw new CompileError(EXCEPT_STAR_EXIT, s);
            }
            if (c.unit.loopDepth == 0) {
                throw new CompileError("'continue' not properly in loop", s);
            }
            return new SimpleStmts.Continue(line);
        } else if (s instanceof Stmt.Raise r) {
            return new RaiseStmt(line, optional(r.exc()), optional(r.cause()));
        } else if (s instanceof Stmt.Try t) {
            return tryStmt(line, t.body(), t.handlers(), t.orelse(), t.finalbody(), false);
        } else if (s instanceof Stmt.TryStar t) {
            return tryStmt(line, t.body(), t.handlers(), t.orelse(), t.finalbody(), true);
        } else if (s instanceof Stmt.With w) {
            return with(line, w.items(), 0, w.body());
        } else if (s instanceof Stmt.Delete d) {
            TargetNode[] ts = new TargetNode[d.targets().size()];
            for (int i = 0; i < ts.length; i++) {
                ts[i] = c.targets.compile(d.targets().get(i));
            }
            return new DeleteStmt(line, ts);
        } else if (s instanceof Stmt.Assert a) {
            return new AssertStmt(line, c.exprs.compile(a.test()), optional(a.msg()), ExpressionCompiler.span(a.test()));
        } else if (s instanceof Stmt.AnnAssign a) {
            return annAssign(a);
        } else if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) {
            return new SimpleStmts.Pass(line); // statement lists leave it out (see runs)
        } else if (s instanceof Stmt.Import i) {
            return importStmt(i);
        } else if (s instanceof Stmt.ImportFrom i) {
            return importFrom(i);
        } else if (s instanceof Stmt.Match m) {
            return c.patterns.match(m);
        } else if (s instanceof Stmt.AsyncFor af) {
            return compile(AsyncDesugar.asyncFor(af));
        } else if (s instanceof Stmt.AsyncWith aw) {
            return compile(AsyncDesugar.asyncWith(aw));
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            return c.functions.functionDef(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns());
        }
        throw new CompileError("unsupported statement " + s.getClass().getSimpleName(), s);
    }

    private ExprNode optional(Expr e) {
        return e == null ? null : c.exprs.compile(e);
    }

    private StmtNode assign(Stmt.Assign a) {
        if (a.targets().size() == 1) {
            StmtNode parallel = parallelLocalAssign(a);
            if (parallel != null) {
                return parallel;
            }
        }
        ExprNode value = c.exprs.compile(a.value());
        if (a.targets().size() == 1) {
            int slot = a.targets().get(0) instanceof Expr.Name n ? c.names.localSlot(n.id()) : -1;
            if (slot >= 0) {
                return new LocalAssign(a.lineno(), slot, value);
            }
        }
        TargetNode[] ts = new TargetNode[a.targets().size()];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = c.targets.compile(a.targets().get(i));
        }
        return new AssignStmt(a.lineno(), ts, value);
    }

    /**
     * {@code a, b = x, y}: as many targets as plain items, no starred one on either side. A
     * {@link ParallelLocalAssign} when every target is a fast-local name, else a
     * {@link ParallelAssign}; null for any other assignment.
     */
    private StmtNode parallelLocalAssign(Stmt.Assign a) {
        if (!(a.targets().get(0) instanceof Expr.Tuple t) || !(a.value() instanceof Expr.Tuple v)
                || t.elts().size() != v.elts().size() || t.elts().size() < 2) {
            return null;
        }
        int n = t.elts().size();
        int[] slots = new int[n];
        boolean allLocal = true;
        for (int i = 0; i < n; i++) {
            if (t.elts().get(i) instanceof Expr.Starred || v.elts().get(i) instanceof Expr.Starred) {
                return null;
            }
            int slot = t.elts().get(i) instanceof Expr.Name name ? c.names.localSlot(name.id()) : -1;
            allLocal &= slot >= 0;
            slots[i] = slot;
        }
        ExprNode[] values = new ExprNode[n];
        for (int i = 0; i < n; i++) {
            values[i] = c.exprs.compile(v.elts().get(i));
        }
        if (allLocal) {
            return new ParallelLocalAssign(a.lineno(), slots, values);
        }
        TargetNode[] targets = new TargetNode[n];
        for (int i = 0; i < n; i++) {
            targets[i] = c.targets.compile(t.elts().get(i));
        }
        return new ParallelAssign(a.lineno(), targets, values);
    }

    private StmtNode annAssign(Stmt.AnnAssign a) {
        List<StmtNode> nodes = new ArrayList<>();
        if (a.value() != null) {
            nodes.add(new AssignStmt(a.lineno(), new TargetNode[] {c.targets.compile(a.target())},
                    c.exprs.compile(a.value())));
        }
        if (a.simple() && a.target() instanceof Expr.Name n && !c.unit.isFunction()) {
            nodes.add(new AnnotationNodes.Store(a.lineno(), c.mangle(n.id()), c.annotation(a.annotation())));
        } else if (!c.unit.isFunction() && !c.futureAnnotations) { // PEP 563: not evaluated at all
            nodes.add(new ExprStmt(a.lineno(), c.exprs.compile(a.annotation())));
        }
        return new Block(a.lineno(), nodes.toArray(new StmtNode[0]));
    }

    private StmtNode whileStmt(Stmt.While w) {
        ExprNode test = c.exprs.compile(w.test());
        c.unit.loopDepth++;
        StmtNode body = body(w.body(), w.lineno());
        c.unit.loopDepth--;
        return new WhileStmt(w.lineno(), test, body, optionalBody(w.orelse(), w.lineno()));
    }

    private StmtNode forStmt(Stmt.For f) {
        ExprNode iter = c.exprs.iterable(f.iter());
        int slot = f.target() instanceof Expr.Name n ? c.names.localSlot(n.id()) : -1;
        TargetNode target = slot >= 0 ? null : c.targets.compile(f.target());
        c.unit.loopDepth++;
        StmtNode body = body(f.body(), f.lineno());
        c.unit.loopDepth--;
        StmtNode orelse = optionalBody(f.orelse(), f.lineno());
        if (slot >= 0 && orelse == null) {
            return new LocalForStmt(f.lineno(), slot, iter, body, ownsIterable(f.iter()));
        }
        if (target == null) {
            target = c.targets.compile(f.target());
        }
        return new ForStmt(f.lineno(), target, iter, body, orelse, ownsIterable(f.iter()));
    }

    /**
     * True when a {@code for} loop's iterable is a temporary that only the loop can hold (a call or
     * a generator expression, not a name or attribute): the loop then closes the generator it
     * abandons, as CPython's reference counting does (the rule: {@code AbandonedGenerators}).
     */
    static boolean ownsIterable(Expr iter) {
        return iter instanceof Expr.Call || iter instanceof Expr.GeneratorExp;
    }

    StmtNode tryStmt(int line, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                     List<Stmt> finalbody, boolean star) {
        StmtNode inner = body(body, line);
        if (!handlers.isEmpty()) {
            TryExceptStmt.Handler[] hs = new TryExceptStmt.Handler[handlers.size()];
            for (int i = 0; i < hs.length; i++) {
                ExceptHandler h = handlers.get(i);
                if (h.type() == null && i < hs.length - 1) {
                    throw new CompileError("default 'except:' must be last", h);
                }
                hs[i] = new TryExceptStmt.Handler(h.lineno(), h.type() == null ? null : c.exprs.compile(h.type()),
                        h.name() == null ? null : c.names.target(h.name(), h), handlerBody(h, star));
            }
            inner = new TryExceptStmt(line, inner, hs, optionalBody(orelse, line), star);
        }
        if (!finalbody.isEmpty()) {
            inner = new TryFinallyStmt(line, inner, body(finalbody, line));
        }
        return inner;
    }

    private StmtNode handlerBody(ExceptHandler h, boolean star) {
        if (!star) {
            return body(h.body(), h.lineno());
        }
        int saved = c.unit.exceptStarLoopBase;
        c.unit.exceptStarLoopBase = c.unit.loopDepth;
        try {
            return body(h.body(), h.lineno());
        } finally {
            c.unit.exceptStarLoopBase = saved;
        }
    }

    /** A break or continue here would leave an except* handler body. */
    private boolean leavesExceptStar() {
        return c.unit.exceptStarLoopBase >= 0 && c.unit.loopDepth == c.unit.exceptStarLoopBase;
    }

    private StmtNode with(int line, List<WithItem> items, int i, List<Stmt> body) {
        WithItem item = items.get(i);
        ExprNode ctx = c.exprs.compile(item.contextExpr());
        TargetNode target = item.optionalVars() == null ? null : c.targets.compile(item.optionalVars());
        StmtNode inner = i == items.size() - 1 ? body(body, line) : with(line, items, i + 1, body);
        return new WithStmt(line, ctx, target, inner);
    }

    private StmtNode importStmt(Stmt.Import s) {
        List<StmtNode> nodes = new ArrayList<>();
        for (Alias a : s.names()) {
            String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
            c.unit.names.add(a.name());
            if (a.asname() != null) { // "import a.b.c as d" fetches b, then c, as attributes
                String[] parts = a.name().split("\\.");
                c.unit.names.addAll(java.util.Arrays.asList(parts).subList(1, parts.length));
            }
            nodes.add(new ImportNodes.Import(s.lineno(), a.name(), a.asname() != null,
                    c.names.target(bound, a)));
        }
        return new Block(s.lineno(), nodes.toArray(new StmtNode[0]));
    }

    private StmtNode importFrom(Stmt.ImportFrom s) {
        if (c.future != null) {
            c.future.check(s);
        }
        String module = s.module() == null ? "" : s.module();
        c.unit.names.add(module);
        if (s.names().size() == 1 && s.names().get(0).name().equals("*")) {
            return new ImportNodes.ImportStar(s.lineno(), module, s.level());
        }
        String[] names = new String[s.names().size()];
        TargetNode[] targets = new TargetNode[names.length];
        for (int i = 0; i < names.length; i++) {
            Alias a = s.names().get(i);
            names[i] = a.name();
            c.unit.names.add(a.name());
            targets[i] = c.names.target(a.asname() != null ? a.asname() : a.name(), a);
        }
        return new ImportNodes.ImportFrom(s.lineno(), module, s.level(), names, targets);
    }
}
