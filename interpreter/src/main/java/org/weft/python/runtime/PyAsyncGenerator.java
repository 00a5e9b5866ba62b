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

    /** Set once the thread's hooks were looked at (the first anext, asend, athrow or aclose). */
    private boolean hooksInited;
    /** The finalizer hook of the thread that first iterated this generator, or null. */
    private PyObject finalizer;

    public PyAsyncGenerator(Frame frame, PyFunction fn) {
        super(TYPE);
        this.gen = new PyGenerator(frame, fn);
    }

    private static void define(TypeBuilder b) {
        b.notBaseType();
        b.method0("__aiter__", self -> self);
        b.method0("__anext__", self -> new PyAsyncGenAwaitable(inited(self), PyNone.NONE, null));
        b.method1("asend", (self, v) -> new PyAsyncGenAwaitable(inited(self), v, null));
        b.method("athrow", "($self, typ, val=None, tb=None, /)", (self, args, kwnames) -> {
            return new PyAsyncGenAwaitable(inited(self), null, PyGeneratorMethods.exception(args));
        });
        b.method0("aclose", self -> new PyAsyncGenAwaitable(inited(self), null, PyErr.of(PyExc.GeneratorExit)));
        b.getter("ag_frame", self -> agen(self).gen.isFinished() ? PyNone.NONE : agen(self).gen.frame);
        b.getter("ag_code", self -> agen(self).gen.frame.code);
        // CPython's ag_running_async: set from an asend()/athrow() step's start until it yields a
        // value or ends, so also while the body awaits something (a delegation here)
        b.getter("ag_running", self -> PyBool.of(agen(self).gen.isRunning()
                || PyGeneratorMethods.yieldFrom(agen(self).gen) != PyNone.NONE));
        b.getter("ag_await", self -> PyGeneratorMethods.yieldFrom(agen(self).gen));
        b.method0("__repr__", self -> PyStr.of("<async_generator object " + agen(self).gen.qualname + " at 0x"
                + Long.toHexString(Ops.id(self)) + ">"));
        b.getter("__name__", self -> PyStr.of(agen(self).gen.name));
        b.getter("__qualname__", self -> PyStr.of(agen(self).gen.qualname));
    }

    private static PyAsyncGenerator agen(PyObject self) {
        return (PyAsyncGenerator) self;
    }

    private static PyAsyncGenerator inited(PyObject self) {
        PyAsyncGenerator g = (PyAsyncGenerator) self;
        g.initHooks();
        return g;
    }

    /**
     * At the first iteration: remember the thread's finalizer hook and call its firstiter hook
     * (asyncio's loop registers the generator, to close it at shutdown).
     */
    // CPython: async_gen_init_hooks in genobject.c
    private void initHooks() {
        PyObject firstiter;
        synchronized (this) {
            if (hooksInited) {
                return;
            }
            hooksInited = true;
            ThreadState ts = ThreadState.current();
            finalizer = ts.asyncGenFinalizer();
            firstiter = ts.asyncGenFirstiter();
        }
        if (firstiter != null) {
            Ops.call(firstiter, this);
        }
    }

    /** Not started yet: a loop that receives it may own it ({@link #finalizeAbandoned}). */
    public boolean isUnstarted() {
        return !hooksInited && !gen.isStarted();
    }

    /**
     * Hands an abandoned, unfinished generator to its finalizer hook, as CPython does when its
     * last reference goes (asyncio's hook schedules {@code aclose()} on the loop).
     */
    // CPython: _PyGen_Finalize in genobject.c
    public void finalizeAbandoned() {
        PyObject fin;
        synchronized (this) {
            fin = finalizer;
            finalizer = null;
        }
        if (fin != null && !gen.isFinished()) {
            Ops.call(fin, this);
        }
    }
}
