package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyObject;

/** {@code obj[key]} as an assignment or deletion target. */
public final class SubscriptTarget extends TargetNode {
    private final ExprNode obj;
    private final ExprNode key;

    public SubscriptTarget(ExprNode obj, ExprNode key) {
        this.obj = obj;
        this.key = key;
    }

    @Override
    public void assign(Frame f, PyObject value) {
        PyObject o = obj.execute(f);
        Ops.setitem(o, key.execute(f), value);
    }

    @Override
    public void delete(Frame f) {
        PyObject o = obj.execute(f);
        Ops.delitem(o, key.execute(f));
    }
}
