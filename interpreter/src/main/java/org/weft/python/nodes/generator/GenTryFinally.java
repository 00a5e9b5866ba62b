package org.weft.python.nodes.generator;

import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.controlflow.Exceptions;
import org.weft.python.runtime.PyBaseException;
import org.weft.python.runtime.PyException;

/**
 * {@code try/finally} in a generator. States: 1 body, 2 finally after the body completed (its
 * status in {@code resume[rs + 1]}, a return value in a slot), 3 finally while an exception
 * propagates (the exception in a slot).
 */
public final class GenTryFinally extends StmtNode {
    private final StmtNode body;
    private final StmtNode fin;
    private final int rs;
    private final int slot;

    public GenTryFinally(int lineno, StmtNode body, StmtNode fin, int rs, int slot) {
        super(lineno);
        this.body = body;
        this.fin = fin;
        this.rs = rs;
        this.slot = slot;
    }

    @Override
    public int execute(Frame f) {
        int st = f.resumable.resuming ? f.resumable.resume[rs] : 0;
        if (st == 2) {
            return finallyNormal(f);
        }
        if (st == 3) {
            return finallyException(f, (PyBaseException) f.locals[slot]);
        }
        int s;
        try {
            s = body.execute(f);
        } catch (PyException e) {
            return startException(f, Exceptions.caught(e, f));
        } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
            return startException(f, Exceptions.caught(e, f));
        }
        if (s == YIELD) {
            f.resumable.resume[rs] = 1;
            return YIELD;
        }
        f.resumable.resume[rs + 1] = s;
        f.locals[slot] = f.returnValue;
        return finallyNormal(f);
    }

    private int startException(Frame f, PyException e) {
        f.locals[slot] = e.value();
        return finallyException(f, e.value());
    }

    private int finallyNormal(Frame f) {
        int fs = fin.execute(f);
        if (fs == YIELD) {
            f.resumable.resume[rs] = 2;
            return YIELD;
        }
        if (fs != NORMAL) {
            f.locals[slot] = null;
            return fs;
        }
        f.returnValue = f.locals[slot];
        f.locals[slot] = null;
        return f.resumable.resume[rs + 1];
    }

    private int finallyException(Frame f, PyBaseException exc) {
        f.ts.pushHandled(exc);
        int fs;
        try {
            fs = fin.execute(f);
        } catch (PyException inner) {
            Exceptions.chain(inner, exc);
            f.locals[slot] = null;
            throw inner;
        } finally {
            f.ts.popHandled();
        }
        if (fs == YIELD) {
            f.resumable.resume[rs] = 3;
            return YIELD;
        }
        f.locals[slot] = null;
        if (fs != NORMAL) {
            return fs;
        }
        throw exc.toException();
    }
}
