package org.weft.python.nodes.generator;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.nodes.expression.Iteration;
import org.weft.python.runtime.PyObject;

/** {@code for} in a generator: the iterator lives in a frame slot while suspended. States: 1 body, 2 else. */
public final class GenFor extends StmtNode {
    private final TargetNode target;
    private final ExprNode iter;
    private final StmtNode body;
    private final StmtNode orelse;
    private final int rs;
    private final int slot;

    public GenFor(int lineno, TargetNode target, ExprNode iter, StmtNode body, StmtNode orelse, int rs, int slot) {
        super(lineno);
        this.target = target;
        this.iter = iter;
        this.body = body;
        this.orelse = orelse;
        this.rs = rs;
        this.slot = slot;
    }

    @Override
    public int execute(Frame f) {
        int st = f.resuming ? f.resume[rs] : 0;
        if (st == 2) {
            return runElse(f);
        }
        PyObject it;
        if (st == 1) {
            it = f.locals[slot];
        } else {
            it = Iteration.iter(iter.execute(f));
            f.locals[slot] = it;
        }
        while (true) {
            if (st != 1) {
                f.lineno = lineno;
                PyObject v = Iteration.next(it);
                if (v == null) {
                    break;
                }
                target.assign(f, v);
            }
            st = 0;
            int s = body.execute(f);
            if (s == YIELD) {
                f.resume[rs] = 1;
                return YIELD;
            }
            if (s == BREAK) {
                f.locals[slot] = null;
                return NORMAL;
            }
            if (s != NORMAL && s != CONTINUE) {
                f.locals[slot] = null;
                return s;
            }
        }
        f.locals[slot] = null;
        return runElse(f);
    }

    private int runElse(Frame f) {
        if (orelse == null) {
            return NORMAL;
        }
        int s = orelse.execute(f);
        if (s == YIELD) {
            f.resume[rs] = 2;
        }
        return s;
    }
}
