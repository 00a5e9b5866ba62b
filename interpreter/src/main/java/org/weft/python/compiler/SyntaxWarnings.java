package org.weft.python.compiler;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.weft.python.ast.CmpOp;
import org.weft.python.ast.Expr;
import org.weft.python.ast.ExprContext;
import org.weft.python.ast.Located;
import org.weft.python.ast.Stmt;
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
 * <p>Threads: stateless; the walk allocates its own list.
 */
public final class SyntaxWarnings {

    /** One warning: its message and the node it is about (for the line, and for a SyntaxError if warnings are errors). */
    public record Found(String message, Located node) {
        public int lineno() {
            return node.lineno();
        }
    }

    private final List<Found> found = new ArrayList<>();

    private SyntaxWarnings() {
    }

    /** The warnings for a parsed module, expression or interactive statement (any tree node), in source order. */
    public static List<Found> find(Object tree) {
        SyntaxWarnings w = new SyntaxWarnings();
        w.walk(tree);
        return w.found;
    }

    /** Pre-order walk over records and lists of the tree; CPython checks a node before compiling its parts. */
    private void walk(Object node) {
        if (node instanceof List<?> list) {
            for (Object o : list) {
                walk(o);
            }
            return;
        }
        if (node == null || !node.getClass().isRecord()) {
            return;
        }
        if (node instanceof Expr e) {
            check(e);
        } else if (node instanceof Stmt.Assert a && a.test() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
            warn("assertion is always true, perhaps remove parentheses?", a);
        }
        for (Method accessor : CHILDREN.get(node.getClass())) {
            walk(component(accessor, node));
        }
    }

    /**
     * Per tree record class, the accessors of its components that may hold nodes (not primitives,
     * strings or enums). Asking a record class for its components parses its class file attributes
     * each time, which made an eval() of a short expression six times slower; this memo is filled
     * once per class, by whichever thread asks first (ClassValue keeps one answer), and never changes.
     */
    private static final ClassValue<Method[]> CHILDREN = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            List<Method> children = new ArrayList<>();
            for (RecordComponent rc : type.getRecordComponents()) {
                Class<?> t = rc.getType();
                if (!t.isPrimitive() && t != String.class && !t.isEnum()) {
                    children.add(rc.getAccessor());
                }
            }
            return children.toArray(new Method[0]);
        }
    };

    private static Object component(Method accessor, Object node) {
        try {
            return accessor.invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("AST record component " + accessor.getName(), e);
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
