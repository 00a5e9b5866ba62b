package org.weft.python.modules;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyNotImplemented;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * {@code os.environ}: a mutable mapping of str to str over the interpreter's environment dict
 * ({@link InterpreterState#environ()}), which {@code os.getenv} and {@code os.path.expandvars} read.
 * Java cannot change its process's environment, so changes are seen by this interpreter only.
 * CPython: os._Environ in Lib/os.py. Threads: the dict is thread-safe; this object adds no state.
 */
final class OsEnviron extends PyObject {

    static final PyType TYPE = PyType.builtin("os._Environ", OsEnviron.class, () -> PyObject.TYPE, OsEnviron::define);

    private final PyDict data;

    OsEnviron(PyDict data) {
        super(TYPE);
        this.data = data;
    }

    private static PyDict data(PyObject self) {
        return ((OsEnviron) self).data;
    }

    /** CPython: os._Environ.encodekey/encodevalue (check_str) */
    static PyStr checkStr(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("str expected, not %s", Ops.typeName(o));
        }
        return s;
    }

    private static void define(TypeBuilder b) {
        b.notBaseType();
        b.method1("__getitem__", (self, k) -> {
            PyObject v = data(self).getItem(checkStr(k));
            if (v == null) {
                throw PyErr.keyError(k);
            }
            return v;
        });
        b.method2("__setitem__", (self, k, v) -> {
            data(self).setItem(checkStr(k), checkStr(v));
            return PyNone.NONE;
        });
        b.method1("__delitem__", (self, k) -> {
            if (data(self).delItem(checkStr(k)) == null) {
                throw PyErr.keyError(k);
            }
            return PyNone.NONE;
        });
        b.method0("__iter__", self -> Ops.iter(keys(self)));
        b.method0("__len__", self -> Ops.callMethod(data(self), "__len__"));
        b.method1("__contains__", (self, k) -> Ops.callMethod(data(self), "__contains__", k));
        b.method0("__repr__", self -> PyStr.of("environ(" + Ops.repr(data(self)).value() + ")"));
        b.method0("copy", self -> data(self).copy());
        b.method1("__eq__", (self, o) -> o instanceof OsEnviron e ? Ops.eq(data(self), e.data)
                : PyNotImplemented.NOT_IMPLEMENTED);
        b.method1("__or__", (self, o) -> o instanceof PyDict ? Ops.or(data(self).copy(), o)
                : PyNotImplemented.NOT_IMPLEMENTED);
        b.method1("__ror__", (self, o) -> o instanceof PyDict ? Ops.or(o, data(self).copy())
                : PyNotImplemented.NOT_IMPLEMENTED);
        b.method1("__ior__", (self, o) -> {
            update(self, new PyObject[] {o}, null);
            return self;
        });
        b.method0("keys", OsEnviron::keys);
        b.method0("values", self -> Ops.callMethod(data(self), "values"));
        b.method0("items", self -> Ops.callMethod(data(self), "items"));
        b.method0("clear", self -> Ops.callMethod(data(self), "clear"));
        b.method0("popitem", self -> Ops.callMethod(data(self), "popitem"));
        b.method("get", "get($self, key, default=None, /)", (self, a, k) ->
                Ops.call(Ops.getattr(data(self), "get"), checkedKey(a), k));
        b.method("pop", "pop($self, key, default=<unrepresentable>, /)", (self, a, k) ->
                Ops.call(Ops.getattr(data(self), "pop"), checkedKey(a), k));
        b.method("setdefault", "setdefault($self, key, default, /)", (self, a, k) -> {
            if (a.length == 2) {
                checkStr(a[1]);
            }
            return Ops.call(Ops.getattr(data(self), "setdefault"), checkedKey(a), k);
        });
        b.method("update", "update($self, other=(), /, **kwds)", OsEnviron::update);
    }

    private static PyObject keys(PyObject self) {
        return Ops.callMethod(data(self), "keys");
    }

    /** Keys must be str for lookups too (os.environ.get(1) is a TypeError). */
    private static PyObject[] checkedKey(PyObject[] a) {
        if (a.length > 0) {
            checkStr(a[0]);
        }
        return a;
    }

    /** Goes through {@code __setitem__}'s check for every pair, as MutableMapping.update does. */
    private static PyObject update(PyObject self, PyObject[] args, String[] kwnames) {
        PyDict staged = new PyDict();
        Ops.call(Ops.getattr(staged, "update"), args, kwnames);
        for (PyObject k : staged.keys()) {
            PyObject v = staged.getItem(k);
            if (v != null) {
                data(self).setItem(checkStr(k), checkStr(v));
            }
        }
        return PyNone.NONE;
    }
}
