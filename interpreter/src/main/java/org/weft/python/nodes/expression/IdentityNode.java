package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyObject;

/** {@code a is b} and {@code a is not b}. */
public final class IdentityNode extends ExprNode {
    private final ExprNode left;
    private final ExprNode right;
    private final boolean negate;

    public IdentityNode(ExprNode left, ExprNode right, boolean negate) {
        this.left = left;
        this.right = right;
        this.negate = negate;
    }

    @Override
    public PyObject execute(Frame f) {
        return PyBool.of((left.execute(f) == right.execute(f)) != negate);
    }

    @Override
    public boolean isTrue(Frame f) {
        return (left.execute(f) == right.execute(f)) != negate;
    }
}
