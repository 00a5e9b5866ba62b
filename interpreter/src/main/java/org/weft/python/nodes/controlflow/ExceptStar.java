package org.weft.python.nodes.controlflow;

import org.weft.python.runtime.Tracing;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
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
        PyBaseException orig = e.value();
        // A naked exception is matched whole: wrapped in a group for its clause, left naked if none matches.
        PyObject rest = orig;
        List<PyBaseException> excs = new ArrayList<>();
        int status = StmtNode.NORMAL;
        for (TryExceptStmt.Handler h : handlers) {
            if (rest == PyNone.NONE) {
                break;
            }
            f.lineno = h.lineno();
            if (f.hasExtras()) {
                Tracing.line(f);
            }
            PyObject type = h.type().execute(f);
            checkType(type);
            PyObject match;
            if (isGroup((PyBaseException) rest)) {
                PyTuple parts = (PyTuple) Ops.callMethod(rest, "split", type);
                match = parts.get(0);
                rest = parts.get(1);
            } else if (Exceptions.matches(orig, type)) {
                match = wrap(orig);
                rest = PyNone.NONE;
            } else {
                continue;
            }
            if (match == PyNone.NONE) {
                continue;
            }
            try {
                int s = TryExceptStmt.runHandler(f, h, (PyBaseException) match);
                if (s != StmtNode.NORMAL) {
                    status = s;
                }
            } catch (PyException inner) {
                // as a try statement catching it: the clause's frame goes into its traceback
                excs.add(Exceptions.caught(inner, f).value());
            }
        }
        if (rest != PyNone.NONE) {
            excs.add((PyBaseException) rest);
        }
        if (excs.isEmpty()) {
            return status;
        }
        throw prepReraise(orig, excs).toException();
    }

    /**
     * What propagates from a try with except* clauses, given what the clauses raised and what no
     * clause matched: the part of the original group that was re-raised or left (the original
     * itself when that is all of it), and in a new group with it anything the clauses raised anew.
     */
    // CPython: _PyExc_PrepReraiseStar in exceptions.c
    private static PyBaseException prepReraise(PyBaseException orig, List<PyBaseException> excs) {
        if (!isGroup(orig)) {
            return excs.get(0); // one clause at most ran for a naked exception
        }
        List<PyObject> raised = new ArrayList<>();
        Set<PyObject> reraisedLeaves = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PyBaseException x : excs) {
            if (sameMetadata(x, orig)) {
                leaves(x, reraisedLeaves);
            } else {
                raised.add(x);
            }
        }
        PyObject reraised = reraisedLeaves.isEmpty() ? PyNone.NONE
                : ((PyTuple) Ops.callMethod(orig, "split", org.weft.python.runtime.PyBuiltinFunction.of1("leaf", null,
                        (self, x) -> org.weft.python.runtime.PyBool.of(reraisedLeaves.contains(x))))).get(0);
        if (raised.isEmpty()) {
            return (PyBaseException) reraised;
        }
        if (reraised != PyNone.NONE) {
            raised.add(reraised);
        }
        if (raised.size() == 1) {
            return (PyBaseException) raised.get(0); // one new exception and nothing re-raised: itself
        }
        return (PyBaseException) Ops.call(PyExc.BaseExceptionGroup, PyStr.of(""),
                new PyList(raised.toArray(new PyObject[0])));
    }

    /** A part split off the original keeps its traceback, cause, context and notes: a re-raise, not a raise. */
    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        return a.getTraceback() == b.getTraceback() && a.getCause() == b.getCause()
                && a.getContext() == b.getContext() && notes(a) == notes(b);
    }

    private static PyObject notes(PyBaseException e) {
        return e.getDict() == null ? null : e.getDict().getItem("__notes__");
    }

    private static void leaves(PyBaseException e, Set<PyObject> into) {
        if (isGroup(e) && Ops.getattr(e, "exceptions") instanceof PyTuple subs) {
            for (PyObject sub : subs.items()) {
                leaves((PyBaseException) sub, into);
            }
        } else {
            into.add(e);
        }
    }

    private static boolean isGroup(PyBaseException e) {
        return e.type().isSubtypeOf(PyExc.BaseExceptionGroup);
    }

    private static PyObject wrap(PyBaseException e) {
        PyType t = e.type().isSubtypeOf(PyExc.Exception) ? PyExc.ExceptionGroup : PyExc.BaseExceptionGroup;
        PyObject g = Ops.call(t, PyStr.of(""), PyTuple.of(e));
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
