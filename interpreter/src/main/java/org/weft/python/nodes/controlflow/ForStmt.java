package org.weft.python.nodes.controlflow;

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
    /** The two targets of {@code for a, b in ...}, for iterators that yield pairs; else null. */
    private final TargetNode first;
    private final TargetNode second;

    public ForStmt(int lineno, TargetNode target, ExprNode iter, StmtNode body, StmtNode orelse, boolean closeTemp) {
        super(lineno);
        this.target = target;
        this.iter = iter;
        this.body = body;
        this.closeTemp = closeTemp;
        this.orelse = orelse;
        UnpackTarget pair = target instanceof UnpackTarget u && u.pairTarget(0) != null ? u : null;
        this.first = pair == null ? null : pair.pairTarget(0);
        this.second = pair == null ? null : pair.pairTarget(1);
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
        if (first != null && it instanceof PairIterator p && p.yieldsPairs()) {
            return pairLoop(f, p);
        }
        while (true) {
            f.lineno = lineno;
            PyObject v = Iteration.next(it, f.ts);
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

    /** {@link #loop} for {@code for a, b in enumerate(...)/zip(x, y)/d.items()}: no tuple per step. */
    private int pairLoop(Frame f, PairIterator it) {
        PyObject[] half = new PyObject[1];
        while (true) {
            f.lineno = lineno;
            PyObject v = it.nextPair(half);
            if (v == null) {
                break;
            }
            PyObject a = half[0];
            half[0] = null;
            first.assign(f, a);
            second.assign(f, v);
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
