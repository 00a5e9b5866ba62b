package org.weft.python.nodes.controlflow;

import org.weft.python.runtime.Tracing;
import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;

/** {@code while test: body else: orelse}; polls the thread's interrupt flag at each back-edge. */
public final class WhileStmt extends StmtNode {
    private final ExprNode test;
    private final StmtNode body;
    private final StmtNode orelse;

    public WhileStmt(int lineno, ExprNode test, StmtNode body, StmtNode orelse) {
        super(lineno);
        this.test = test;
        this.body = body;
        this.orelse = orelse;
    }

    @Override
    public int execute(Frame f) {
        while (true) {
            f.lineno = lineno;
            if (!test.isTrue(f)) {
                break;
            }
            int s = body.execute(f);
            if (s == BREAK) {
                return NORMAL;
            }
            if (s != NORMAL && s != CONTINUE) {
                return s;
            }
            f.ts.checkInterrupt();
            if (f.hasExtras()) {
                Tracing.jumpBack(f, lineno); // sys.settrace: the header's line again, as CPython's jump back
            }
        }
        return orelse == null ? NORMAL : orelse.execute(f);
    }
}
