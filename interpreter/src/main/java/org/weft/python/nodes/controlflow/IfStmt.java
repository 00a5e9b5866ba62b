package org.weft.python.nodes.controlflow;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;

/** {@code if test: body else: orelse} ({@code orelse} may be null). */
public final class IfStmt extends StmtNode {
    private final ExprNode test;
    private final StmtNode body;
    private final StmtNode orelse;

    public IfStmt(int lineno, ExprNode test, StmtNode body, StmtNode orelse) {
        super(lineno);
        this.test = test;
        this.body = body;
        this.orelse = orelse;
    }

    @Override
    public int execute(Frame f) {
        if (test.isTrue(f)) {
            return body.execute(f);
        }
        return orelse == null ? NORMAL : orelse.execute(f);
    }
}
