package org.weft.python.nodes.controlflow;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.local.LocalTarget;
import org.weft.python.runtime.PyObject;

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
        PyObject v = value.execute(f);
        if (f.code.makesFinalizable) {
            LocalTarget.rebind(f, slot, v);
        } else {
            f.locals[slot] = v;
        }
        return NORMAL;
    }
}
