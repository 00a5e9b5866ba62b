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
import org.weft.python.runtime.PushConsumer;
import org.weft.python.runtime.PyGenerator;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;

/**
 * The commonest generator loop as one node: {@code for t in it: [if c: ...] yield v}, with no
 * {@code else}, the yield's value unused, and no yield anywhere else in it. Every generator
 * expression without a nested {@code for} has this shape, as do most filtering and mapping
 * generator functions.
 *
 * <p>The general nodes ({@link GenFor} holding a {@link GenBlock}, {@link GenIf}s and a
 * {@link YieldStmt}) walk back down four to six levels on every resumption and record where they
 * suspended at each; here the one place to suspend is the yield, so a resumption goes straight on
 * to the next item. What a resumption sees is unchanged: the same line numbers for tracebacks, an
 * exception thrown in raised at the yield, values taken by a draining consumer
 * ({@link PyGenerator#drain}) without suspending, and a temporary generator iterated here closed
 * when an exception leaves the loop ({@link AbandonedGenerators}).
 *
 * <p>State while suspended: the iterator in frame slot {@code slot}; {@code resume[rs]} is 1, or 3
 * when the loop owns that iterator (as {@link GenFor}).
 */
public final class GenForYield extends StmtNode {
    private final TargetNode target;
    private final ExprNode iter;
    /** The conditions of the nested {@code if}s, outermost first, with their lines. */
    private final ExprNode[] tests;
    private final int[] testLines;
    /** The yielded value; null for a bare {@code yield}. */
    private final ExprNode value;
    private final int yieldLine;
    private final int rs;
    private final int slot;
    private final boolean closeTemp;
    /** The target when it is {@code a, b}, for iterators that yield pairs (see ForStmt); else null. */
    private final UnpackTarget pair;

    public GenForYield(int lineno, TargetNode target, ExprNode iter, ExprNode[] tests, int[] testLines,
            ExprNode value, int yieldLine, int rs, int slot, boolean closeTemp) {
        super(lineno);
        this.target = target;
        this.iter = iter;
        this.tests = tests;
        this.testLines = testLines;
        this.value = value;
        this.yieldLine = yieldLine;
        this.rs = rs;
        this.slot = slot;
        this.closeTemp = closeTemp;
        this.pair = UnpackTarget.ofPair(target);
    }

    @Override
    public int execute(Frame f) {
        PyObject it;
        PyGenerator owned;
        boolean resumed = f.resumable.resuming;
        if (resumed) {
            // suspended at the yield, the only place this node suspends
            f.resumable.resuming = false;
            f.resumable.sent = null; // a yield statement's result is unused
            it = f.locals[slot];
            owned = f.resumable.resume[rs] == 3 ? (PyGenerator) it : null;
            RuntimeException thrown = f.resumable.thrown;
            if (thrown != null) {
                f.resumable.thrown = null;
                f.lineno = yieldLine;
                abandon(f, owned);
                throw thrown;
            }
        } else {
            it = Iteration.iter(iter.execute(f));
            owned = AbandonedGenerators.owned(closeTemp, it);
            f.locals[slot] = it;
        }
        try {
            return loop(f, it, owned != null ? 3 : 1, resumed);
        } catch (RuntimeException | Error e) {
            abandon(f, owned);
            throw e;
        }
    }

    /** {@code back}: the loop resumes after its yield, so its first step is already a jump back. */
    private int loop(Frame f, PyObject it, int suspended, boolean back) {
        PairIterator pairs = pair != null && it instanceof PairIterator p && p.yieldsPairs() ? p : null;
        PyObject[] half = pairs == null ? null : new PyObject[1];
        next:
        while (true) {
            if (f.hasExtras()) {
                // sys.settrace: each step after the first jumps back; the first is the header's
                // line, unless the statement around it already reported it (a generator
                // expression's has no statement around it)
                if (back) {
                    Tracing.jumpBack(f, lineno);
                } else {
                    f.lineno = lineno;
                    Tracing.line(f);
                }
            }
            back = true;
            f.lineno = lineno;
            if (pairs != null) { // no tuple per step, as ForStmt
                if (!pair.assignNextPair(f, pairs, half)) {
                    f.locals[slot] = null;
                    return NORMAL;
                }
            } else {
                PyObject v = Iteration.next(it, f.ts);
                if (v == null) {
                    if (f.hasExtras()) {
                        Tracing.loopEnded(f, it);
                    }
                    f.locals[slot] = null;
                    return NORMAL;
                }
                target.assign(f, v);
            }
            for (int i = 0; i < tests.length; i++) {
                f.lineno = testLines[i];
                if (f.hasExtras()) {
                    Tracing.line(f);
                }
                if (!tests[i].isTrue(f)) {
                    continue next;
                }
            }
            f.lineno = yieldLine;
            if (f.hasExtras()) {
                Tracing.line(f);
            }
            PyObject y = value == null ? PyNone.NONE : value.execute(f);
            PushConsumer push = f.resumable.push;
            if (push != null && push.accept(y)) {
                // drained: the value is taken, go on as if resumed; a long drain still answers Ctrl-C
                f.ts.checkInterrupt();
                continue;
            }
            f.returnValue = y;
            f.resumable.resume[rs] = suspended;
            return YIELD;
        }
    }

    /** An exception leaves the loop: forget the iterator, and close it if the loop owned it. */
    private void abandon(Frame f, PyGenerator owned) {
        f.locals[slot] = null;
        if (owned != null) {
            AbandonedGenerators.close(owned);
        }
    }
}
