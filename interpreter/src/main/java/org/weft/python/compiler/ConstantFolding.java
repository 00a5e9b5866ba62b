package org.weft.python.compiler;

import java.math.BigInteger;
import org.weft.python.ast.Expr;
import org.weft.python.ast.ExprContext;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBaseSet;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyFrozenSet;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * Which expressions CPython's AST optimizer turns into constants, and their values. Weft
 * evaluates expressions as they come, so folding matters only where CPython's constants show: a
 * set display of more than two constants, and a set display iterated by {@code for}, become
 * frozenset constants whose table order (hence the set's iteration order) differs from adding
 * the items one by one.
 *
 * <p>Threads: stateless; runs at compile time.
 */
// CPython: Python/ast_opt.c (fold_unaryop, fold_binop, fold_tuple, fold_subscr, fold_iter) and
// merge_consts_recursive in Python/compile.c
final class ConstantFolding {
    /** Limits of ast_opt.c: larger results are left for run time. */
    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;

    private ConstantFolding() {
    }

    /** The value CPython folds {@code e} to, or null when it stays an expression. */
    static PyObject fold(Expr e) {
        try {
            return foldOrThrow(e);
        } catch (RuntimeException failed) {
            return null; // CPython clears the error and leaves the expression to raise at run time
        }
    }

    private static PyObject foldOrThrow(Expr e) {
        if (e instanceof Expr.Constant k) {
            return Constants.toPython(k.value());
        } else if (e instanceof Expr.Name n && n.id().equals("__debug__") && n.ctx() == ExprContext.Load) {
            return PyBool.TRUE;
        } else if (e instanceof Expr.UnaryOp u) {
            PyObject v = fold(u.operand());
            if (v == null) {
                return null;
            }
            switch (u.op()) {
                case USub: return Ops.neg(v);
                case UAdd: return Ops.pos(v);
                case Invert: return Ops.invert(v);
                default: return PyBool.of(!Ops.isTrue(v));
            }
        } else if (e instanceof Expr.BinOp b) {
            PyObject l = fold(b.left());
            PyObject r = l == null ? null : fold(b.right());
            return r == null ? null : binary(b.op(), l, r);
        } else if (e instanceof Expr.Tuple t && t.ctx() == ExprContext.Load) {
            return tuple(t.elts());
        } else if (e instanceof Expr.Subscript s && s.ctx() == ExprContext.Load) {
            PyObject v = fold(s.value());
            PyObject k = v == null ? null : fold(s.slice());
            return k == null ? null : Ops.getitem(v, k);
        }
        return null;
    }

    /** The items of a display as one constant tuple, or null unless every item folds. CPython: make_const_tuple. */
    static PyTuple tuple(java.util.List<Expr> elts) {
        PyObject[] items = new PyObject[elts.size()];
        for (int i = 0; i < items.length; i++) {
            if ((items[i] = fold(elts.get(i))) == null) {
                return null;
            }
        }
        return PyTuple.of(items);
    }

    /**
     * The frozenset constant CPython's code object holds for the set display {@code elts}, or
     * null unless every item folds: the frozenset built from the items, then built again from
     * that one's iteration order when the compiler merges constants.
     */
    static PyFrozenSet frozenset(java.util.List<Expr> elts) {
        PyTuple items = tuple(elts);
        if (items == null) {
            return null;
        }
        PyFrozenSet first = PyFrozenSet.of(items);
        java.util.List<PyObject> order = new java.util.ArrayList<>();
        PyObject it = Ops.iter(first);
        for (PyObject v; (v = Ops.next(it)) != null;) {
            order.add(v);
        }
        return PyFrozenSet.of(PyTuple.of(order.toArray(new PyObject[0])));
    }

    private static PyObject binary(org.weft.python.ast.Operator op, PyObject l, PyObject r) {
        switch (op) {
            case Add: return Ops.add(l, r);
            case Sub: return Ops.sub(l, r);
            case Mult: return safeMultiply(l, r);
            case Div: return Ops.truediv(l, r);
            case FloorDiv: return Ops.floordiv(l, r);
            case Mod: return l instanceof PyStr || l instanceof PyBytes ? null : Ops.mod(l, r);
            case Pow: return safePower(l, r);
            case LShift: return safeLshift(l, r);
            case RShift: return Ops.rshift(l, r);
            case BitOr: return Ops.or(l, r);
            case BitXor: return Ops.xor(l, r);
            case BitAnd: return Ops.and(l, r);
            default: return null; // no constant implements @
        }
    }

    private static PyObject safeMultiply(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b) {
            long va = bits(a);
            long wb = bits(b);
            if (va != 0 && wb != 0 && va + wb > MAX_INT_SIZE) {
                return null;
            }
        } else if (v instanceof PyInt n && (w instanceof PyTuple || w instanceof PyBaseSet)) {
            long size = Ops.len(w);
            if (size != 0 && !fits(n, MAX_COLLECTION_SIZE / size)) {
                return null;
            }
        } else if (v instanceof PyInt n && (w instanceof PyStr || w instanceof PyBytes)) {
            long size = Ops.len(w);
            if (size != 0 && !fits(n, MAX_STR_SIZE / size)) {
                return null;
            }
        } else if (w instanceof PyInt && (v instanceof PyTuple || v instanceof PyBaseSet || v instanceof PyStr
                || v instanceof PyBytes)) {
            return safeMultiply(w, v);
        }
        return Ops.mul(v, w);
    }

    private static PyObject safePower(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b && bits(a) != 0 && b.bigValue().signum() > 0) {
            BigInteger wb = b.bigValue();
            if (wb.bitLength() > 63 || bits(a) > MAX_INT_SIZE / wb.longValue()) {
                return null;
            }
        }
        return Ops.pow(v, w);
    }

    private static PyObject safeLshift(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b && bits(a) != 0 && b.bigValue().signum() != 0) {
            BigInteger wb = b.bigValue();
            if (wb.signum() < 0) {
                return null; // PyLong_AsSize_t fails on a negative count
            }
            if (wb.compareTo(BigInteger.valueOf(MAX_INT_SIZE)) > 0 || bits(a) > MAX_INT_SIZE - wb.longValue()) {
                return null;
            }
        }
        return Ops.lshift(v, w);
    }

    /** The bits of |i| (0 for 0). CPython: _PyLong_NumBits. */
    private static long bits(PyInt i) {
        return i.bigValue().abs().bitLength();
    }

    /** 0 <= n <= limit. */
    private static boolean fits(PyInt n, long limit) {
        BigInteger v = n.bigValue();
        return v.signum() >= 0 && v.compareTo(BigInteger.valueOf(limit)) <= 0;
    }
}
