package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.CompareOp;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyObject;

/** {@code a OP b} for the six rich comparisons, with exact int and float fast paths. */
public final class CompareNode extends ExprNode {
    private final ExprNode left;
    private final ExprNode right;
    private final CompareOp op;

    /** The operator as a small int, so the int fast path is a plain switch (no enum switch map). */
    private final int code;

    private static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;

    public CompareNode(ExprNode left, CompareOp op, ExprNode right) {
        this.left = left;
        this.right = right;
        this.op = op;
        this.code = switch (op) {
            case LT -> LT;
            case LE -> LE;
            case EQ -> EQ;
            case NE -> NE;
            case GT -> GT;
            case GE -> GE;
        };
    }

    @Override
    public PyObject execute(Frame f) {
        try {
            PyObject a = left.execute(f);
            PyObject b = right.execute(f);
            if (a.type() == PyInt.TYPE && b.type() == PyInt.TYPE && ((PyInt) a).isSmall() && ((PyInt) b).isSmall()) {
                return PyBool.of(testLong(((PyInt) a).longValue(), ((PyInt) b).longValue()));
            }
            return compare(a, op, b);
        } catch (PyException e) {
            throw e.at(f, span); // the innermost expression is what a traceback underlines
        }
    }

    /** As a condition: the comparison's truth without a bool object for ints and floats. */
    @Override
    public boolean isTrue(Frame f) {
        try {
            PyObject a = left.execute(f);
            PyObject b = right.execute(f);
            if (a.type() == PyInt.TYPE && b.type() == PyInt.TYPE && ((PyInt) a).isSmall() && ((PyInt) b).isSmall()) {
                return testLong(((PyInt) a).longValue(), ((PyInt) b).longValue());
            }
            if (a.type() == PyFloat.TYPE && b.type() == PyFloat.TYPE) {
                return testDouble(op, ((PyFloat) a).value(), ((PyFloat) b).value());
            }
            return Truth.isTrue(Ops.richCompare(a, b, op)); // a rich comparison may return any object
        } catch (PyException e) {
            throw e.at(f, span); // the innermost expression is what a traceback underlines
        }
    }

    private boolean testLong(long x, long y) {
        switch (code) {
            case LT: return x < y;
            case LE: return x <= y;
            case EQ: return x == y;
            case NE: return x != y;
            case GT: return x > y;
            default: return x >= y;
        }
    }

    public static PyObject compare(PyObject a, CompareOp op, PyObject b) {
        if (a.type() == PyInt.TYPE && b.type() == PyInt.TYPE && ((PyInt) a).isSmall() && ((PyInt) b).isSmall()) {
            return PyBool.of(op.test(Long.compare(((PyInt) a).longValue(), ((PyInt) b).longValue())));
        }
        if (a.type() == PyFloat.TYPE && b.type() == PyFloat.TYPE) {
            return PyBool.of(testDouble(op, ((PyFloat) a).value(), ((PyFloat) b).value()));
        }
        return Ops.richCompare(a, b, op);
    }

    /** IEEE comparison: every comparison with NaN is false except {@code !=}. */
    static boolean testDouble(CompareOp op, double x, double y) {
        switch (op) {
            case LT: return x < y;
            case LE: return x <= y;
            case EQ: return x == y;
            case NE: return x != y;
            case GT: return x > y;
            default: return x >= y;
        }
    }
}
