package org.weft.python.compiler;

import java.util.List;
import org.weft.python.ast.Comprehension;
import org.weft.python.ast.ExceptHandler;
import org.weft.python.ast.Expr;
import org.weft.python.ast.Keyword;
import org.weft.python.ast.Stmt;
import org.weft.python.ast.WithItem;

/**
 * The value stack CPython 3.11's bytecode for a code object needs ({@code co_stacksize}), worked
 * out from the AST: Weft has no value stack, but {@code co_stacksize} shows, and it sizes a
 * generator ({@code sys.getsizeof} of a generator counts its frame's locals and stack). Each rule
 * is what CPython's compiler emits for the construct and the stack effects of those instructions,
 * exception handlers included; constructs seldom met (pattern matching, calls mixing {@code *}
 * and {@code **}) are approximated.
 *
 * <p>Threads: stateless; runs at compile time.
 */
// CPython 3.11: Python/compile.c (the compiler_* functions, stack_effect, stackdepth)
final class StackDepth {
    /** The number of free variables of a nested function, lambda or comprehension (its closure tuple). */
    private final java.util.function.ToIntFunction<Object> frees;

    StackDepth(java.util.function.ToIntFunction<Object> frees) {
        this.frees = frees;
    }

    /** co_stacksize of a function body (or a module or class body). */
    int ofBody(List<Stmt> body) {
        return Math.max(1, stmts(body, 0)); // at least the implicit `return None` (or RETURN_GENERATOR)
    }

    /** co_stacksize of a lambda. */
    int ofLambda(Expr body) {
        return Math.max(1, expr(body));
    }

