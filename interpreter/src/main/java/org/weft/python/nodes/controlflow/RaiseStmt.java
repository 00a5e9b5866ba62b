package org.weft.python.nodes.controlflow;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBaseException;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyType;

/** {@code raise}, {@code raise exc}, {@code raise exc from cause}. */
// CPython: do_raise in ceval.c
public final class RaiseStmt extends StmtNode {
    private final ExprNode exc;
    private final ExprNode cause;

    public RaiseStmt(int lineno, ExprNode exc, ExprNode cause) {
        super(lineno);
        this.exc = exc;
        this.cause = cause;
    }

    @Override
    public int execute(Frame f) {
        PyBaseException handled = f.ts.currentHandled();
        if (exc == null) {
            if (handled == null) {
                throw PyErr.format(PyExc.RuntimeError, "No active exception to reraise");
            }
            throw handled.toException();
        }
        PyBaseException e = instantiate(exc.execute(f), "exceptions must derive from BaseException");
        if (cause != null) {
            PyObject c = cause.execute(f);
            if (c == PyNone.NONE) {
                e.setCause(null);
            } else {
                e.setCause(instantiate(c, "exception causes must derive from BaseException"));
            }
            e.setSuppressContext(true);
        }
        if (handled != null && handled != e) {
            Exceptions.setContextNoCycle(e, handled);
        }
        if (e.getTraceback() instanceof org.weft.python.runtime.PyTraceback tb && tb.frame == f) {
            // `raise e` of an exception that already passed through this frame (caught here):
            // CPython records the raise as an entry of its own, above the one where it was caught
            e.setTraceback(new org.weft.python.runtime.PyTraceback(tb, f, lineno));
        }
        throw e.toException();
    }

    /** An exception instance from a class (called with no arguments) or an instance. */
    static PyBaseException instantiate(PyObject o, String error) {
        if (o instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            PyObject v = Ops.call(t);
            if (!(v instanceof PyBaseException b)) {
                throw PyErr.typeError("calling %s should have returned an instance of BaseException, not %s",
                        Ops.repr(t).value(), Ops.typeName(v));
            }
            return b;
        }
        if (o instanceof PyBaseException b) {
            return b;
        }
        throw PyErr.typeError(error);
    }
}
