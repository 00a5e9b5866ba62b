package org.weft.python.compiler;

import java.util.IdentityHashMap;
import java.util.List;

import org.weft.python.ast.Alias;
import org.weft.python.ast.Arg;
import org.weft.python.ast.Arguments;
import org.weft.python.ast.Comprehension;
import org.weft.python.ast.ExceptHandler;
import org.weft.python.ast.Expr;
import org.weft.python.ast.Keyword;
import org.weft.python.ast.Located;
import org.weft.python.ast.MatchCase;
import org.weft.python.ast.Mod;
import org.weft.python.ast.Pattern;
import org.weft.python.ast.Stmt;
import org.weft.python.ast.WithItem;

/**
 * First pass of the symbol table: walks the AST, opens a {@link Scope} per block and records how
 * each name is defined and used there, raising the SyntaxErrors CPython's symtable raises.
 */
// CPython: symtable_visit_stmt / symtable_visit_expr in symtable.c
final class SymbolTableBuilder {
    private final IdentityHashMap<Object, Scope> byNode = new IdentityHashMap<>();
    private Scope cur;

    IdentityHashMap<Object, Scope> byNode() {
        return byNode;
    }

    Scope buildTop(Mod mod) {
        cur = new Scope("top", ScopeKind.MODULE, null, 1);
        cur.qualname = "";
        byNode.put(mod, cur);
        if (mod instanceof Mod.Module m) {
            stmts(m.body());
        } else if (mod instanceof Mod.Interactive i) {
            stmts(i.body());
        } else {
            expr(((Mod.Expression) mod).body());
        }
        return cur;
    }

    // ---- definitions

    private void def(String name, int flag, Located where) {
        if ((flag & (Scope.DEF_LOCAL | Scope.DEF_PARAM | Scope.DEF_IMPORT)) != 0) {
            forbidden(name, where);
        }
        String mangled = Mangler.mangle(cur.privateName, name);
        int old = cur.flagsOf(mangled);
        if ((flag & Scope.DEF_PARAM) != 0 && (old & Scope.DEF_PARAM) != 0) {
            throw new CompileError("duplicate argument '" + name + "' in function definition", where);
        }
        cur.addFlags(mangled, flag);
    }

    private Scope enter(Object node, String name, ScopeKind kind, int lineno) {
        Scope s = new Scope(name, kind, cur, lineno);
        s.privateName = kind == ScopeKind.CLASS ? name : cur.privateName;
        s.compIterExpr = cur.compIterExpr; // a lambda in an iterable is still in it (symtable_enter_block)
        byNode.put(node, s);
        cur = s;
        return s;
    }

    private void leave() {
        cur = cur.parent;
    }

    /** CPython: forbidden_name in compile.c; __debug__ is a constant no binding may change. */
    private static void forbidden(String name, Located where) {
        if (name != null && name.equals("__debug__")) {
            throw new CompileError("cannot assign to __debug__", where);
        }
    }

