package org.weft.python.nodes.controlflow;

import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;

/** {@code del a, b[i], c.x}: deletes the targets left to right. */
public final class DeleteStmt extends StmtNode {
    private final TargetNode[] targets;

    public DeleteStmt(int lineno, TargetNode[] targets) {
        super(lineno);
        this.targets = targets;
    }

    @Override
    public int execute(Frame f) {
        for (TargetNode t : targets) {
            t.delete(f);
        }
        return NORMAL;
    }
}
