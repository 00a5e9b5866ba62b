package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyObject;

/** {@code obj.name} as an assignment or deletion target. */
public final class AttributeTarget extends TargetNode {
    private final ExprNode obj;
    private final String name;

    public AttributeTarget(ExprNode obj, String name) {
        this.obj = obj;
        this.name = name;
    }

    @Override
    public void assign(Frame f, PyObject value) {
        Ops.setattr(obj.execute(f), name, value);
    }

    @Override
    public void delete(Frame f) {
        Ops.delattr(obj.execute(f), name);
    }
}