    /**
     * co_stacksize of a comprehension's code: a generator expression yields its element with the
     * iterators on the stack; a list, set or dict comprehension also keeps the collection there.
     */
    int ofComprehension(List<Comprehension> gens, Expr elt, Expr value, boolean generator) {
        int base = generator ? 0 : 1;
        int max = Math.max(1, base);
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (i > 0) {
                max = Math.max(max, base + expr(g.iter()));
            }
            base++; // the iterator
            max = Math.max(max, base + 1); // FOR_ITER pushes the next item
            max = Math.max(max, base + store(g.target(), 1));
            for (Expr test : g.ifs()) {
                max = Math.max(max, base + expr(test));
            }
        }
        if (value != null) {
            max = Math.max(max, Math.max(base + expr(elt), base + 1 + expr(value)));
        } else {
            max = Math.max(max, base + expr(elt));
        }
        return max;
    }

    // ---- statements: the highest depth reached from base depth b ----

    private int stmts(List<Stmt> body, int b) {
        int max = b;
        for (Stmt s : body) {
            max = Math.max(max, stmt(s, b));
        }
        return max;
    }

    private int stmt(Stmt s, int b) {
        if (s instanceof Stmt.Expr e) {
            return b + expr(e.value());
        } else if (s instanceof Stmt.Assign a) {
            int need = expr(a.value());
            if (a.targets().size() > 1) {
                need = Math.max(need, 2); // COPY for each target but the last
            }
            for (int i = 0; i < a.targets().size(); i++) {
                // each target but the last is stored from the COPY, with the value still below
                need = Math.max(need, store(a.targets().get(i), i < a.targets().size() - 1 ? 2 : 1));
            }
            return b + need;
        } else if (s instanceof Stmt.AugAssign a) {
            return b + augAssign(a.target(), a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            return a.value() == null ? b : b + Math.max(expr(a.value()), store(a.target(), 1));
        } else if (s instanceof Stmt.Return r) {
            return b + (r.value() == null ? 1 : expr(r.value()));
        } else if (s instanceof Stmt.Delete d) {
            int need = 0;
            for (Expr t : d.targets()) {
                need = Math.max(need, delete(t));
            }
            return b + need;
        } else if (s instanceof Stmt.If i) {
            return Math.max(b + expr(i.test()), Math.max(stmts(i.body(), b), stmts(i.orelse(), b)));
        } else if (s instanceof Stmt.While w) {
            return Math.max(b + expr(w.test()), Math.max(stmts(w.body(), b), stmts(w.orelse(), b)));
        } else if (s instanceof Stmt.For f) {
            return forLoop(f.target(), f.iter(), f.body(), f.orelse(), b);
        } else if (s instanceof Stmt.AsyncFor f) {
            return forLoop(f.target(), f.iter(), f.body(), f.orelse(), b) + 1;
        } else if (s instanceof Stmt.With w) {
            return with(w.items(), 0, w.body(), b);
        } else if (s instanceof Stmt.AsyncWith w) {
            return with(w.items(), 0, w.body(), b) + 1;
        } else if (s instanceof Stmt.Try t) {
            return tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), b);
        } else if (s instanceof Stmt.TryStar t) {
            return tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), b) + 2;
        }
        return stmt2(s, b);
    }

    private int stmt2(Stmt s, int b) {
        if (s instanceof Stmt.Raise r) {
            int need = r.exc() == null ? 0 : expr(r.exc());
            return b + (r.cause() == null ? need : Math.max(need, 1 + expr(r.cause())));
        } else if (s instanceof Stmt.Assert a) {
            return b + Math.max(expr(a.test()), a.msg() == null ? 1 : 1 + expr(a.msg()));
        } else if (s instanceof Stmt.Import || s instanceof Stmt.ImportFrom) {
            return b + 2; // the level and the fromlist, then the module and each name imported
        } else if (s instanceof Stmt.FunctionDef f) {
            return b + f.decoratorList().size() + definition(f, f.args());
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            return b + f.decoratorList().size() + definition(f, f.args());
        } else if (s instanceof Stmt.ClassDef c) {
            // PUSH_NULL, LOAD_BUILD_CLASS, the body function, the name, then the bases and keywords
            int need = 4;
            int i = 0;
            for (Expr base : c.bases()) {
                need = Math.max(need, 4 + i++ + expr(base));
            }
            for (Keyword k : c.keywords()) {
                need = Math.max(need, 4 + i++ + expr(k.value()));
            }
            return b + c.decoratorList().size() + need;
        } else if (s instanceof Stmt.Match m) {
            return b + Math.max(expr(m.subject()), 2) + 2;
        }
        return b; // pass, break, continue, global, nonlocal
    }

    private int forLoop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, int b) {
        int max = Math.max(b + expr(iter), b + 2); // the iterator, and FOR_ITER's next item
        max = Math.max(max, b + store(target, 1) + 0);
        max = Math.max(max, stmts(body, b + 1));
        return Math.max(max, stmts(orelse, b));
    }

    /**
     * {@code with}: BEFORE_WITH leaves {@code __exit__} under the body; leaving normally calls it
     * with three Nones, and the exception path (lasti, the exception, PUSH_EXC_INFO,
     * WITH_EXCEPT_START and its cleanup handler) reaches six above the base.
     */
    private int with(List<WithItem> items, int index, List<Stmt> body, int b) {
        WithItem item = items.get(index);
        int max = Math.max(b + expr(item.contextExpr()), b + 6);
        if (item.optionalVars() != null) {
            max = Math.max(max, b + 1 + store(item.optionalVars(), 1));
        }
        int inner = index + 1 < items.size() ? with(items, index + 1, body, b + 1) : stmts(body, b + 1);
        return Math.max(max, inner);
    }

    /**
     * {@code try}: a handler starts with the exception pushed (PUSH_EXC_INFO keeps the previous
     * one under it), matches it, and runs its body above the saved exception; the cleanup handler
     * around it copies three entries. A {@code finally} body runs at the base normally and two
     * above it on the exception path.
     */
    private int tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                               List<Stmt> finalbody, int b) {
        int max = stmts(body, b);
        if (!handlers.isEmpty()) {
            max = Math.max(max, b + 4);
            for (ExceptHandler h : handlers) {
                if (h.type() != null) {
                    max = Math.max(max, b + 2 + expr(h.type()));
                }
                max = Math.max(max, stmts(h.body(), b + 1));
            }
            max = Math.max(max, stmts(orelse, b));
        }
        if (!finalbody.isEmpty()) {
            max = Math.max(max, Math.max(b + 4, stmts(finalbody, b + 2)));
        }
        return max;
    }

    /** Extra depth to store into {@code t} with the value on top of {@code onStack} entries. */
    private int store(Expr t, int onStack) {
        if (t instanceof Expr.Attribute a) {
            return onStack + expr(a.value());
        } else if (t instanceof Expr.Subscript s) {
            return onStack + Math.max(expr(s.value()), 1 + expr(s.slice()));
        } else if (t instanceof Expr.Tuple tu) {
            return unpack(tu.elts(), onStack);
        } else if (t instanceof Expr.List l) {
            return unpack(l.elts(), onStack);
        } else if (t instanceof Expr.Starred st) {
            return store(st.value(), onStack);
        }
        return onStack;
    }

    /** UNPACK_SEQUENCE (or UNPACK_EX) leaves the items on the stack, stored first to last. */
    private int unpack(List<Expr> targets, int onStack) {
        int n = targets.size();
        int max = onStack - 1 + n;
        for (int j = 0; j < n; j++) {
            max = Math.max(max, store(targets.get(j), onStack - 1 + n - j));
        }
        return max;
    }

    private int delete(Expr t) {
        if (t instanceof Expr.Attribute a) {
            return expr(a.value());
        } else if (t instanceof Expr.Subscript s) {
            return Math.max(expr(s.value()), 1 + expr(s.slice()));
        } else if (t instanceof Expr.Tuple tu) {
            int max = 0;
            for (Expr e : tu.elts()) {
                max = Math.max(max, delete(e));
            }
            return max;
        }
        return 0;
    }

    private int augAssign(Expr target, Expr value) {
        if (target instanceof Expr.Attribute a) {
            return Math.max(Math.max(expr(a.value()), 2), 2 + expr(value)); // COPY, LOAD_ATTR
        } else if (target instanceof Expr.Subscript s) {
            return Math.max(Math.max(expr(s.value()), 1 + expr(s.slice())), Math.max(4, 3 + expr(value)));
        }
        return 1 + expr(value);
    }

    /**
     * MAKE_FUNCTION: the defaults tuple and the keyword defaults dict (when there are any), then
     * the code. A closure tuple would add one more; the AST alone does not tell, so it is left out.
     */
    private int definition(Object node, org.weft.python.ast.Arguments args) {
        int need = 1;
        int below = 0;
        if (!args.defaults().isEmpty()) {
            if (ConstantFolding.tuple(args.defaults()) == null) {
                need = Math.max(need, display(args.defaults()));
            }
            below++;
        }
        boolean kwDefaults = false;
        for (Expr d : args.kwDefaults()) {
            kwDefaults |= d != null;
        }
        if (kwDefaults) {
            need = Math.max(need, below + 2);
            below++;
        }
        int cells = frees.applyAsInt(node);
        if (cells > 0) {
            need = Math.max(need, below + cells); // LOAD_CLOSURE each, then BUILD_TUPLE
            below++;
        }
        return Math.max(need, below + 1);
    }

    // ---- expressions: the depth needed to leave one value, from an empty stack ----

    int expr(Expr e) {
        if (e instanceof Expr.Constant || e instanceof Expr.Name) {
            return 1;
        } else if (e instanceof Expr.BinOp b) {
            return ConstantFolding.fold(b) != null ? 1 : Math.max(expr(b.left()), 1 + expr(b.right()));
        } else if (e instanceof Expr.UnaryOp u) {
            return ConstantFolding.fold(u) != null ? 1 : expr(u.operand());
        } else if (e instanceof Expr.BoolOp b) {
            return max(b.values(), 0);
        } else if (e instanceof Expr.Compare c) {
            return compare(c);
        } else if (e instanceof Expr.IfExp i) {
            return Math.max(expr(i.test()), Math.max(expr(i.body()), expr(i.orelse())));
        } else if (e instanceof Expr.Attribute a) {
            return expr(a.value());
        } else if (e instanceof Expr.Subscript s) {
            return subscript(s);
        } else if (e instanceof Expr.Call c) {
            return call(c);
        } else if (e instanceof Expr.Tuple t) {
            return ConstantFolding.tuple(t.elts()) != null ? 1 : display(t.elts());
        } else if (e instanceof Expr.List l) {
            return l.elts().size() > 2 && ConstantFolding.tuple(l.elts()) != null ? 2 : display(l.elts());
        } else if (e instanceof Expr.Set s) {
            return s.elts().size() > 2 && ConstantFolding.tuple(s.elts()) != null ? 2 : display(s.elts());
        }
        return expr2(e);
    }

    private int expr2(Expr e) {
        if (e instanceof Expr.Dict d) {
            return dict(d);
        } else if (e instanceof Expr.JoinedStr j) {
            return joined(j);
        } else if (e instanceof Expr.FormattedValue f) {
            return formatted(f);
        } else if (e instanceof Expr.Lambda l) {
            return definition(l, l.args());
        } else if (e instanceof Expr.ListComp c) {
            return comprehension(c, c.generators());
        } else if (e instanceof Expr.SetComp c) {
            return comprehension(c, c.generators());
        } else if (e instanceof Expr.DictComp c) {
            return comprehension(c, c.generators());
        } else if (e instanceof Expr.GeneratorExp c) {
            return comprehension(c, c.generators());
        } else if (e instanceof Expr.NamedExpr n) {
            return Math.max(expr(n.value()), 2); // COPY, then the store
        } else if (e instanceof Expr.Yield y) {
            return y.value() == null ? 1 : expr(y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            return Math.max(expr(y.value()), 2);
        } else if (e instanceof Expr.Await a) {
            return Math.max(expr(a.value()), 2);
        } else if (e instanceof Expr.Starred s) {
            return expr(s.value());
        } else if (e instanceof Expr.Slice s) {
            return slice(s) - 1;
        }
        return 1;
    }

    private int max(List<Expr> es, int offset) {
        int max = 1;
        for (Expr x : es) {
            max = Math.max(max, offset + expr(x));
        }
        return max;
    }

    private int compare(Expr.Compare c) {
        int max = expr(c.left());
        for (int i = 0; i < c.comparators().size(); i++) {
            Expr x = c.comparators().get(i);
            org.weft.python.ast.CmpOp op = c.ops().get(i);
            boolean membership = op == org.weft.python.ast.CmpOp.In || op == org.weft.python.ast.CmpOp.NotIn;
            List<Expr> items = x instanceof Expr.List l ? l.elts() : x instanceof Expr.Set st ? st.elts() : null;
            if (membership && items != null && ConstantFolding.tuple(items) != null) {
                max = Math.max(max, 2); // folded to a tuple or frozenset constant (fold_compare)
            } else {
                max = Math.max(max, 1 + expr(x));
            }
        }
        return c.comparators().size() > 1 ? Math.max(max, 3) : max; // SWAP, COPY between links
    }

    private int subscript(Expr.Subscript s) {
        if (s.slice() instanceof Expr.Slice sl) {
            return Math.max(expr(s.value()), slice(sl));
        }
        return Math.max(expr(s.value()), 1 + expr(s.slice()));
    }

    /** BUILD_SLICE's parts, None for each one missing, above the sliced value. */
    private int slice(Expr.Slice s) {
        int max = 1 + part(s.lower());
        max = Math.max(max, 2 + part(s.upper()));
        if (s.step() != null) {
            max = Math.max(max, 3 + expr(s.step()));
        }
        return max;
    }

    private int part(Expr e) {
        return e == null ? 1 : expr(e);
    }

    /** A call: the callable (with NULL or self beside it), then each argument in turn. */
    private int call(Expr.Call c) {
        boolean star = false;
        for (Expr a : c.args()) {
            star |= a instanceof Expr.Starred;
        }
        for (Keyword k : c.keywords()) {
            star |= k.arg() == null;
        }
        int max;
        if (c.func() instanceof Expr.Attribute a && !star) {
            max = Math.max(expr(a.value()), 2); // LOAD_METHOD
        } else if (c.func() instanceof Expr.Name) {
            max = 2; // NULL and the callable
        } else {
            max = 1 + expr(c.func()); // PUSH_NULL, then the callable
        }
        if (star) {
            return callEx(c, max);
        }
        int i = 0;
        for (Expr a : c.args()) {
            max = Math.max(max, 2 + i++ + expr(a));
        }
        for (Keyword k : c.keywords()) {
            max = Math.max(max, 2 + i++ + expr(k.value()));
        }
        return max;
    }

    /** CALL_FUNCTION_EX: a tuple of the positional arguments, then a dict of the keyword ones. */
    private int callEx(Expr.Call c, int max) {
        List<Expr> args = c.args();
        if (args.size() == 1 && args.get(0) instanceof Expr.Starred s) {
            max = Math.max(max, 2 + expr(s.value()));
        } else if (args.isEmpty()) {
            max = Math.max(max, 3);
        } else {
            max = Math.max(max, 2 + display(args) + 1);
        }
        // then the keywords: name-value pairs into a dict, ** mappings merged into it
        int i = 0;
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                max = Math.max(max, 4 + expr(k.value()));
                i = 0;
            } else {
                max = Math.max(max, 3 + 2 * i + 1 + expr(k.value()));
                i++;
            }
        }
        return max;
    }

    /** BUILD_TUPLE / BUILD_LIST / BUILD_SET: each item pushed above the ones before. */
    private int display(List<Expr> elts) {
        int max = 1;
        for (int i = 0; i < elts.size(); i++) {
            Expr x = elts.get(i);
            max = Math.max(max, (x instanceof Expr.Starred s ? 1 + expr(s.value()) : i + expr(x)));
        }
        return max;
    }

    private int dict(Expr.Dict d) {
        int n = d.keys().size();
        boolean constantKeys = n > 1;
        for (Expr k : d.keys()) {
            constantKeys &= k != null && ConstantFolding.fold(k) != null;
        }
        int max = 1;
        if (constantKeys) {
            for (int i = 0; i < n; i++) {
                max = Math.max(max, i + expr(d.values().get(i)));
            }
            return Math.max(max, n + 1); // the values, then the tuple of keys
        }
        for (int i = 0; i < n; i++) {
            Expr k = d.keys().get(i);
            if (k == null) {
                max = Math.max(max, 1 + expr(d.values().get(i)));
            } else {
                max = Math.max(max, Math.max(2 * i + expr(k), 2 * i + 1 + expr(d.values().get(i))));
            }
        }
        return max;
    }

    private int joined(Expr.JoinedStr j) {
        List<Expr> parts = j.values();
        if (parts.size() == 1 && parts.get(0) instanceof Expr.FormattedValue f) {
            return formatted(f);
        }
        int max = 1;
        for (int i = 0; i < parts.size(); i++) {
            Expr p = parts.get(i);
            max = Math.max(max, i + (p instanceof Expr.FormattedValue f ? formatted(f) : 1));
        }
        return max;
    }

    private int formatted(Expr.FormattedValue f) {
        int v = expr(f.value());
        return f.formatSpec() == null ? v : Math.max(v, 1 + expr(f.formatSpec()));
    }

    /** A nested comprehension: its function, then its first iterable, then the call. */
    private int comprehension(Object node, List<Comprehension> gens) {
        int cells = frees.applyAsInt(node);
        int made = cells > 0 ? Math.max(cells, 2) : 1; // the closure tuple and the code, then the function
        return Math.max(made, 1 + expr(gens.get(0).iter()));
    }
}
