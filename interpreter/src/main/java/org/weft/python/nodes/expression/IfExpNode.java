package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.PyObject;

/** {@code body if test else orelse}. */
public final class IfExpNode extends ExprNode {
    private final ExprNode test;
    private final ExprNode body;
    private final ExprNode orelse;

    public IfExpNode(ExprNode test, ExprNode body, ExprNode orelse) {
        this.test = test;
        this.body = body;
        this.orelse = orelse;
    }

    @Override
    public PyObject execute(Frame f) {
        return test.isTrue(f) ? body.execute(f) : orelse.execute(f);
    }
}
