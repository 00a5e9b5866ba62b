package org.weft.python.runtime;

import org.weft.python.nodes.Frame;

/**
 * An async generator ({@code async def} with {@code yield}): {@code __anext__}, {@code asend},
 * {@code athrow} and {@code aclose} return awaitables ({@link PyAsyncGenAwaitable}) that run the
 * underlying resumable frame. A value produced by {@code yield} comes out wrapped
 * ({@link Yielded}) so that it can be told apart from what the body's {@code await}s pass up to
 * the event loop. Thread safety is that of the wrapped {@link PyGenerator}.
 */
public final class PyAsyncGenerator extends PyObject {

    /** The built-in type {@code async_generator}. */
    public static final PyType TYPE = PyType.builtin("async_generator", PyAsyncGenerator.class,
            () -> PyObject.TYPE, PyAsyncGenerator::define);

    /** A value yielded by the async generator's own {@code yield}. */
    public static final class Yielded extends PyObject {
        final PyObject value;

        public Yielded(PyObject value) {
            super(PyObject.TYPE);
            this.value = value;
        }
    }

    final PyGenerator gen;

    public PyAsyncGenerator(Frame frame, PyFunction fn) {
        super(TYPE);
        this.gen = new PyGenerator(frame, fn);
    }

    private static void define(TypeBuilder b) {
        b.notBaseType();
        b.method0("__aiter__", self -> self);
        b.method0("__anext__", self -> new PyAsyncGenAwaitable(agen(self), PyNone.NONE, null));
        b.method1("asend", (self, v) -> new PyAsyncGenAwaitable(agen(self), v, null));
        b.method("athrow", "($self, typ, val=None, tb=None, /)", (self, args, kwnames) -> {
            return new PyAsyncGenAwaitable(agen(self), null, PyGeneratorMethods.exception(args));
        });
        b.method0("aclose", self -> new PyAsyncGenAwaitable(agen(self), null, PyErr.of(PyExc.GeneratorExit)));
        b.method0("__repr__", self -> PyStr.of("<async_generator object " + agen(self).gen.qualname + " at 0x"
                + Long.toHexString(Ops.id(self)) + ">"));
        b.getter("__name__", self -> PyStr.of(agen(self).gen.name));
        b.getter("__qualname__", self -> PyStr.of(agen(self).gen.qualname));
    }

    private static PyAsyncGenerator agen(PyObject self) {
        return (PyAsyncGenerator) self;
    }
}
