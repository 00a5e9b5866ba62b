package org.weft.python.nodes.controlflow;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;

/** An expression evaluated for its effect; the value is dropped. */
public final class ExprStmt extends StmtNode {
    private final ExprNode value;

    public ExprStmt(int lineno, ExprNode value) {
        super(lineno);
        this.value = value;
    }

    @Override
    public int execute(Frame f) {
        value.execute(f);
        return NORMAL;
    }
}
