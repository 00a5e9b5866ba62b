package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyObject;

/** {@code not x}. */
public final class NotNode extends ExprNode {
    private final ExprNode operand;

    public NotNode(ExprNode operand) {
        this.operand = operand;
    }

    @Override
    public PyObject execute(Frame f) {
        // As a value (x = not (a or b)) CPython 3.11 computes the operand's value and then its truth.
        return PyBool.of(!Truth.isTrue(operand.execute(f)));
    }

    @Override
    public boolean isTrue(Frame f) {
        return !operand.isTrue(f);
    }
}
