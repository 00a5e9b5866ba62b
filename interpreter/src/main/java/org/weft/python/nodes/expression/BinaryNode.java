package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyObject;

/** A binary operator without its own fast-path node: {@code a << b}, {@code a @ b}, ... */
public final class BinaryNode extends ExprNode {
    private final ExprNode left;
    private final ExprNode right;
    private final BinaryOp op;

    public BinaryNode(ExprNode left, ExprNode right, BinaryOp op) {
        this.left = left;
        this.right = right;
        this.op = op;
    }

    @Override
    public PyObject execute(Frame f) {
        try {
            PyObject a = left.execute(f);
            return op.apply(a, right.execute(f));
        } catch (PyException e) {
            throw e.at(f, span); // the innermost expression is what a traceback underlines
        }
    }
}
