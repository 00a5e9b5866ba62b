package org.weft.python.nodes.controlflow;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;

/** {@code x = value} where {@code x} is a fast local: the commonest statement, kept tiny. */
public final class LocalAssign extends StmtNode {
    private final int slot;
    private final ExprNode value;

    public LocalAssign(int lineno, int slot, ExprNode value) {
        super(lineno);
        this.slot = slot;
        this.value = value;
    }

    @Override
    public int execute(Frame f) {
        f.locals[slot] = value.execute(f);
        return NORMAL;
    }
}
