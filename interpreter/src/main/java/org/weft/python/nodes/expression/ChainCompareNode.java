package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyObject;

/**
 * {@code a < b <= c ...}: each middle operand is evaluated once, and evaluation stops at the first
 * false comparison, whose result is the value.
 */
public final class ChainCompareNode extends ExprNode {
    private final ExprNode[] operands;
    private final BinaryOp[] ops;

    public ChainCompareNode(ExprNode[] operands, BinaryOp[] ops) {
        this.operands = operands;
        this.ops = ops;
    }

    @Override
    public PyObject execute(Frame f) {
        try {
            PyObject a = operands[0].execute(f);
            PyObject r = null;
            for (int i = 0; i < ops.length; i++) {
                PyObject b = operands[i + 1].execute(f);
                r = ops[i].apply(a, b);
                if (i < ops.length - 1 && !Truth.isTrue(r)) {
                    return r;
                }
                a = b;
            }
            return r;
        } catch (PyException e) {
            throw e.at(f, span); // the innermost expression is what a traceback underlines
        }
    }
}
