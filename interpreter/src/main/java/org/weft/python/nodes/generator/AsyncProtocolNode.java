package org.weft.python.nodes.generator;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyAsyncGenerator;
import org.weft.python.runtime.PyBaseException;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyGenerator;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyType;

/**
 * One step of {@code async for} or {@code async with} as the compiler's desugaring spells it
 * ({@code compiler/AsyncDesugar}): the special methods are looked up on the type, as CPython's
 * GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH and GET_AWAITABLE do, and a missing one raises their
 * TypeError, word for word. The awaitables come back unawaited; the {@code await} around them
 * runs them.
 */
public final class AsyncProtocolNode extends ExprNode {

    /** Which step. */
    public enum Op {
        /** {@code .aiter(x)}: {@code type(x).__aiter__(x)}, which must give an async iterator. */
        AITER,
        /** {@code .anext(it)}: {@code type(it).__anext__(it)}, which must give an awaitable. */
        ANEXT,
        /** {@code .aenter(m)}: checks both methods, then {@code type(m).__aenter__(m)}. */
        AENTER,
        /** {@code .aexit(m, exc)}: {@code type(m).__aexit__(m, type(exc), exc, tb)}, or with Nones. */
        AEXIT,
        /** {@code .aowned(it)}: {@code it} if it is an async generator not started yet, else None. */
        AOWNED,
        /** {@code .afinalize(g)}: an owned async generator the loop left unfinished goes to its finalizer. */
        AFINALIZE
    }

    private final Op op;
    private final ExprNode[] args;

    public AsyncProtocolNode(Op op, ExprNode[] args) {
        this.op = op;
        this.args = args;
    }

    @Override
    public PyObject execute(Frame f) {
        PyObject a = args[0].execute(f);
        switch (op) {
            case AITER:
                return aiter(a);
            case ANEXT:
                return anext(a);
            case AENTER:
                return aenter(a);
            case AOWNED:
                return a instanceof PyAsyncGenerator g && g.isUnstarted() ? a : PyNone.NONE;
            case AFINALIZE:
                if (a instanceof PyAsyncGenerator g) {
                    g.finalizeAbandoned();
                }
                return PyNone.NONE;
            default:
                return aexit(a, args[1].execute(f));
        }
    }

    // CPython: GET_AITER in ceval.c
    public static PyObject aiter(PyObject obj) {
        if (obj.type().lookup("__aiter__") == null) {
            throw PyErr.typeError("'async for' requires an object with __aiter__ method, got %s", Ops.typeName(obj));
        }
        PyObject it = Ops.callSpecialOrNull(obj, "__aiter__");
        if (it.type().lookup("__anext__") == null) {
            throw PyErr.typeError("'async for' received an object from __aiter__ that does not implement __anext__: %s",
                    Ops.typeName(it));
        }
        return it;
    }

    // CPython: GET_ANEXT in ceval.c
    private static PyObject anext(PyObject it) {
        if (it instanceof PyAsyncGenerator) {
            return Ops.callSpecialOrNull(it, "__anext__");
        }
        if (it.type().lookup("__anext__") == null) {
            throw PyErr.typeError("'async for' requires an iterator with __anext__ method, got %s", Ops.typeName(it));
        }
        PyObject next = Ops.callSpecialOrNull(it, "__anext__");
        if (!isAwaitable(next)) {
            // CPython: _PyErr_FormatFromCause, the await's own error as cause and context
            PyBaseException cause = PyErr.typeError("object %s can't be used in 'await' expression",
                    Ops.typeName(next)).value();
            PyException e = PyErr.typeError("'async for' received an invalid object from __anext__: %s",
                    Ops.typeName(next));
            e.value().setCause(cause);
            e.value().setContext(cause);
            throw e;
        }
        return next;
    }

    // CPython: BEFORE_ASYNC_WITH, then GET_AWAITABLE 1, in ceval.c
    private static PyObject aenter(PyObject mgr) {
        PyType t = mgr.type();
        if (t.lookup("__aenter__") == null) {
            throw PyErr.typeError("'%s' object does not support the asynchronous context manager protocol",
                    Ops.typeName(mgr));
        }
        if (t.lookup("__aexit__") == null) {
            throw PyErr.typeError("'%s' object does not support the asynchronous context manager protocol "
                    + "(missed __aexit__ method)", Ops.typeName(mgr));
        }
        PyObject v = Ops.callSpecialOrNull(mgr, "__aenter__");
        if (!isAwaitable(v)) {
            throw PyErr.typeError("'async with' received an object from __aenter__ that does not implement __await__: %s",
                    Ops.typeName(v));
        }
        return v;
    }

    // CPython: the exit call of an async with (WITH_EXCEPT_START or the normal exit), then GET_AWAITABLE 2
    private static PyObject aexit(PyObject mgr, PyObject exc) {
        PyObject v;
        if (exc == PyNone.NONE) {
            v = Ops.callSpecialOrNull(mgr, "__aexit__", PyNone.NONE, PyNone.NONE, PyNone.NONE);
        } else {
            PyObject tb = ((PyBaseException) exc).getTraceback();
            v = Ops.callSpecialOrNull(mgr, "__aexit__", exc.type(), exc, tb == null ? PyNone.NONE : tb);
        }
        if (!isAwaitable(v)) {
            throw PyErr.typeError("'async with' received an object from __aexit__ that does not implement __await__: %s",
                    Ops.typeName(v));
        }
        return v;
    }

    private static boolean isAwaitable(PyObject v) {
        return v instanceof PyGenerator g && g.isAwaitable() || v.type().lookup("__await__") != null;
    }
}
