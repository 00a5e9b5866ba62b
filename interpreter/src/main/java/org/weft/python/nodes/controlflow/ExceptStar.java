package org.weft.python.nodes.controlflow;

import java.util.ArrayList;
import java.util.List;

import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBaseException;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;

/**
 * {@code except*} (PEP 654): each clause takes the part of the exception group that matches it
 * ({@code split}); what no clause matched, and what the clauses raised, propagate as a group.
 */
// CPython: compiler_try_star_except in compile.c, _PyExc_PrepReraiseStar in exceptions.c
public final class ExceptStar {
    private ExceptStar() {
    }

    /** Runs the matching {@code except*} clauses for {@code e}; what is left propagates. */
    public static int handle(Frame f, PyException e, TryExceptStmt.Handler[] handlers) {
        PyBaseException exc = e.value();
        PyObject rest = isGroup(exc) ? exc : wrap(exc);
        List<PyObject> raised = new ArrayList<>();
        int status = StmtNode.NORMAL;
        for (TryExceptStmt.Handler h : handlers) {
            if (rest == PyNone.NONE) {
                break;
            }
            f.lineno = h.lineno();
            PyObject type = h.type().execute(f);
            checkType(type);
            PyTuple parts = (PyTuple) Ops.callMethod(rest, "split", type);
            PyObject match = parts.get(0);
            rest = parts.get(1);
            if (match == PyNone.NONE) {
                continue;
            }
            try {
                int s = TryExceptStmt.runHandler(f, h, (PyBaseException) match);
                if (s != StmtNode.NORMAL) {
                    status = s;
                }
            } catch (PyException inner) {
                raised.add(inner.value());
            }
        }
        if (raised.isEmpty()) {
            if (rest == PyNone.NONE) {
                return status;
            }
            throw ((PyBaseException) rest).toException();
        }
        if (rest != PyNone.NONE) {
            raised.add(rest);
        }
        if (raised.size() == 1) {
            throw ((PyBaseException) raised.get(0)).toException();
        }
        PyObject group = Ops.call(PyExc.ExceptionGroup, PyStr.of(""), new PyList(raised.toArray(new PyObject[0])));
        throw ((PyBaseException) group).toException();
    }

    private static boolean isGroup(PyBaseException e) {
        return e.type().isSubtypeOf(PyExc.BaseExceptionGroup);
    }

    private static PyObject wrap(PyBaseException e) {
        PyType t = e.type().isSubtypeOf(PyExc.Exception) ? PyExc.ExceptionGroup : PyExc.BaseExceptionGroup;
        PyObject g = Ops.call(t, PyStr.of(""), new PyList(new PyObject[] {e}));
        ((PyBaseException) g).setTraceback(e.getTraceback());
        return g;
    }

    private static void checkType(PyObject type) {
        PyObject[] types = type instanceof PyTuple t ? t.items() : new PyObject[] {type};
        for (PyObject o : types) {
            if (o instanceof PyType t && t.isSubtypeOf(PyExc.BaseExceptionGroup)) {
                throw PyErr.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
    }
}
