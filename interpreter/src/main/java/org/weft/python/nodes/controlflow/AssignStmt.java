package org.weft.python.nodes.controlflow;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.PyObject;

/** {@code t1 = t2 = value}: evaluates the value once, then stores it left to right. */
public final class AssignStmt extends StmtNode {
    private final ExprNode value;
    private final TargetNode[] targets;

    public AssignStmt(int lineno, TargetNode[] targets, ExprNode value) {
        super(lineno);
        this.value = value;
        this.targets = targets;
    }

    @Override
    public int execute(Frame f) {
        PyObject v = value.execute(f);
        for (TargetNode t : targets) {
            t.assign(f, v);
        }
        return NORMAL;
    }
}
