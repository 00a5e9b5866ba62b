package org.weft.python.nodes.controlflow;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.PyObject;

/**
 * {@code t1, t2 = x, y} whose targets are not all fast locals ({@link ParallelLocalAssign} takes
 * those): {@code packet, self.pending = self.pending, None}, {@code a[i], a[j] = a[j], a[i]}. The
 * values are evaluated left to right, then each target (its object and subscript, then the store)
 * left to right, as CPython's BUILD_TUPLE/UNPACK_SEQUENCE order gives, without the tuple that
 * nobody can see.
 */
public final class ParallelAssign extends StmtNode {
    private final TargetNode[] targets;
    private final ExprNode[] values;

    public ParallelAssign(int lineno, TargetNode[] targets, ExprNode[] values) {
        super(lineno);
        this.targets = targets;
        this.values = values;
    }

    @Override
    public int execute(Frame f) {
        if (values.length == 2) {
            PyObject a = values[0].execute(f);
            PyObject b = values[1].execute(f);
            targets[0].assign(f, a);
            targets[1].assign(f, b);
            return NORMAL;
        }
        PyObject[] v = new PyObject[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i].execute(f);
        }
        for (int i = 0; i < v.length; i++) {
            targets[i].assign(f, v[i]);
        }
        return NORMAL;
    }
}
