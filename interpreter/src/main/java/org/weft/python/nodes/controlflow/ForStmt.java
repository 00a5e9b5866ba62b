package org.weft.python.nodes.controlflow;

import org.weft.python.runtime.Tracing;
import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.nodes.expression.Iteration;
import org.weft.python.nodes.expression.UnpackTarget;
import org.weft.python.runtime.PairIterator;
import org.weft.python.runtime.PyGenerator;
import org.weft.python.runtime.PyObject;

/** {@code for target in iter: body else: orelse}. */
public final class ForStmt extends StmtNode {
    private final TargetNode target;
    private final ExprNode iter;
    private final StmtNode body;
    /** The iterable is a temporary (a call or generator expression): the loop closes the generator it
     * owns when it exits, as CPython's reference counting would (rule in {@link AbandonedGenerators}). */
    private final boolean closeTemp;
    private final StmtNode orelse;
    /** The target when it is {@code a, b}, for iterators that yield pairs; else null. */
    private final UnpackTarget pair;

    public ForStmt(int lineno, TargetNode target, ExprNode iter, StmtNode body, StmtNode orelse, boolean closeTemp) {
        super(lineno);
        this.target = target;
        this.iter = iter;
        this.body = body;
        this.closeTemp = closeTemp;
        this.orelse = orelse;
        this.pair = UnpackTarget.ofPair(target);
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
        // for a, b in enumerate(...)/zip(x, y)/d.items(): the halves, no tuple per step
        PairIterator pairs = pair != null && it instanceof PairIterator p && p.yieldsPairs() ? p : null;
        PyObject[] half = pairs == null ? null : new PyObject[1];
        while (true) {
            f.lineno = lineno;
            if (pairs != null) {
                if (!pair.assignNextPair(f, pairs, half)) {
                    break;
                }
            } else {
                PyObject v = Iteration.next(it, f.ts);
                if (v == null) {
                    if (f.hasExtras()) {
                        Tracing.loopEnded(f, it);
                    }
                    break;
                }
                target.assign(f, v);
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
