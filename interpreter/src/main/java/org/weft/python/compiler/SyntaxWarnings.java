package org.weft.python.compiler;

import java.util.ArrayList;
import java.util.List;

import org.weft.python.ast.Arg;
import org.weft.python.ast.Arguments;
import org.weft.python.ast.CmpOp;
import org.weft.python.ast.Comprehension;
import org.weft.python.ast.ExceptHandler;
import org.weft.python.ast.Expr;
import org.weft.python.ast.ExprContext;
import org.weft.python.ast.Keyword;
import org.weft.python.ast.Located;
import org.weft.python.ast.MatchCase;
import org.weft.python.ast.Mod;
import org.weft.python.ast.Pattern;
import org.weft.python.ast.Stmt;
import org.weft.python.ast.WithItem;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyEllipsis;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyComplex;
import org.weft.python.runtime.PyFrozenSet;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * The {@code SyntaxWarning}s of CPython 3.11's compiler for code that is valid but almost surely a
 * mistake: {@code x is 1}, {@code assert (x, "message")}, {@code [1, 2] (3)} (a missing comma),
 * {@code 1[0]}, {@code "abc"["a"]}. Tutorials on Python's pitfalls show them, so the interpreter
 * reports them as CPython does, through {@code warnings.warn_explicit} (see
 * {@code Interpreter.compile}).
 *
 * <p>Found on the tree before code generation, in source order, one list per compilation; the
 * checks follow CPython's {@code check_compare}, {@code check_caller}, {@code check_subscripter}
 * and {@code check_index} in compile.c, applied to the tree as CPython's AST optimizer leaves it
 * (constant expressions folded, see {@link ConstantFolding}).
 *
 * <p>Threads: no shared state; each {@link #find} walks with its own instance (its list and flags).
 */
public final class SyntaxWarnings {

    /** One warning: its message and the node it is about (for the line, and for a SyntaxError if warnings are errors). */
    public record Found(String message, Located node) {
        public int lineno() {
            return node.lineno();
        }
    }

    private final List<Found> found = new ArrayList<>();
    /** {@code from __future__ import annotations}: annotations stay strings and are never compiled. */
    private boolean stringAnnotations;
    /** Walking a function's body, where CPython never compiles a variable's annotation. */
    private boolean inFunction;

    private SyntaxWarnings() {
    }

    /** The warnings for a parsed module, expression or interactive statement (any tree node), in source order. */
    public static List<Found> find(Object tree) {
        SyntaxWarnings w = new SyntaxWarnings();
        w.stringAnnotations = tree instanceof Mod mod && FutureImports.annotations(mod);
        w.walk(tree);
        return w.found;
    }

    /**
     * Pre-order walk over the tree, children in the order their records declare them (source order);
     * CPython checks a node before compiling its parts. Written out per node kind: a reflective walk
     * over record components cost 15 of the 50 ms that compiling a 200-line script took at start-up
     * (Method.invoke runs cold, then spins an accessor class per component).
     */
    private void walk(Object node) {
        if (node instanceof Stmt s) {
            stmt(s);
        } else if (node instanceof Expr e) {
            expr(e);
        } else if (node instanceof Mod.Module m) {
            stmts(m.body());
        } else if (node instanceof Mod.Interactive m) {
            stmts(m.body());
        } else if (node instanceof Mod.Expression m) {
            expr(m.body());
        } else if (node instanceof List<?> list) {
            for (Object o : list) {
                walk(o);
            }
        }
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void exprs(List<Expr> list) {
        for (Expr e : list) {
            expr(e);
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.Expr e) {
            expr(e.value());
        } else if (s instanceof Stmt.Assign a) {
            exprs(a.targets());
            expr(a.value());
        } else if (s instanceof Stmt.Return r) {
            expr(r.value());
        } else if (s instanceof Stmt.If i) {
            expr(i.test());
            stmts(i.body());
            stmts(i.orelse());
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.target());
            expr(a.value());
        } else if (s instanceof Stmt.For f) {
            expr(f.target());
            expr(f.iter());
            stmts(f.body());
            stmts(f.orelse());
        } else if (s instanceof Stmt.While w) {
            // CPython 3.11's compiler_while compiles the test twice: before the body and after it
            expr(w.test());
            stmts(w.body());
            expr(w.test());
            stmts(w.orelse());
        } else if (s instanceof Stmt.FunctionDef f) {
            function(f.decoratorList(), f.args(), f.returns(), f.body());
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            function(f.decoratorList(), f.args(), f.returns(), f.body());
        } else if (s instanceof Stmt.ClassDef c) {
            // CPython: compiler_class makes the body's code object before it calls __build_class__
            exprs(c.decoratorList());
            boolean outer = inFunction;
            inFunction = false;
            stmts(c.body());
            inFunction = outer;
            exprs(c.bases());
            keywords(c.keywords());
        } else if (s instanceof Stmt.Delete d) {
            exprs(d.targets());
        } else if (s instanceof Stmt.AnnAssign a) {
            // CPython: compiler_annassign, the value first and the annotation last
            expr(a.value());
            expr(a.target());
            if (!inFunction && !stringAnnotations) {
                expr(a.annotation());
            }
        } else if (s instanceof Stmt.AsyncFor f) {
            expr(f.target());
            expr(f.iter());
            stmts(f.body());
            stmts(f.orelse());
        } else if (s instanceof Stmt.With w) {
            withItems(w.items());
            stmts(w.body());
        } else if (s instanceof Stmt.AsyncWith w) {
            withItems(w.items());
            stmts(w.body());
        } else if (s instanceof Stmt.Match m) {
            expr(m.subject());
            for (MatchCase c : m.cases()) {
                pattern(c.pattern());
                expr(c.guard());
                stmts(c.body());
            }
        } else if (s instanceof Stmt.Raise r) {
            expr(r.exc());
            expr(r.cause());
        } else if (s instanceof Stmt.Try t) {
            tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
        } else if (s instanceof Stmt.TryStar t) {
            tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            if (a.test() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
                warn("assertion is always true, perhaps remove parentheses?", a);
            }
            expr(a.test());
            expr(a.msg());
        }
        // Import, ImportFrom, Global, Nonlocal, Pass, Break, Continue: no expressions
    }

    /** CPython's compiler_function: decorators, defaults, annotations, then the body's code object. */
    private void function(List<Expr> decorators, Arguments a, Expr returns, List<Stmt> body) {
        exprs(decorators);
        defaults(a);
        if (!stringAnnotations) { // CPython: compiler_visit_annotations, in its order
            args(a.args());
            args(a.posonlyargs());
            arg(a.vararg());
            args(a.kwonlyargs());
            arg(a.kwarg());
            expr(returns);
        }
        boolean outer = inFunction;
        inFunction = true;
        stmts(body);
        inFunction = outer;
    }

    private void defaults(Arguments a) {
        exprs(a.defaults());
        exprs(a.kwDefaults());
    }

    /**
     * CPython 3.11 compiles a {@code finally} body twice, for leaving normally and by an exception
     * (and once more per return or break through it, not repeated here).
     */
    private void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        stmts(body);
        stmts(orelse); // CPython: compiler_try_except compiles the else block right after the body
        handlers(handlers);
        stmts(finalbody);
        stmts(finalbody);
    }

    private void args(List<Arg> list) {
        for (Arg a : list) {
            arg(a);
        }
    }

    private void arg(Arg a) {
        if (a != null) {
            expr(a.annotation());
        }
    }

    private void keywords(List<Keyword> list) {
        for (Keyword k : list) {
            expr(k.value());
        }
    }

    private void withItems(List<WithItem> items) {
        for (WithItem item : items) {
            expr(item.contextExpr());
            expr(item.optionalVars());
        }
    }

    private void handlers(List<ExceptHandler> list) {
        for (ExceptHandler h : list) {
            expr(h.type());
            stmts(h.body());
        }
    }

    private void comprehensions(List<Comprehension> list) {
        for (Comprehension c : list) {
            expr(c.target());
            expr(c.iter());
            exprs(c.ifs());
        }
    }

    private void pattern(Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            expr(v.value());
        } else if (p instanceof Pattern.MatchSequence q) {
            patterns(q.patterns());
        } else if (p instanceof Pattern.MatchMapping m) {
            exprs(m.keys());
            patterns(m.patterns());
        } else if (p instanceof Pattern.MatchClass c) {
            expr(c.cls());
            patterns(c.patterns());
            patterns(c.kwdPatterns());
        } else if (p instanceof Pattern.MatchAs a) {
            pattern(a.pattern());
        } else if (p instanceof Pattern.MatchOr o) {
            patterns(o.patterns());
        }
        // MatchSingleton, MatchStar, null: no expressions
    }

    private void patterns(List<Pattern> list) {
        for (Pattern p : list) {
            pattern(p);
        }
    }

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        check(e);
        if (e instanceof Expr.Name || e instanceof Expr.Constant) {
            return;
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
        } else if (e instanceof Expr.Call c) {
            expr(c.func());
            exprs(c.args());
            keywords(c.keywords());
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.Compare c) {
            expr(c.left());
            exprs(c.comparators());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
        } else if (e instanceof Expr.Tuple t) {
            exprs(t.elts());
        } else if (e instanceof Expr.List l) {
            exprs(l.elts());
        } else if (e instanceof Expr.BoolOp b) {
            exprs(b.values());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
        } else if (e instanceof Expr.NamedExpr n) {
            expr(n.target());
            expr(n.value());
        } else if (e instanceof Expr.Lambda l) {
            defaults(l.args());
            expr(l.body());
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orelse());
        } else if (e instanceof Expr.Dict d) {
            // keys may hold nulls: the ** of {**a}
            exprs(d.keys());
            exprs(d.values());
        } else if (e instanceof Expr.Set s) {
            exprs(s.elts());
        } else if (e instanceof Expr.ListComp c) {
            expr(c.elt());
            comprehensions(c.generators());
        } else if (e instanceof Expr.SetComp c) {
            expr(c.elt());
            comprehensions(c.generators());
        } else if (e instanceof Expr.DictComp c) {
            expr(c.key());
            expr(c.value());
            comprehensions(c.generators());
        } else if (e instanceof Expr.GeneratorExp g) {
            expr(g.elt());
            comprehensions(g.generators());
        } else if (e instanceof Expr.Await a) {
            expr(a.value());
        } else if (e instanceof Expr.Yield y) {
            expr(y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            expr(y.value());
        } else if (e instanceof Expr.FormattedValue f) {
            expr(f.value());
            expr(f.formatSpec());
        } else if (e instanceof Expr.JoinedStr j) {
            exprs(j.values());
        } else if (e instanceof Expr.Starred s) {
            expr(s.value());
        } else if (e instanceof Expr.Slice s) {
            expr(s.lower());
            expr(s.upper());
            expr(s.step());
        }
    }

    private void check(Expr e) {
        if (e instanceof Expr.Compare c) {
            checkCompare(c);
        } else if (e instanceof Expr.Call c) {
            String t = callerType(c.func());
            if (t != null) {
                warn("'" + t + "' object is not callable; perhaps you missed a comma?", c);
            }
        } else if (e instanceof Expr.Subscript s && s.ctx() == ExprContext.Load) {
            checkSubscript(s);
        }
    }

    // CPython: check_compare in compile.c (one warning per comparison at most)
    private void checkCompare(Expr.Compare c) {
        boolean left = isNotLiteral(c.left());
        for (int i = 0; i < c.ops().size(); i++) {
            CmpOp op = c.ops().get(i);
            boolean right = isNotLiteral(c.comparators().get(i));
            if ((op == CmpOp.Is || op == CmpOp.IsNot) && (!left || !right)) {
                warn(op == CmpOp.Is ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?", c);
                return;
            }
            left = right;
        }
    }

    /** CPython: check_is_arg. False for a constant other than None, True, False and Ellipsis. */
    private static boolean isNotLiteral(Expr e) {
        PyObject v = constant(e);
        return v == null || v == PyNone.NONE || v == PyBool.TRUE || v == PyBool.FALSE || v == PyEllipsis.ELLIPSIS;
    }

    /** CPython: check_caller. The type name of a callee that cannot be callable, or null. */
    private static String callerType(Expr f) {
        PyObject v = constant(f);
        if (v != null) {
            return v.type().getName();
        }
        return displayType(f);
    }

    // CPython: check_subscripter and check_index in compile.c
    private void checkSubscript(Expr.Subscript s) {
        Expr value = s.value();
        PyObject v = constant(value);
        if (v != null ? isNoneOrEllipsis(v) || v instanceof PyInt || v instanceof PyFloat || v instanceof PyComplex
                || v instanceof PyFrozenSet
                : value instanceof Expr.Set || value instanceof Expr.SetComp || value instanceof Expr.GeneratorExp
                        || value instanceof Expr.Lambda) {
            warn("'" + typeOf(value) + "' object is not subscriptable; perhaps you missed a comma?", s);
            return;
        }
        String index = typeOf(s.slice());
        if (index == null || index.equals("int") || index.equals("bool")) {
            return;
        }
        boolean sequence = v != null ? v instanceof PyStr || v instanceof PyBytes || v instanceof PyTuple
                : value instanceof Expr.Tuple || value instanceof Expr.List || value instanceof Expr.ListComp
                        || value instanceof Expr.JoinedStr || value instanceof Expr.FormattedValue;
        if (sequence) {
            warn(typeOf(value) + " indices must be integers or slices, not " + index + "; perhaps you missed a comma?",
                    s);
        }
    }

    private static boolean isNoneOrEllipsis(PyObject v) {
        return v == PyNone.NONE || v == PyEllipsis.ELLIPSIS;
    }

    /** The value CPython's optimizer folds {@code e} to; null when {@code e} is no constant. */
    private static PyObject constant(Expr e) {
        if (e instanceof Expr.Constant || e instanceof Expr.UnaryOp || e instanceof Expr.BinOp
                || e instanceof Expr.Tuple || e instanceof Expr.Subscript) {
            return ConstantFolding.fold(e);
        }
        return null;
    }

    /** CPython: infer_type. The type name of what {@code e} evaluates to when the tree tells, else null. */
    private static String typeOf(Expr e) {
        PyObject v = constant(e);
        if (v != null) {
            return v.type().getName();
        }
        if (e instanceof Expr.Lambda) {
            return "function";
        }
        return displayType(e);
    }

    private static String displayType(Expr e) {
        if (e instanceof Expr.Tuple) {
            return "tuple";
        } else if (e instanceof Expr.List || e instanceof Expr.ListComp) {
            return "list";
        } else if (e instanceof Expr.Dict || e instanceof Expr.DictComp) {
            return "dict";
        } else if (e instanceof Expr.Set || e instanceof Expr.SetComp) {
            return "set";
        } else if (e instanceof Expr.GeneratorExp) {
            return "generator";
        } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "str";
        }
        return null;
    }

    private void warn(String message, Located node) {
        found.add(new Found(message, node));
    }
}
