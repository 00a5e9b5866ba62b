package org.weft.python.runtime;

/**
 * What {@code anext(iterator, default)} returns: awaiting it awaits {@code iterator.__anext__()}
 * and gives {@code default} instead of raising {@code StopAsyncIteration}.
 */
// CPython: anextawaitable_* in Objects/iterobject.c
public final class PyAnextAwaitable extends PyObject {

    /** The built-in type {@code anext_awaitable}. */
    static final PyType TYPE = PyType.builtin("anext_awaitable", PyAnextAwaitable.class, () -> PyObject.TYPE,
            PyAnextAwaitable::define);

    private final PyObject awaitable;
    private final PyObject dflt;
    /** The awaitable's iterator, from its {@code __await__}; made on first use by the awaiting task. */
    private PyObject it;

    /** {@code anext(iterator, default)}: {@code awaitable} is {@code iterator.__anext__()}. */
    public PyAnextAwaitable(PyObject awaitable, PyObject dflt) {
        super(TYPE);
        this.awaitable = awaitable;
        this.dflt = dflt;
    }

    private static void define(TypeBuilder b) {
        b.method0("__await__", self -> self);
        b.method0("__iter__", self -> self);
        b.method0("__next__", self -> ((PyAnextAwaitable) self).step("__next__", null));
        b.method1("send", (self, v) -> ((PyAnextAwaitable) self).step("send", v));
        b.method("throw", "($self, typ, val=None, tb=None, /)",
                (self, args, kwnames) -> ((PyAnextAwaitable) self).step("throw", args));
        b.method0("close", self -> Ops.callMethod(((PyAnextAwaitable) self).iterator(), "close"));
    }

    private PyObject iterator() {
        if (it == null) {
            PyObject await = awaitable.type().lookup("__await__");
            it = await == null ? awaitable : Ops.callMethod(awaitable, "__await__");
        }
        return it;
    }

    private PyObject step(String how, Object arg) {
        PyObject i = iterator();
        try {
            if (how.equals("__next__") || (how.equals("send") && arg == PyNone.NONE)) {
                return Ops.callMethod(i, "__next__");
            }
            if (how.equals("send")) {
                return Ops.callMethod(i, "send", (PyObject) arg);
            }
            return Ops.callMethod(i, "throw", (PyObject[]) arg, null);
        } catch (PyException e) {
            if (e.matches(PyExc.StopAsyncIteration)) {
                throw PyErr.stopIteration(dflt);
            }
            throw e;
        }
    }
}
