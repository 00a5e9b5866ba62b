package org.weft.python.nodes.generator;

import org.weft.python.runtime.Tracing;
import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.nodes.controlflow.AbandonedGenerators;
import org.weft.python.nodes.expression.Iteration;
import org.weft.python.nodes.expression.UnpackTarget;
import org.weft.python.runtime.PairIterator;
import org.weft.python.runtime.PyGenerator;
import org.weft.python.runtime.PyObject;

/**
 * {@code for} in a generator: the iterator lives in a frame slot while suspended. States: 1 body,
 * 3 body of a loop that owns its generator (closed when the loop exits early, see
 * {@link AbandonedGenerators}), 2 else.
 */
public final class GenFor extends StmtNode {
    private final TargetNode target;
    private final ExprNode iter;
    private final StmtNode body;
    private final StmtNode orelse;
    private final int rs;
    private final int slot;
    private final boolean closeTemp;
    /** The target when it is {@code a, b}, for iterators that yield pairs (see ForStmt); else null. */
    private final UnpackTarget pair;

    public GenFor(int lineno, TargetNode target, ExprNode iter, StmtNode body, StmtNode orelse, int rs, int slot,
            boolean closeTemp) {
        super(lineno);
        this.target = target;
        this.iter = iter;
        this.body = body;
        this.orelse = orelse;
        this.rs = rs;
        this.slot = slot;
        this.closeTemp = closeTemp;
        this.pair = UnpackTarget.ofPair(target);
    }

    @Override
    public int execute(Frame f) {
        int st = f.resumable.resuming ? f.resumable.resume[rs] : 0;
        if (st == 2) {
            return runElse(f);
        }
        PyObject it;
        PyGenerator owned;
        if (st != 0) {
            it = f.locals[slot];
            owned = st == 3 ? (PyGenerator) it : null;
        } else {
            it = Iteration.iter(iter.execute(f));
            owned = AbandonedGenerators.owned(closeTemp, it);
            f.locals[slot] = it;
        }
        int s;
        try {
            s = loop(f, it, st != 0, owned != null);
        } catch (RuntimeException | Error e) {
            f.locals[slot] = null;
            if (owned != null) {
                AbandonedGenerators.close(owned);
            }
            throw e;
        }
        if (s == YIELD) {
            return YIELD;
        }
        f.locals[slot] = null;
        if (s == EXHAUSTED) {
            return runElse(f);
        }
        if (owned != null) {
            AbandonedGenerators.close(owned);
        }
        return s == BREAK ? NORMAL : s;
    }

    /** Loop exit by exhaustion; never a status a body returns. */
    private static final int EXHAUSTED = -1;

    private int loop(Frame f, PyObject it, boolean inBody, boolean owned) {
        PairIterator pairs = pair != null && it instanceof PairIterator p && p.yieldsPairs() ? p : null;
        PyObject[] half = pairs == null ? null : new PyObject[1];
        boolean back = false; // resuming in the body is no jump back: its end is
        while (true) {
            if (back && f.hasExtras()) {
                Tracing.jumpBack(f, lineno); // sys.settrace: each iteration after the first
            }
            back = true;
            if (!inBody) {
                f.lineno = lineno;
                if (pairs != null) { // no tuple per step, as ForStmt
                    if (!pair.assignNextPair(f, pairs, half)) {
                        return EXHAUSTED;
                    }
                } else {
                    PyObject v = Iteration.next(it, f.ts);
                    if (v == null) {
                        if (f.hasExtras()) {
                            Tracing.loopEnded(f, it);
                        }
                        return EXHAUSTED;
                    }
                    target.assign(f, v);
                }
            }
            inBody = false;
            int s = body.execute(f);
            if (s == YIELD) {
                f.resumable.resume[rs] = owned ? 3 : 1;
                return YIELD;
            }
            if (s != NORMAL && s != CONTINUE) {
                return s;
            }
        }
    }

    private int runElse(Frame f) {
        if (orelse == null) {
            return NORMAL;
        }
        int s = orelse.execute(f);
        if (s == YIELD) {
            f.resumable.resume[rs] = 2;
        }
        return s;
    }
}
