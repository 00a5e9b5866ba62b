package org.weft.python.nodes.generator;

import org.weft.python.runtime.Tracing;
import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.nodes.controlflow.Exceptions;
import org.weft.python.nodes.controlflow.WithStmt;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;

/** {@code with} in a generator: the manager and its {@code __exit__} wait in slots while suspended. */
public final class GenWith extends StmtNode {
    private final ExprNode ctx;
    private final TargetNode target;
    private final StmtNode body;
    private final int rs;
    private final int slot;

    public GenWith(int lineno, ExprNode ctx, TargetNode target, StmtNode body, int rs, int slot) {
        super(lineno);
        this.ctx = ctx;
        this.target = target;
        this.body = body;
        this.rs = rs;
        this.slot = slot;
    }

    @Override
    public int execute(Frame f) {
        PyObject mgr;
        PyObject exit;
        PyObject entered = null; // __enter__'s result, still to store in the target
        if (f.resumable.resuming && f.resumable.resume[rs] == 1) {
            mgr = f.locals[slot];
            exit = f.locals[slot + 1];
        } else {
            mgr = ctx.execute(f);
            exit = WithStmt.exitOf(mgr);
            entered = Ops.callSpecialOrNull(mgr, "__enter__");
            f.locals[slot] = mgr;
            f.locals[slot + 1] = exit;
        }
        int s;
        try {
            if (entered != null && target != null) { // inside the block, as WithStmt does
                target.assign(f, entered);
            }
            s = body.execute(f);
        } catch (PyException e) {
            clear(f);
            return WithStmt.onException(f, lineno, mgr, exit, Exceptions.caught(e, f));
        } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
            clear(f);
            return WithStmt.onException(f, lineno, mgr, exit, Exceptions.caught(e, f));
        }
        if (s == YIELD) {
            f.resumable.resume[rs] = 1;
            return YIELD;
        }
        clear(f);
        PyObject saved = f.returnValue;
        f.lineno = lineno; // as WithStmt: __exit__ is called at the with statement's line
        if (f.hasExtras()) {
            Tracing.line(f);
        }
        Ops.callSpecialOrNull(mgr, "__exit__", PyNone.NONE, PyNone.NONE, PyNone.NONE);
        f.returnValue = saved;
        return s;
    }

    private void clear(Frame f) {
        f.locals[slot] = null;
        f.locals[slot + 1] = null;
    }
}
