package org.weft.python.builtins;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyGenerator;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * {@code anext(aiterator, default)}: awaits {@code aiterator.__anext__()}, and gives the default
 * instead of StopAsyncIteration when the iterator is exhausted.
 *
 * <p>It is its own {@code __await__} iterator; the awaited object's iterator is made on first use.
 * Like a coroutine, one task drives it at a time.
 */
// CPython: anextawaitable_* in iterobject.c
final class PyAnextAwaitable extends PyObject {

    static final PyType TYPE = PyType.builtin("anext_awaitable", PyAnextAwaitable.class,
            () -> PyObject.TYPE, PyAnextAwaitable::define);

    private final PyObject awaitable;
    private final PyObject defaultValue;
    private PyObject iterator;

    PyAnextAwaitable(PyObject awaitable, PyObject defaultValue) {
        super(TYPE);
        this.awaitable = awaitable;
        this.defaultValue = defaultValue;
    }

    private static void define(TypeBuilder b) {
        b.notBaseType();
        b.method0("__await__", self -> self);
        b.method0("__iter__", self -> self);
        b.method0("__next__", self -> of(self).proxy("send", PyNone.NONE));
        b.method1("send", (self, v) -> of(self).proxy("send", v));
        b.method("throw", "($self, typ, val=None, tb=None, /)", (self, args, kwnames) ->
                of(self).proxy("throw", args));
        b.method0("close", self -> of(self).proxy("close"));
    }

    private static PyAnextAwaitable of(PyObject self) {
        return (PyAnextAwaitable) self;
    }

    private PyObject inner() {
        if (iterator == null) {
            PyObject a = awaitable;
            if (a instanceof PyGenerator g && g.type() == PyGenerator.COROUTINE_TYPE) {
                iterator = Ops.callMethod(a, "__await__");
            } else if (a.type().lookup("__await__") != null) {
                iterator = Ops.callMethod(a, "__await__");
            } else {
                throw PyErr.typeError("'%s' object can't be awaited", Ops.typeName(a));
            }
        }
        return iterator;
    }

    private PyObject proxy(String method, PyObject... args) {
        PyObject it = inner();
        try {
            if (method.equals("send") && args[0] == PyNone.NONE && it.type().lookup("send") == null) {
                return Ops.callMethod(it, "__next__");
            }
            return Ops.callMethod(it, method, args);
        } catch (PyException e) {
            if (e.matches(PyExc.StopAsyncIteration)) {
                throw PyErr.stopIteration(defaultValue);
            }
            throw e;
        }
    }
}
