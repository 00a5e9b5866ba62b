package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyObject;

/** {@code a - b} with exact-int and exact-float fast paths before the generic protocol. */
public final class SubNode extends ExprNode {
    private final ExprNode left;
    private final ExprNode right;

    public SubNode(ExprNode left, ExprNode right) {
        this.left = left;
        this.right = right;
    }

    @Override
    public PyObject execute(Frame f) {
        try {
            return sub(left.execute(f), right.execute(f));
        } catch (PyException e) {
            throw e.at(f, span); // the innermost expression is what a traceback underlines
        }
    }

    public static PyObject sub(PyObject a, PyObject b) {
        if (a.type() == PyInt.TYPE && b.type() == PyInt.TYPE) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.isSmall() && y.isSmall()) {
                long r = x.longValue() - y.longValue();
                if (((x.longValue() ^ y.longValue()) & (x.longValue() ^ r)) >= 0) {
                    return PyInt.of(r);
                }
            }
        } else if (a.type() == PyFloat.TYPE && b.type() == PyFloat.TYPE) {
            return PyFloat.of(((PyFloat) a).value() - ((PyFloat) b).value());
        }
        return Ops.sub(a, b);
    }
}
