package org.weft.python.nodes.generator;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PushConsumer;
import org.weft.python.runtime.PyBaseException;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyGenerator;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStopIteration;
import org.weft.python.runtime.SourceSpan;
import org.weft.python.runtime.ThreadState;

/**
 * {@code [target =] yield from iterable}: delegates {@code next}, {@code send}, {@code throw} and
 * {@code close} to the sub-iterator (kept in a frame slot while suspended) until it finishes; its
 * {@code StopIteration.value} (or generator return value) is the expression's value.
 */
// CPython: the SEND / YIELD_VALUE loop of compiler_yield_from and _gen_throw's delegation
public final class YieldFromStmt extends StmtNode {
    private final ExprNode iterable;
    private final TargetNode target;
    private final int rs;
    private final int slot;
    /** The {@code yield from} or {@code await} expression, underlined when an exception leaves it. */
    private final SourceSpan span;

    public YieldFromStmt(int lineno, ExprNode iterable, TargetNode target, int rs, int slot, SourceSpan span) {
        super(lineno);
        this.iterable = iterable;
        this.target = target;
        this.rs = rs;
        this.slot = slot;
        this.span = span;
    }

    @Override
    public int execute(Frame f) {
        try {
            return delegate(f);
        } catch (PyException e) {
            // CPython's SEND has the expression's position: an exception from the sub-iterator
            // is underlined there (an inner expression that failed first keeps its own span)
            throw e.at(f, span);
        }
    }

    private int delegate(Frame f) {
        PyObject it;
        Outcome o;
        if (f.resumable.resuming && f.resumable.resume[rs] == 1) {
            f.resumable.resuming = false;
            f.resumable.resume[rs] = 0;
            f.lineno = lineno;
            it = f.locals[slot];
            f.resumable.delegate = null;
            RuntimeException thrown = f.resumable.thrown;
            PyObject sent = f.resumable.sent;
            f.resumable.thrown = null;
            f.resumable.sent = null;
            if (thrown != null) {
                o = throwInto(it, thrown);
            } else if (f.resumable.push != null) {
                o = pushFrom(f, it); // drained, so resumed with None
            } else {
                o = send(f.ts, it, sent == null ? PyNone.NONE : sent);
            }
        } else {
            PyObject v = iterable.execute(f);
            it = v instanceof PyGenerator ? v : Ops.iter(v);
            f.locals[slot] = it;
            o = f.resumable.push != null ? pushFrom(f, it) : send(f.ts, it, PyNone.NONE);
        }
        if (o.yielded != null) {
            f.returnValue = o.yielded;
            f.resumable.resume[rs] = 1;
            f.resumable.delegate = it;
            return YIELD;
        }
        f.resumable.delegate = null;
        f.locals[slot] = null;
        if (target != null) {
            target.assign(f, o.result);
        }
        return NORMAL;
    }

    /** Either a value the sub-iterator yielded, or the result it finished with. */
    private record Outcome(PyObject yielded, PyObject result) {
    }

    /**
     * The delegation while this generator is being drained ({@link PyGenerator#drain}): a plain
     * generator is drained into the same consumer (so values from the bottom of a yield-from chain
     * reach it in one step, not through every level), any other iterator is advanced with each
     * value offered; the outcome is the first value the consumer declined, or the result.
     */
    private static Outcome pushFrom(Frame f, PyObject it) {
        PushConsumer push = f.resumable.push;
        if (it instanceof PyGenerator g && g.drainable()) {
            PyObject y = g.drain(f.ts, push);
            return y != null ? new Outcome(y, null) : new Outcome(null, g.takeReturnValue());
        }
        Outcome o = send(f.ts, it, PyNone.NONE);
        while (o.yielded != null && push.accept(o.yielded)) {
            o = send(f.ts, it, PyNone.NONE);
        }
        return o;
    }

    private static Outcome send(ThreadState ts, PyObject it, PyObject value) {
        if (it instanceof PyGenerator g) {
            PyObject y = ts != null ? g.resume(ts, value, null) : g.resume(value, null);
            return y != null ? new Outcome(y, null) : new Outcome(null, g.takeReturnValue());
        }
        try {
            // __next__ itself, not Ops.next, which would swallow StopIteration's value.
            PyObject y = value == PyNone.NONE ? Ops.callMethod(it, "__next__") : Ops.callMethod(it, "send", value);
            return new Outcome(y, null);
        } catch (PyException e) {
            return finished(e);
        }
    }

    private static Outcome finished(PyException e) {
        if (!e.matches(PyExc.StopIteration)) {
            throw e;
        }
        PyBaseException v = e.value();
        PyObject r = v instanceof PyStopIteration s ? s.getValue() : PyNone.NONE;
        return new Outcome(null, r == null ? PyNone.NONE : r);
    }

    private static Outcome throwInto(PyObject it, RuntimeException thrown) {
        PyException pe = (PyException) thrown;
        if (pe.matches(PyExc.GeneratorExit)) {
            if (it instanceof PyGenerator g) {
                g.close();
            } else {
                PyObject close = Ops.getattrOrNull(it, "close");
                if (close != null) {
                    Ops.call(close);
                }
            }
            throw thrown;
        }
        if (it instanceof PyGenerator g) {
            PyObject y = g.resume(null, pe);
            return y != null ? new Outcome(y, null) : new Outcome(null, g.takeReturnValue());
        }
        PyObject t = Ops.getattrOrNull(it, "throw");
        if (t == null) {
            throw thrown;
        }
        try {
            PyObject y = Ops.call(t, pe.value());
            return new Outcome(y, null);
        } catch (PyException e) {
            return finished(e);
        }
    }
}
