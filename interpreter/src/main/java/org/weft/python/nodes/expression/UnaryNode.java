package org.weft.python.nodes.expression;

import java.util.function.UnaryOperator;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyObject;

/** {@code -x}, {@code +x}, {@code ~x} through the given operation. */
public final class UnaryNode extends ExprNode {
    private final ExprNode operand;
    private final UnaryOperator<PyObject> op;

    public UnaryNode(ExprNode operand, UnaryOperator<PyObject> op) {
        this.operand = operand;
        this.op = op;
    }

    @Override
    public PyObject execute(Frame f) {
        try {
            return op.apply(operand.execute(f));
        } catch (PyException e) {
            throw e.at(f, span); // the innermost expression is what a traceback underlines
        }
    }
}
