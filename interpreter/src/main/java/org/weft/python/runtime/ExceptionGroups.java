package org.weft.python.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code BaseExceptionGroup} and {@code ExceptionGroup}: construction rules, {@code subgroup},
 * {@code split} and {@code derive}. CPython: BaseExceptionGroup_new, exceptiongroup_split_recursive
 * in exceptions.c.
 */
final class ExceptionGroups {

    private ExceptionGroups() {
    }

    static void define(TypeBuilder b) {
        b.newFn(ExceptionGroups::groupNew);
        b.initFn((self, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PyErr.typeError("%s() takes no keyword arguments", Ops.typeName(self));
            }
            return PyNone.NONE;
        });
        b.getter("message", self -> ((PyBaseExceptionGroup) self).message);
        b.getter("exceptions", self -> ((PyBaseExceptionGroup) self).exceptions);
        b.method0("__str__", self -> {
            PyBaseExceptionGroup g = (PyBaseExceptionGroup) self;
            long n = ((PyTuple) g.exceptions).size();
            return PyStr.of(Ops.str(g.message).value() + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")");
        });
        b.method1("derive", (self, excs) -> Ops.call(PyExc.BaseExceptionGroup, ((PyBaseExceptionGroup) self).message, excs));
        b.method1("subgroup", (self, cond) -> {
            PyObject[] r = split((PyBaseExceptionGroup) self, matcher(cond), false);
            return r[0];
        });
        b.method1("split", (self, cond) -> PyTuple.of(split((PyBaseExceptionGroup) self, matcher(cond), true)));
        b.classmethod("__class_getitem__", null, (cls, args, kw) -> cls);
    }

    private static PyObject groupNew(PyType type, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", type.getName());
        }
        if (args.length != 2) {
            throw PyErr.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", args.length);
        }
        if (!(args[0] instanceof PyStr)) {
            throw PyErr.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s", Ops.argTypeName(args[0]));
        }
        PyObject seq = args[1];
        if (seq.type().lookup("__getitem__") == null || seq.type().lookup("__len__") == null || seq instanceof PyDict) {
            throw PyErr.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] excs = ExceptionFamilies.toArray(seq);
        if (excs.length == 0) {
            throw PyErr.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < excs.length; i++) {
            if (!(excs[i] instanceof PyBaseException)) {
                throw PyErr.valueError("Item %d of second argument (exceptions) is not an exception", i);
            }
            allExceptions &= excs[i].type().isSubtypeOf(PyExc.Exception);
        }
        PyType cls = type;
        if (type == PyExc.BaseExceptionGroup) {
            if (allExceptions) {
                cls = PyExc.ExceptionGroup;
            }
        } else if (type == PyExc.ExceptionGroup) {
            if (!allExceptions) {
                throw PyErr.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (!allExceptions && type.isSubtypeOf(PyExc.Exception)) {
            throw PyErr.typeError("Cannot nest BaseExceptions in '%s'", type.getName());
        }
        PyBaseExceptionGroup g = new PyBaseExceptionGroup(cls, args.clone());
        g.message = args[0];
        g.exceptions = PyTuple.of(excs.clone());
        return g;
    }

    /** A match predicate from a type, a tuple of types, or a callable. CPython: get_matcher_type. */
    private static java.util.function.Predicate<PyObject> matcher(PyObject cond) {
        if (cond instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            return e -> Ops.isInstance(e, cond);
        }
        if (cond instanceof PyTuple tup) {
            for (PyObject x : tup.items()) {
                if (!(x instanceof PyType t && t.isSubtypeOf(PyExc.BaseException))) {
                    throw typeErr();
                }
            }
            return e -> Ops.isInstance(e, cond);
        }
        if (cond instanceof PyCallable || cond.type().lookup("__call__") != null) {
            return e -> Ops.isTrue(Ops.call(cond, e));
        }
        throw typeErr();
    }

    private static PyException typeErr() {
        return PyErr.typeError("expected a function, exception type or tuple of exception types");
    }

    /** {match, rest}; rest only when wanted. CPython: exceptiongroup_split_recursive. */
    private static PyObject[] split(PyBaseExceptionGroup g, java.util.function.Predicate<PyObject> m, boolean wantRest) {
        if (m.test(g)) {
            return new PyObject[] {g, PyNone.NONE};
        }
        List<PyObject> match = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject e : ((PyTuple) g.exceptions).items()) {
            if (e instanceof PyBaseExceptionGroup sub) {
                PyObject[] r = split(sub, m, wantRest);
                if (r[0] != PyNone.NONE) {
                    match.add(r[0]);
                }
                if (wantRest && r[1] != PyNone.NONE) {
                    rest.add(r[1]);
                }
            } else if (m.test(e)) {
                match.add(e);
            } else if (wantRest) {
                rest.add(e);
            }
        }
        int total = ((PyTuple) g.exceptions).size();
        PyObject mg = match.isEmpty() ? PyNone.NONE : match.size() == total && rest.isEmpty() && sameItems(g, match) ? g
                : derived(g, match);
        PyObject rg = !wantRest || rest.isEmpty() ? PyNone.NONE : derived(g, rest);
        return new PyObject[] {mg, rg};
    }

    private static boolean sameItems(PyBaseExceptionGroup g, List<PyObject> items) {
        PyObject[] orig = ((PyTuple) g.exceptions).items();
        for (int i = 0; i < orig.length; i++) {
            if (orig[i] != items.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code g.derive(items)} with traceback, cause, context and notes copied. CPython: exceptiongroup_subset. */
    private static PyObject derived(PyBaseExceptionGroup g, List<PyObject> items) {
        PyObject r = Ops.callMethod(g, "derive", PyList.of(items.toArray(new PyObject[0])));
        if (!(r instanceof PyBaseExceptionGroup d)) {
            throw PyErr.typeError("derive must return an instance of BaseExceptionGroup");
        }
        d.traceback = g.traceback;
        d.cause = g.cause;
        d.context = g.context;
        d.suppressContext = g.suppressContext;
        PyObject notes = g.getDict().getItem("__notes__");
        if (notes != null) {
            d.getDict().setItem("__notes__", Ops.call(PyList.TYPE, notes));
        }
        return r;
    }
}