    // ---- statements

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), false);
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), true);
        } else if (s instanceof Stmt.ClassDef c) {
            classDef(c);
        } else if (s instanceof Stmt.Return r) {
            if (r.value() != null) {
                if (cur.valueReturn == null) {
                    cur.valueReturn = r;
                }
                expr(r.value());
            }
        } else if (s instanceof Stmt.Delete d) {
            exprs(d.targets());
        } else if (s instanceof Stmt.Assign a) {
            exprs(a.targets());
            expr(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            // CPython checks no attribute name of an augmented assignment (x.__debug__ += 1 compiles)
            expr(a.target() instanceof Expr.Attribute t ? t.value() : a.target());
            expr(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            annAssign(a);
        } else if (s instanceof Stmt.For f) {
            expr(f.target());
            expr(f.iter());
            stmts(f.body());
            stmts(f.orelse());
        } else if (s instanceof Stmt.AsyncFor f) {
            asyncStatementIn(s, "async for");
            expr(f.target());
            expr(f.iter());
            stmts(f.body());
            stmts(f.orelse());
        } else if (s instanceof Stmt.While w) {
            expr(w.test());
            stmts(w.body());
            stmts(w.orelse());
        } else if (s instanceof Stmt.If i) {
            expr(i.test());
            stmts(i.body());
            stmts(i.orelse());
        } else {
            stmt2(s);
        }
    }

    private void stmt2(Stmt s) {
        if (s instanceof Stmt.With w) {
            withItems(w.items());
            stmts(w.body());
        } else if (s instanceof Stmt.AsyncWith w) {
            asyncStatementIn(s, "async with");
            withItems(w.items());
            stmts(w.body());
        } else if (s instanceof Stmt.Match m) {
            expr(m.subject());
            for (MatchCase c : m.cases()) {
                pattern(c.pattern());
                if (c.guard() != null) {
                    expr(c.guard());
                }
                stmts(c.body());
            }
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                expr(r.exc());
            }
            if (r.cause() != null) {
                expr(r.cause());
            }
        } else if (s instanceof Stmt.Try t) {
            tryParts(t.body(), t.handlers(), t.orelse(), t.finalbody());
        } else if (s instanceof Stmt.TryStar t) {
            tryParts(t.body(), t.handlers(), t.orelse(), t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test());
            if (a.msg() != null) {
                expr(a.msg());
            }
        } else if (s instanceof Stmt.Import i) {
            imports(i.names());
        } else if (s instanceof Stmt.ImportFrom i) {
            imports(i.names());
        } else if (s instanceof Stmt.Global g) {
            declare(g.names(), Scope.DEF_GLOBAL, "global", s);
        } else if (s instanceof Stmt.Nonlocal n) {
            if (cur.kind == ScopeKind.MODULE) {
                throw new CompileError("nonlocal declaration not allowed at module level", s);
            }
            declare(n.names(), Scope.DEF_NONLOCAL, "nonlocal", s);
        } else if (s instanceof Stmt.Expr e) {
            expr(e.value());
        }
        // Pass, Break, Continue: nothing to record
    }

    private void function(Stmt node, String name, Arguments args, List<Stmt> body,
                          List<Expr> decorators, Expr returns, boolean async) {
        def(name, Scope.DEF_LOCAL, node);
        argDefaults(args);
        argAnnotations(args);
        if (returns != null) {
            expr(returns);
        }
        exprs(decorators);
        Scope s = enter(node, name, ScopeKind.FUNCTION, node.lineno());
        s.isCoroutine = async;
        params(args, node);
        stmts(body);
        if (s.isCoroutine && s.isGenerator && s.valueReturn != null) {
            // CPython: compiler_return in compile.c
            throw new CompileError("'return' with value in async generator", s.valueReturn);
        }
        leave();
    }

    private void classDef(Stmt.ClassDef c) {
        def(c.name(), Scope.DEF_LOCAL, c);
        exprs(c.bases());
        for (Keyword k : c.keywords()) {
            forbidden(k.arg(), c);
            expr(k.value());
        }
        exprs(c.decoratorList());
        enter(c, c.name(), ScopeKind.CLASS, c.lineno());
        stmts(c.body());
        leave();
    }

    private void annAssign(Stmt.AnnAssign a) {
        if (a.target() instanceof Expr.Name n) {
            String mangled = Mangler.mangle(cur.privateName, n.id());
            int old = cur.flagsOf(mangled);
            if ((old & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && a.simple()) {
                String kind = (old & Scope.DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw new CompileError("annotated name '" + n.id() + "' can't be " + kind, a);
            }
            def(n.id(), a.simple() ? Scope.DEF_ANNOT | Scope.DEF_LOCAL : Scope.DEF_LOCAL, a);
            if (a.simple() && cur.kind != ScopeKind.FUNCTION) {
                cur.hasAnnotations = true;
            }
        } else {
            expr(a.target());
        }
        expr(a.annotation());
        if (a.value() != null) {
            expr(a.value());
        }
    }

    private void withItems(List<WithItem> items) {
        for (WithItem w : items) {
            expr(w.contextExpr());
            if (w.optionalVars() != null) {
                expr(w.optionalVars());
            }
        }
    }

    private void tryParts(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> fin) {
        stmts(body);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) {
                expr(h.type());
            }
            if (h.name() != null) {
                def(h.name(), Scope.DEF_LOCAL, h);
            }
            stmts(h.body());
        }
        stmts(orelse);
        stmts(fin);
    }

    private void imports(List<Alias> names) {
        for (Alias a : names) {
            if (a.name().equals("*")) {
                if (cur.kind != ScopeKind.MODULE) {
                    throw new CompileError("import * only allowed at module level", a); // at the star, as symtable.c
                }
                continue;
            }
            String bound = a.asname() != null ? a.asname() : firstComponent(a.name());
            def(bound, Scope.DEF_IMPORT, a);
        }
    }

    private static String firstComponent(String dotted) {
        int dot = dotted.indexOf('.');
        return dot < 0 ? dotted : dotted.substring(0, dot);
    }

    // CPython: the Global_kind / Nonlocal_kind cases of symtable_visit_stmt
    private void declare(List<String> names, int flag, String what, Stmt s) {
        for (String name : names) {
            String mangled = Mangler.mangle(cur.privateName, name);
            int old = cur.flagsOf(mangled);
            if ((old & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE | Scope.DEF_ANNOT)) != 0) {
                String msg;
                if ((old & Scope.DEF_PARAM) != 0) {
                    msg = "name '%s' is parameter and " + what;
                } else if ((old & Scope.USE) != 0) {
                    msg = "name '%s' is used prior to " + what + " declaration";
                } else if ((old & Scope.DEF_ANNOT) != 0) {
                    msg = "annotated name '%s' can't be " + what;
                } else {
                    msg = "name '%s' is assigned to before " + what + " declaration";
                }
                throw new CompileError(String.format(msg, name), s);
            }
            cur.directiveSites.putIfAbsent(mangled, s);
            if ((flag == Scope.DEF_NONLOCAL && (old & Scope.DEF_GLOBAL) != 0)
                    || (flag == Scope.DEF_GLOBAL && (old & Scope.DEF_NONLOCAL) != 0)) {
                // reported at the first of the two statements, as CPython's error_at_directive
                throw new CompileError("name '" + name + "' is nonlocal and global", cur.directiveSites.get(mangled));
            }
            cur.addFlags(mangled, flag);
            if (flag == Scope.DEF_NONLOCAL) {
                cur.nonlocalSites.put(mangled, s);
            }
        }
    }

    // ---- parameters

    private void argDefaults(Arguments a) {
        exprs(a.defaults());
        for (Expr e : a.kwDefaults()) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void argAnnotations(Arguments a) {
        for (Arg p : a.posonlyargs()) {
            annotation(p);
        }
        for (Arg p : a.args()) {
            annotation(p);
        }
        annotation(a.vararg());
        for (Arg p : a.kwonlyargs()) {
            annotation(p);
        }
        annotation(a.kwarg());
    }

    private void annotation(Arg p) {
        if (p != null && p.annotation() != null) {
            expr(p.annotation());
        }
    }

    private void params(Arguments a, Located where) {
        for (Arg p : a.posonlyargs()) {
            param(p);
        }
        for (Arg p : a.args()) {
            param(p);
        }
        for (Arg p : a.kwonlyargs()) {
            param(p);
        }
        if (a.vararg() != null) {
            param(a.vararg());
            cur.hasVarargs = true;
        }
        if (a.kwarg() != null) {
            param(a.kwarg());
            cur.hasVarkw = true;
        }
    }

    private void param(Arg p) {
        def(p.arg(), Scope.DEF_PARAM, p);
        cur.params.add(Mangler.mangle(cur.privateName, p.arg()));
    }

    // ---- expressions

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    private void expr(Expr e) {
        if (e instanceof Expr.Name n) {
            name(n);
        } else if (e instanceof Expr.Constant) {
            return;
        } else if (e instanceof Expr.Attribute a) {
            if (a.ctx() == org.weft.python.ast.ExprContext.Store) {
                forbidden(a.attr(), a);
            }
            expr(a.value());
        } else if (e instanceof Expr.Call c) {
            expr(c.func());
            exprs(c.args());
            for (Keyword k : c.keywords()) {
                forbidden(k.arg(), c);
                expr(k.value());
            }
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.Compare c) {
            expr(c.left());
            exprs(c.comparators());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
        } else if (e instanceof Expr.BoolOp b) {
            exprs(b.values());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
        } else if (e instanceof Expr.Tuple t) {
            exprs(t.elts());
        } else if (e instanceof Expr.List l) {
            exprs(l.elts());
        } else {
            expr2(e);
        }
    }

    private void expr2(Expr e) {
        if (e instanceof Expr.Set s) {
            exprs(s.elts());
        } else if (e instanceof Expr.Dict d) {
            for (Expr k : d.keys()) {
                if (k != null) {
                    expr(k);
                }
            }
            exprs(d.values());
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orelse());
        } else if (e instanceof Expr.Starred s) {
            expr(s.value());
        } else if (e instanceof Expr.Slice s) {
            optional(s.lower());
            optional(s.upper());
            optional(s.step());
        } else if (e instanceof Expr.JoinedStr j) {
            exprs(j.values());
        } else if (e instanceof Expr.FormattedValue f) {
            expr(f.value());
            optional(f.formatSpec());
        } else if (e instanceof Expr.Lambda l) {
            lambda(l);
        } else if (e instanceof Expr.NamedExpr n) {
            namedExpr(n);
        } else {
            expr3(e);
        }
    }

    private void expr3(Expr e) {
        if (e instanceof Expr.Yield y) {
            yieldIn(e, "yield");
            optional(y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            yieldIn(e, "yield");
            if (isAsyncFunction()) {
                throw new CompileError("'yield from' inside async function", e);
            }
            expr(y.value());
        } else if (e instanceof Expr.Await a) {
            if (!cur.isFunctionLike()) {
                throw new CompileError("'await' outside function", e);
            }
            if (cur.kind == ScopeKind.FUNCTION && !cur.isCoroutine) {
                // a def or lambda; a comprehension may await (it becomes asynchronous)
                throw new CompileError("'await' outside async function", e);
            }
            expr(a.value());
        } else if (e instanceof Expr.ListComp c) {
            comprehension(e, "<listcomp>", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(e, "<setcomp>", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(e, "<dictcomp>", c.generators(), c.key(), c.value());
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(e, "<genexpr>", c.generators(), c.elt(), null);
        }
    }

    private void optional(Expr e) {
        if (e != null) {
            expr(e);
        }
    }

    private void name(Expr.Name n) {
        if (n.ctx() == org.weft.python.ast.ExprContext.Del && n.id().equals("__debug__")) {
            throw new CompileError("cannot delete __debug__", n);
        }
        int flag = n.ctx() == org.weft.python.ast.ExprContext.Load ? Scope.USE : Scope.DEF_LOCAL;
        def(n.id(), flag, n);
        // Zero-argument super() needs the __class__ cell of the enclosing class.
        if (flag == Scope.USE && (cur.kind == ScopeKind.FUNCTION || cur.kind == ScopeKind.COMPREHENSION)
                && n.id().equals("super")) {
            cur.addFlags("__class__", Scope.USE);
        }
    }

    /** The current block is an {@code async def} body (CPython: COMPILER_SCOPE_ASYNC_FUNCTION). */
    private boolean isAsyncFunction() {
        return cur.kind == ScopeKind.FUNCTION && cur.isCoroutine;
    }

    // CPython: compiler_async_for / compiler_async_with in compile.c
    private void asyncStatementIn(Stmt s, String what) {
        if (!isAsyncFunction()) {
            throw new CompileError("'" + what + "' outside async function", s);
        }
    }

    private void yieldIn(Expr e, String what) {
        if (cur.kind == ScopeKind.COMPREHENSION && !cur.name.equals("<genexpr>")) {
            String kind = cur.name.substring(1, cur.name.length() - 5);
            throw new CompileError("'yield' inside " + kindName(kind) + " comprehension", e);
        }
        if (!cur.isFunctionLike()) {
            throw new CompileError("'" + what + "' outside function", e);
        }
        if (cur.kind == ScopeKind.COMPREHENSION) {
            throw new CompileError("'yield' inside generator expression", e);
        }
        cur.isGenerator = true;
    }

    private static String kindName(String k) {
        switch (k) {
            case "list": return "list";
            case "set": return "set";
            default: return "dict";
        }
    }

    private void lambda(Expr.Lambda l) {
        argDefaults(l.args());
        Scope s = enter(l, "<lambda>", ScopeKind.FUNCTION, l.lineno());
        s.isLambda = true;
        params(l.args(), l);
        expr(l.body());
        leave();
    }

    // CPython: symtable_handle_comprehension; the first iterable belongs to the enclosing scope.
    private void comprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value) {
        Comprehension first = gens.get(0);
        iterable(first.iter());
        boolean async = name.equals("<genexpr>") ? AsyncDesugar.isAsyncGeneratorExp(node)
                : AsyncDesugar.isAsyncComprehension(node);
        if (async && !cur.isCoroutine && !name.equals("<genexpr>")) {
            throw new CompileError("asynchronous comprehension outside of an asynchronous function", node);
        }
        Scope s = enter(node, name, ScopeKind.COMPREHENSION, node.lineno());
        s.isGenerator = name.equals("<genexpr>");
        s.isCoroutine = async;
        cur.addFlags(".0", Scope.DEF_PARAM);
        cur.params.add(".0");
        comprehensionTarget(first.target());
        exprs(first.ifs());
        for (int i = 1; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            iterable(g.iter());
            comprehensionTarget(g.target());
            exprs(g.ifs());
        }
        if (value != null) {
            expr(elt);
            expr(value);
        } else {
            expr(elt);
        }
        leave();
    }

    /** A comprehension's iterable, where an assignment expression is an error. */
    private void iterable(Expr iter) {
        cur.compIterExpr++;
        try {
            expr(iter);
        } finally {
            cur.compIterExpr--;
        }
    }

    private void comprehensionTarget(Expr target) {
        expr(target);
        markIterVars(target);
    }

    private void markIterVars(Expr target) {
        if (target instanceof Expr.Name n) {
            String name = Mangler.mangle(cur.privateName, n.id());
            // CPython symtable_add_def_helper: an earlier `name := ...` in this comprehension
            // marked the name global or nonlocal here, and a later loop may not rebind it
            if ((cur.flagsOf(name) & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0) {
                throw new CompileError("comprehension inner loop cannot rebind assignment expression target '"
                        + n.id() + "'", n);
            }
            cur.addFlags(name, Scope.DEF_COMP_ITER);
        } else if (target instanceof Expr.Tuple t) {
            t.elts().forEach(this::markIterVars);
        } else if (target instanceof Expr.List l) {
            l.elts().forEach(this::markIterVars);
        } else if (target instanceof Expr.Starred s) {
            markIterVars(s.value());
        }
    }

    // CPython: symtable_extend_namedexpr_scope
    private void namedExpr(Expr.NamedExpr n) {
        if (cur.compIterExpr > 0) {
            throw new CompileError("assignment expression cannot be used in a comprehension iterable expression", n);
        }
        expr(n.value());
        String target = ((Expr.Name) n.target()).id();
        if (cur.kind != ScopeKind.COMPREHENSION) {
            def(target, Scope.DEF_LOCAL, n);
            return;
        }
        for (Scope s = cur; s != null; s = s.parent) {
            if (s.kind == ScopeKind.COMPREHENSION) {
                if ((s.flagsOf(target) & Scope.DEF_COMP_ITER) != 0) {
                    throw new CompileError("assignment expression cannot rebind comprehension iteration variable '"
                            + target + "'", n.target());
                }
                continue;
            }
            if (s.kind == ScopeKind.FUNCTION) {
                boolean global = (s.flagsOf(target) & Scope.DEF_GLOBAL) != 0;
                markThrough(target, global ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL, s);
                s.addFlags(target, Scope.DEF_LOCAL);
            } else if (s.kind == ScopeKind.MODULE) {
                markThrough(target, Scope.DEF_GLOBAL, s);
                s.addFlags(target, Scope.DEF_GLOBAL);
            } else {
                throw new CompileError("assignment expression within a comprehension cannot be used in a class body",
                        n.target());
            }
            return;
        }
    }

    /** Marks {@code name} in every comprehension between the current one and {@code upto}. */
    private void markThrough(String name, int flag, Scope upto) {
        for (Scope s = cur; s != upto; s = s.parent) {
            s.addFlags(name, flag | Scope.USE);
        }
    }

    // ---- patterns

    private void pattern(Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            expr(v.value());
        } else if (p instanceof Pattern.MatchSequence s) {
            s.patterns().forEach(this::pattern);
        } else if (p instanceof Pattern.MatchMapping m) {
            exprs(m.keys());
            m.patterns().forEach(this::pattern);
            if (m.rest() != null) {
                def(m.rest(), Scope.DEF_LOCAL, p);
            }
        } else if (p instanceof Pattern.MatchClass c) {
            expr(c.cls());
            c.patterns().forEach(this::pattern);
            c.kwdPatterns().forEach(this::pattern);
        } else if (p instanceof Pattern.MatchStar s) {
            if (s.name() != null) {
                def(s.name(), Scope.DEF_LOCAL, p);
            }
        } else if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() != null) {
                pattern(a.pattern());
            }
            if (a.name() != null) {
                def(a.name(), Scope.DEF_LOCAL, p);
            }
        } else if (p instanceof Pattern.MatchOr o) {
            o.patterns().forEach(this::pattern);
        }
    }
}
