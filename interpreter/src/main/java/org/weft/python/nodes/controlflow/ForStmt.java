package org.weft.python.nodes.controlflow;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.nodes.expression.Iteration;
import org.weft.python.runtime.PyObject;

/** {@code for target in iter: body else: orelse}. */
public final class ForStmt extends StmtNode {
    private final TargetNode target;
    private final ExprNode iter;
    private final StmtNode body;
    private final StmtNode orelse;

    public ForStmt(int lineno, TargetNode target, ExprNode iter, StmtNode body, StmtNode orelse) {
        super(lineno);
        this.target = target;
        this.iter = iter;
        this.body = body;
        this.orelse = orelse;
    }

    @Override
    public int execute(Frame f) {
        PyObject it = Iteration.iter(iter.execute(f));
        while (true) {
            f.lineno = lineno;
            PyObject v = Iteration.next(it);
            if (v == null) {
                break;
            }
            target.assign(f, v);
            int s = body.execute(f);
            if (s == BREAK) {
                return NORMAL;
            }
            if (s != NORMAL && s != CONTINUE) {
                return s;
            }
            f.ts.checkInterrupt();
        }
        return orelse == null ? NORMAL : orelse.execute(f);
    }
}
