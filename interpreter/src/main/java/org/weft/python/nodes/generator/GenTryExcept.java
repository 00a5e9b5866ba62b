package org.weft.python.nodes.generator;

import org.weft.python.runtime.Tracing;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.controlflow.ExceptStar;
import org.weft.python.nodes.controlflow.Exceptions;
import org.weft.python.nodes.controlflow.TryExceptStmt.Handler;
import org.weft.python.runtime.PyBaseException;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyNone;

/**
 * {@code try/except/else} in a generator. States in {@code resume[rs]}: 1 body, 2 handler
 * ({@code resume[rs + 1]} says which; the exception waits in a slot), 3 else. While suspended in a
 * handler the exception is not the thread's handled exception; it is pushed again on resumption.
 */
public final class GenTryExcept extends StmtNode {
    private final StmtNode body;
    private final Handler[] handlers;
    private final StmtNode orelse;
    private final int rs;
    private final int excSlot;
    /** {@code except*}: the handlers never suspend, so they run in one go through {@link ExceptStar}. */
    private final boolean star;

    public GenTryExcept(int lineno, StmtNode body, Handler[] handlers, StmtNode orelse, int rs, int excSlot,
                        boolean star) {
        super(lineno);
        this.star = star;
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.rs = rs;
        this.excSlot = excSlot;
    }

    @Override
    public int execute(Frame f) {
        int st = f.resumable.resuming ? f.resumable.resume[rs] : 0;
        if (st == 2) {
            return runHandler(f, f.resumable.resume[rs + 1], (PyBaseException) f.locals[excSlot], true);
        }
        if (st == 3) {
            return runElse(f);
        }
        int s;
        try {
            s = body.execute(f);
        } catch (PyException e) {
            return handle(f, Exceptions.caught(e, f));
        } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
            return handle(f, Exceptions.caught(e, f));
        }
        if (s == YIELD) {
            f.resumable.resume[rs] = 1;
            return YIELD;
        }
        if (s == NORMAL) {
            return runElse(f);
        }
        return s;
    }

    private int runElse(Frame f) {
        if (orelse == null) {
            return NORMAL;
        }
        int s = orelse.execute(f);
        if (s == YIELD) {
            f.resumable.resume[rs] = 3;
        }
        return s;
    }

    private int handle(Frame f, PyException e) {
        if (star) {
            return ExceptStar.handle(f, e, handlers);
        }
        PyBaseException exc = e.value();
        for (int i = 0; i < handlers.length; i++) {
            Handler h = handlers[i];
            f.lineno = h.lineno();
            if (f.hasExtras()) {
                Tracing.line(f);
            }
            if (h.type() == null || Exceptions.matches(exc, h.type().execute(f))) {
                f.locals[excSlot] = exc;
                return runHandler(f, i, exc, false);
            }
        }
        throw e;
    }

    private int runHandler(Frame f, int i, PyBaseException exc, boolean resumed) {
        Handler h = handlers[i];
        f.ts.pushHandled(exc);
        int s = NORMAL;
        try {
            if (!resumed && h.name() != null) {
                h.name().assign(f, exc);
            }
            s = h.body().execute(f);
            return s;
        } catch (PyException inner) {
            Exceptions.chain(inner, exc);
            throw inner;
        } finally {
            f.ts.popHandled();
            if (s == YIELD) {
                f.resumable.resume[rs] = 2;
                f.resumable.resume[rs + 1] = i;
            } else {
                f.locals[excSlot] = null;
                if (h.name() != null) {
                    h.name().assign(f, PyNone.NONE);
                    h.name().delete(f);
                }
            }
        }
    }
}
