package org.weft.python.runtime;

/**
 * What {@code coroutine.__await__()} returns: an iterator that drives its coroutine, so that
 * {@code next()}, {@code send()} and {@code yield from coro.__await__()} work on it.
 */
// CPython: PyCoroWrapper_Type (coroutine_wrapper) in genobject.c
public final class PyCoroutineWrapper extends PyObject {

    /** The built-in type {@code coroutine_wrapper}. */
    public static final PyType TYPE = PyType.builtin("coroutine_wrapper", PyCoroutineWrapper.class,
            () -> PyObject.TYPE, PyCoroutineWrapper::define);

    private final PyGenerator coro;

    PyCoroutineWrapper(PyGenerator coro) {
        super(TYPE);
        this.coro = coro;
    }

    private static void define(TypeBuilder b) {
        b.notBaseType();
        b.method0("__iter__", self -> self);
        b.method0("__next__", self -> PyGeneratorMethods.finish(coro(self), coro(self).next()));
        b.method1("send", (self, v) -> PyGeneratorMethods.finish(coro(self), coro(self).resume(v, null)));
        b.method("throw", "($self, typ, val=None, tb=None, /)", (self, args, kwnames) ->
                PyGeneratorMethods.finish(coro(self), coro(self).resume(null, PyGeneratorMethods.exception(args))));
        b.method0("close", self -> {
            coro(self).close();
            return PyNone.NONE;
        });
    }

    private static PyGenerator coro(PyObject self) {
        return ((PyCoroutineWrapper) self).coro;
    }
}
