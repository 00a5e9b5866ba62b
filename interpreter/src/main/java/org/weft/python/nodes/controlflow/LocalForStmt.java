package org.weft.python.nodes.controlflow;

import org.weft.python.runtime.Tracing;
import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.expression.Iteration;
import org.weft.python.runtime.PyGenerator;
import org.weft.python.runtime.PyObject;

/** {@code for x in iter: body} with a fast-local target and no else: the hot loop shape. */
public final class LocalForStmt extends StmtNode {
    private final int slot;
    private final ExprNode iter;
    private final StmtNode body;
    /** The iterable is a temporary (a call or generator expression): the loop closes the generator it
     * owns when it exits, as CPython's reference counting would (rule in {@link AbandonedGenerators}). */
    private final boolean closeTemp;

    public LocalForStmt(int lineno, int slot, ExprNode iter, StmtNode body, boolean closeTemp) {
        super(lineno);
        this.slot = slot;
        this.iter = iter;
        this.body = body;
        this.closeTemp = closeTemp;
    }

    @Override
    public int execute(Frame f) {
        PyObject it = Iteration.iter(iter.execute(f));
        PyGenerator owned = AbandonedGenerators.owned(closeTemp, it);
        if (owned != null) {
            try {
                return loop(f, owned);
            } finally {
                AbandonedGenerators.close(owned);
            }
        }
        return loop(f, it);
    }

    private int loop(Frame f, PyObject it) {
        PyObject[] locals = f.locals;
        while (true) {
            f.lineno = lineno;
            PyObject v = Iteration.next(it, f.ts);
            if (v == null) {
                if (f.hasExtras()) {
                    Tracing.loopEnded(f, it);
                }
                return NORMAL;
            }
            locals[slot] = v;
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
    }
}
