package org.weft.python.nodes.controlflow;

import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyObject;

/**
 * {@code try: body finally: fin}. A {@code return}, {@code break} or {@code continue} in the
 * finally block wins over the body's outcome, exception included, as in Python.
 */
public final class TryFinallyStmt extends StmtNode {
    private final StmtNode body;
    private final StmtNode fin;

    public TryFinallyStmt(int lineno, StmtNode body, StmtNode fin) {
        super(lineno);
        this.body = body;
        this.fin = fin;
    }

    @Override
    public int execute(Frame f) {
        int s;
        try {
            s = body.execute(f);
        } catch (PyException e) {
            return onException(f, Exceptions.caught(e, f));
        } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
            return onException(f, Exceptions.caught(e, f));
        }
        PyObject saved = f.returnValue;
        int fs = fin.execute(f);
        if (fs != NORMAL) {
            return fs;
        }
        f.returnValue = saved;
        return s;
    }

    private int onException(Frame f, PyException e) {
        f.ts.pushHandled(e.value());
        int fs;
        try {
            fs = fin.execute(f);
        } catch (PyException inner) {
            Exceptions.chain(inner, e.value());
            throw inner;
        } finally {
            f.ts.popHandled();
        }
        if (fs != NORMAL) {
            return fs;
        }
        throw e;
    }
}
