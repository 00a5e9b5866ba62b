package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.PyObject;

/** {@code target := value}: stores and returns the value. */
public final class NamedExprNode extends ExprNode {
    private final TargetNode target;
    private final ExprNode value;

    public NamedExprNode(TargetNode target, ExprNode value) {
        this.target = target;
        this.value = value;
    }

    @Override
    public PyObject execute(Frame f) {
        PyObject v = value.execute(f);
        target.assign(f, v);
        return v;
    }
}
