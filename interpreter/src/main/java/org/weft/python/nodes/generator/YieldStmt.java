package org.weft.python.nodes.generator;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.PushConsumer;
import org.weft.python.runtime.PyAsyncGenerator;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;

/**
 * {@code [target =] yield value}: suspends the generator with the value; when resumed, stores the
 * sent value in the target, or raises the exception thrown in.
 */
public final class YieldStmt extends StmtNode {
    private final ExprNode value;
    private final TargetNode target;
    private final int rs;
    /** In an async generator the value is wrapped, to tell it from what {@code await} passes up. */
    private final boolean asyncGen;

    public YieldStmt(int lineno, ExprNode value, TargetNode target, int rs, boolean asyncGen) {
        super(lineno);
        this.asyncGen = asyncGen;
        this.value = value;
        this.target = target;
        this.rs = rs;
    }

    @Override
    public int execute(Frame f) {
        if (f.resumable.resuming && f.resumable.resume[rs] == 1) {
            f.resumable.resuming = false;
            f.resumable.resume[rs] = 0;
            f.lineno = lineno;
            RuntimeException thrown = f.resumable.thrown;
            if (thrown != null) {
                f.resumable.thrown = null;
                throw thrown;
            }
            PyObject sent = f.resumable.sent;
            f.resumable.sent = null;
            if (target != null) {
                target.assign(f, sent == null ? PyNone.NONE : sent);
            }
            return NORMAL;
        }
        PyObject v = value == null ? PyNone.NONE : value.execute(f);
        PushConsumer push = f.resumable.push;
        if (push != null && push.accept(v)) {
            // Drained (PyGenerator.drain): the value is taken; go on as if resumed with None.
            f.lineno = lineno;
            if (target != null) {
                target.assign(f, PyNone.NONE);
            }
            return NORMAL;
        }
        f.returnValue = asyncGen ? new PyAsyncGenerator.Yielded(v) : v;
        f.resumable.resume[rs] = 1;
        return YIELD;
    }
}
