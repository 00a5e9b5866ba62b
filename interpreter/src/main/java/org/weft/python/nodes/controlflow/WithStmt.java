package org.weft.python.nodes.controlflow;

import org.weft.python.runtime.Tracing;
import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.nodes.expression.Truth;
import org.weft.python.runtime.Finalizers;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBaseException;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyFinalizable;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyType;

/** {@code with ctx as target: body} (one item; several items nest). */
// CPython: compiler_with in compile.c, BEFORE_WITH in ceval.c
public final class WithStmt extends StmtNode {
    private final ExprNode ctx;
    private final TargetNode target;
    private final StmtNode body;

    public WithStmt(int lineno, ExprNode ctx, TargetNode target, StmtNode body) {
        super(lineno);
        this.ctx = ctx;
        this.target = target;
        this.body = body;
    }

    @Override
    public int execute(Frame f) {
        PyObject mgr = ctx.execute(f);
        int s = run(f, mgr);
        if (mgr instanceof PyFinalizable) {
            // The statement held the manager: CPython frees it here when nothing else refers to it.
            Finalizers.Probe probe = Finalizers.probe(f.ts, mgr, true);
            mgr = null; // this frame must not keep it alive
            Finalizers.release(f.ts, probe, true);
        }
        return s;
    }

    private int run(Frame f, PyObject mgr) {
        PyObject exit = exitOf(mgr);
        PyObject v = Ops.callSpecialOrNull(mgr, "__enter__");
        int s;
        try {
            // CPython stores the 'as' target inside the protected block: __exit__ sees its failure
            if (target != null) {
                target.assign(f, v);
            }
            s = body.execute(f);
        } catch (PyException e) {
            return onException(f, lineno, mgr, exit, Exceptions.caught(e, f));
        } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
            return onException(f, lineno, mgr, exit, Exceptions.caught(e, f));
        }
        PyObject saved = f.returnValue;
        f.lineno = lineno; // CPython calls __exit__ at the with statement's line: its errors say so
        if (f.hasExtras()) {
            Tracing.line(f);
        }
        callExit(mgr, exit, PyNone.NONE, PyNone.NONE, PyNone.NONE);
        f.returnValue = saved;
        return s;
    }

    /** Checks the protocol (both methods exist); returns {@code __exit__}. CPython: BEFORE_WITH. */
    public static PyObject exitOf(PyObject mgr) {
        PyType t = mgr.type();
        PyObject enter = t.lookup("__enter__");
        PyObject exit = t.lookup("__exit__");
        if (enter == null) {
            throw PyErr.typeError("'%s' object does not support the context manager protocol", Ops.typeName(mgr));
        }
        if (exit == null) {
            throw PyErr.typeError("'%s' object does not support the context manager protocol (missed __exit__ method)",
                    Ops.typeName(mgr));
        }
        return exit;
    }

    static PyObject callExit(PyObject mgr, PyObject exit, PyObject type, PyObject value, PyObject tb) {
        return Ops.callSpecialOrNull(mgr, "__exit__", type, value, tb);
    }

    /**
     * Calls {@code __exit__} with the exception (its traceback already has the body's line); returns
     * NORMAL when it suppresses, else rethrows. {@code lineno} is the with statement's: the line of
     * the __exit__ call, where an error of __exit__'s own is reported.
     */
    public static int onException(Frame f, int lineno, PyObject mgr, PyObject exit, PyException e) {
        f.lineno = lineno;
        if (f.hasExtras()) {
            Tracing.line(f);
        }
        PyBaseException exc = e.value();
        f.ts.pushHandled(exc);
        PyObject r;
        try {
            PyObject tb = exc.getTraceback();
            r = callExit(mgr, exit, exc.type(), exc, tb == null ? PyNone.NONE : tb);
        } catch (PyException inner) {
            Exceptions.chain(inner, exc);
            throw inner;
        } finally {
            f.ts.popHandled();
        }
        if (Truth.isTrue(r)) {
            return NORMAL;
        }
        throw e;
    }
}
