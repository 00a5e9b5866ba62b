package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyObject;

/** {@code obj.name}. */
public final class GetAttrNode extends ExprNode {
    private final ExprNode obj;
    private final String name;

    public GetAttrNode(ExprNode obj, String name) {
        this.obj = obj;
        this.name = name.intern();
    }

    @Override
    public PyObject execute(Frame f) {
        return Ops.getattr(obj.execute(f), name);
    }
}
