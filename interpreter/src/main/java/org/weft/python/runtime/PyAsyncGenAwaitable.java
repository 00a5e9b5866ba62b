package org.weft.python.runtime;

/**
 * The awaitable that one {@code __anext__}/{@code asend}/{@code athrow}/{@code aclose} of an async
 * generator returns: iterating it resumes the generator; values the generator's {@code await}s
 * pass up are yielded on, and the generator's own yielded value ends the await as
 * {@code StopIteration(value)}; a finished generator gives {@code StopAsyncIteration}.
 */
// CPython: async_gen_asend_send / async_gen_unwrap_value in genobject.c
final class PyAsyncGenAwaitable extends PyObject {

    /** The built-in type {@code async_generator_asend}. */
    static final PyType TYPE = PyType.builtin("async_generator_asend", PyAsyncGenAwaitable.class,
            () -> PyObject.TYPE, PyAsyncGenAwaitable::define);

    private final PyAsyncGenerator agen;
    private PyObject firstSend;
    private PyException firstThrow;
    private boolean started;

    PyAsyncGenAwaitable(PyAsyncGenerator agen, PyObject send, PyException thrown) {
        super(TYPE);
        this.agen = agen;
        this.firstSend = send;
        this.firstThrow = thrown;
    }

    private static void define(TypeBuilder b) {
        b.method0("__await__", self -> self);
        b.method0("__iter__", self -> self);
        b.method0("__next__", self -> ((PyAsyncGenAwaitable) self).send(PyNone.NONE, null));
        b.method1("send", (self, v) -> ((PyAsyncGenAwaitable) self).send(v, null));
        b.method("throw", "($self, typ, val=None, tb=None, /)", (self, args, kwnames) -> {
            PyObject e = args[0] instanceof PyType t ? Ops.call(t) : args[0];
            return ((PyAsyncGenAwaitable) self).send(null, ((PyBaseException) e).toException());
        });
        b.method0("close", self -> PyNone.NONE);
    }

    private PyObject send(PyObject v, PyException thrown) {
        if (!started) {
            started = true;
            if (firstThrow != null) {
                thrown = firstThrow;
            } else if (v == PyNone.NONE) {
                v = firstSend;
            }
        }
        PyObject r;
        try {
            r = agen.gen.resume(thrown != null ? null : v, thrown);
        } catch (PyException e) {
            if (firstThrow != null && e.matches(PyExc.GeneratorExit)) {
                throw PyErr.of(PyExc.StopIteration);
            }
            throw e;
        }
        if (r == null) {
            if (firstThrow != null && firstThrow.matches(PyExc.GeneratorExit)) {
                throw PyErr.of(PyExc.StopIteration);
            }
            throw PyErr.of(PyExc.StopAsyncIteration);
        }
        if (r instanceof PyAsyncGenerator.Yielded y) {
            if (firstThrow != null && firstThrow.matches(PyExc.GeneratorExit)) {
                throw PyErr.format(PyExc.RuntimeError, "async generator ignored GeneratorExit");
            }
            throw PyErr.stopIteration(y.value);
        }
        return r;
    }
}
