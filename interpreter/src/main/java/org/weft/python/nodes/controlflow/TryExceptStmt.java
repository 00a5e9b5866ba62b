package org.weft.python.nodes.controlflow;

import org.weft.python.runtime.Tracing;
import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.Finalizers;
import org.weft.python.runtime.PyBaseException;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.ThreadState;

/**
 * {@code try: body except ...: ... else: orelse}. While a handler runs, its exception is the
 * thread's handled exception ({@code sys.exc_info()}, implicit {@code __context__}); the
 * {@code as} name is cleared afterwards, as CPython does.
 */
public final class TryExceptStmt extends StmtNode {

    /** One {@code except type as name: body}; {@code type} and {@code name} may be null. */
    public record Handler(int lineno, ExprNode type, TargetNode name, StmtNode body) {
    }

    private final StmtNode body;
    private final Handler[] handlers;
    private final StmtNode orelse;
    private final boolean star;

    public TryExceptStmt(int lineno, StmtNode body, Handler[] handlers, StmtNode orelse, boolean star) {
        super(lineno);
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.star = star;
    }

    @Override
    public int execute(Frame f) {
        int s = attempt(f);
        // Objects with __del__ may have died with a handled exception: collect now that
        // attempt()'s Java frame, which held the exception, is gone (see Finalizers.handledProbe).
        Finalizers.Probe freed = f.ts.takeHandledRelease();
        if (freed != null) {
            // counted as a rebinding: a loop whose handled exceptions free nothing stops collecting
            Finalizers.release(f.ts, freed, true);
        }
        return s;
    }

    private int attempt(Frame f) {
        int s;
        try {
            s = body.execute(f);
        } catch (PyException e) {
            return handle(f, Exceptions.caught(e, f));
        } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
            return handle(f, Exceptions.caught(e, f));
        }
        if (s == NORMAL && orelse != null) {
            return orelse.execute(f);
        }
        return s;
    }

    private int handle(Frame f, PyException e) {
        if (star) {
            return ExceptStar.handle(f, e, handlers);
        }
        PyBaseException exc = e.value();
        for (Handler h : handlers) {
            f.lineno = h.lineno();
            if (f.hasExtras()) {
                Tracing.line(f);
            }
            if (h.type() == null || Exceptions.matches(exc, h.type().execute(f))) {
                int s = runHandler(f, h, exc);
                f.ts.setHandledRelease(Finalizers.handledProbe(f.ts, exc, f));
                return s;
            }
        }
        throw e;
    }

    static int runHandler(Frame f, Handler h, PyBaseException exc) {
        ThreadState ts = f.ts;
        ts.pushHandled(exc);
        try {
            if (h.name() != null) {
                h.name().assign(f, exc);
            }
            return h.body().execute(f);
        } catch (PyException inner) {
            Exceptions.chain(inner, exc);
            throw inner;
        } finally {
            ts.popHandled();
            if (h.name() != null) {
                h.name().assign(f, PyNone.NONE);
                h.name().delete(f);
            }
        }
    }
}
