package org.weft.python.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;

/**
 * A generator: a suspended {@link Frame} of a generator function or generator expression, resumed
 * by {@code next}/{@code send}/{@code throw}/{@code close}. No thread per generator: the frame's
 * resumable nodes re-enter down to the suspended {@code yield} (see {@code nodes.generator}).
 * Methods in {@link PyGeneratorMethods}.
 *
 * <p>Threads: {@link #running} is the gate. A thread resumes the generator only after flipping it
 * from 0 to 1 (a CAS); a second thread finds it 1 and gets "generator already
 * executing", so the frame is only ever touched by one thread at a time. The other fields are
 * plain: the CAS and the volatile write that opens the gate again order them between threads.
 */
public class PyGenerator extends PyObject {

    /** The built-in type {@code generator}. */
    public static final PyType TYPE = PyType.builtin("generator", PyGenerator.class, () -> PyObject.TYPE,
            PyGeneratorMethods::define);

    final Frame frame;
    /** Writable, as CPython's gi_name/gi_qualname; a plain field read racily is harmless. */
    String name;
    String qualname;
    /**
     * The gate: 1 while a thread runs the frame; set by a {@link #RUNNING} CAS, cleared by a release
     * store. An int, not a boolean: in perf profiles of generator pipelines the boolean's byte CAS
     * and release store showed up as compiled methods of their own (Unsafe.compareAndSetByte,
     * putBooleanRelease); the int forms are C2 intrinsics on every platform.
     */
    private volatile int running;
    private static final VarHandle RUNNING;

    static {
        try {
            RUNNING = MethodHandles.lookup().findVarHandle(PyGenerator.class, "running", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
    private boolean started;
    /**
     * The thread that last ran the frame and its state, so that the next resumption by that
     * thread (the common case: a loop pulling items) skips the ThreadLocal lookup. Valid because a
     * thread's state is installed once, before it runs Python code ({@link ThreadState#install}
     * from ThreadStarter). Read and written only by the thread holding the gate.
     */
    private Thread lastThread;
    private ThreadState lastState;
    private boolean finished;
    private PyObject returnValue;

    /** What the generator returned once it finished (None, or a return statement's value); null before. */
    public PyObject finalValue() {
        return returnValue;
    }

    /** The built-in type {@code coroutine}: made by calling an {@code async def} function. */
    public static final PyType COROUTINE_TYPE = PyType.builtin("coroutine", PyGenerator.class, () -> PyObject.TYPE,
            PyGeneratorMethods::defineCoroutine);

    public PyGenerator(Frame frame, PyFunction fn) {
        super((frame.code.flags & PyCode.CO_COROUTINE) != 0 ? COROUTINE_TYPE : TYPE);
        this.frame = frame;
        this.name = fn != null ? fn.name : frame.code.name;
        this.qualname = fn != null ? fn.qualname : frame.code.qualname;
    }

    /** {@code next(gen)}: the next value, or null when the generator is exhausted. */
    public PyObject next() {
        return resume(null, PyNone.NONE, null);
    }

    /** {@link #next()} for a caller that knows the running thread's state (a loop: no ThreadLocal lookup). */
    public PyObject next(ThreadState ts) {
        return resume(ts, PyNone.NONE, null);
    }

    /**
     * Resumes with a sent value or a thrown exception; returns the yielded value, or null when the
     * generator finished (its return value is then {@link #takeReturnValue()}).
     */
    // CPython: gen_send_ex2 in genobject.c
    public PyObject resume(PyObject sent, PyException thrown) {
        return resume(null, sent, thrown);
    }

    /** {@link #resume(PyObject, PyException)} run by the thread whose state is {@code ts} (null: find it). */
    public PyObject resume(ThreadState ts, PyObject sent, PyException thrown) {
        if (!RUNNING.compareAndSet(this, 0, 1)) {
            throw PyErr.valueError(kindName() + " already executing");
        }
        try {
            if (finished) {
                if (type() == COROUTINE_TYPE) {
                    throw PyErr.format(PyExc.RuntimeError, "cannot reuse already awaited coroutine");
                }
                if (thrown != null) {
                    throw thrown;
                }
                returnValue = PyNone.NONE;
                return null;
            }
            if (!started) {
                if (thrown != null) {
                    finished = true;
                    throw thrown;
                }
                if (sent != PyNone.NONE && sent != null) {
                    throw PyErr.typeError("can't send non-None value to a just-started %s", kindName());
                }
            }
            return run(ts != null ? ts : callerState(), sent, thrown);
        } finally {
            // A release store, as a lock's unlock: the next thread's CAS sees the frame as left here,
            // without the full fence (a locked instruction on x86) of a volatile write, once per resumption.
            RUNNING.setRelease(this, 0);
        }
    }

    /**
     * Runs a plain generator (not a coroutine or async generator), giving each value it yields to
     * {@code c} for as long as {@code c} accepts them; returns the first value {@code c} declined,
     * with the generator suspended after it exactly as {@link #next()} would have left it, or null
     * when the generator finished (its return value is then {@link #takeReturnValue()}).
     * {@code yield from} a plain generator drains that one into {@code c} too. The gate is taken
     * once for the whole run, not once per value.
     */
    public PyObject drain(ThreadState ts, PushConsumer c) {
        if (!RUNNING.compareAndSet(this, 0, 1)) {
            throw PyErr.valueError(kindName() + " already executing");
        }
        try {
            if (finished) {
                returnValue = PyNone.NONE;
                return null;
            }
            frame.resumable.push = c;
            try {
                return run(ts != null ? ts : callerState(), PyNone.NONE, null);
            } finally {
                frame.resumable.push = null;
            }
        } finally {
            RUNNING.setRelease(this, 0);
        }
    }

    /**
     * True for a plain generator ({@code def} with yield, or a generator expression): {@link #drain}
     * applies. Not while the thread has a profile or trace function, which must see each resumption.
     */
    public boolean drainable() {
        if (type() != TYPE || (frame.code.flags & (PyCode.CO_COROUTINE | PyCode.CO_ASYNC_GENERATOR)) != 0) {
            return false;
        }
        ThreadState ts = ThreadState.current();
        return ts.profiler() == null && ts.tracer() == null;
    }

    /** The running thread's state; call holding the gate. */
    private ThreadState callerState() {
        Thread t = Thread.currentThread();
        if (t == lastThread) {
            return lastState;
        }
        ThreadState ts = ThreadState.current();
        lastThread = t;
        lastState = ts;
        return ts;
    }

    private PyObject run(ThreadState ts, PyObject sent, PyException thrown) {
        Frame f = frame;
        f.resumable.resuming = started;
        started = true;
        f.resumable.sent = sent;
        f.resumable.thrown = thrown;
        try {
            ts.enterCall();
        } catch (PyException e) {
            // too deep to even start the frame: the exception leaves the generator, which is then
            // exhausted, as any generator an exception leaves (CPython: gen_send_ex2 clears the frame)
            finished = true;
            throw e;
        }
        f.ts = ts;
        f.back = (Frame) ts.frame();
        ts.setFrame(f);
        // sys.setprofile: each resumption is a call, each yield a return, as CPython reports them
        boolean profiled = ts.profiler != null;
        try {
            if (profiled) {
                ProfileHooks.call(ts, f);
            }
            if (ts.tracer != null) {
                Tracing.call(ts, f);
            }
            int s = f.code.body.execute(f);
            if (s == StmtNode.YIELD) {
                PyObject v = f.returnValue;
                f.returnValue = null;
                if (f.hasExtras()) {
                    Tracing.ret(f, v);
                }
                if (profiled) {
                    ProfileHooks.ret(ts, f, v);
                }
                return v;
            }
            finished = true;
            returnValue = s == StmtNode.RETURN ? f.returnValue : PyNone.NONE;
            if (f.hasExtras()) {
                Tracing.ret(f, returnValue);
            }
            if (profiled) {
                ProfileHooks.ret(ts, f, returnValue);
            }
            return null;
        } catch (PyException e) {
            finished = true;
            if (f.hasExtras()) {
                PyFunction.leaveTraced(f, e);
            }
            if (profiled) {
                ProfileHooks.ret(ts, f, null);
            }
            throw stopIterationGuard(PyTraceback.here(e, f), f.code.flags);
        } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
            finished = true;
            throw PyTraceback.here(PyTraceback.fromJava(e), f);
        } finally {
            f.resumable.resuming = false;
            ts.setFrame(f.back);
            f.back = null;
            ts.leaveCall();
        }
    }

    /** What messages call this generator: "generator", "coroutine" or "async generator". */
    private String kindName() {
        int flags = frame.code.flags;
        return (flags & PyCode.CO_ASYNC_GENERATOR) != 0 ? "async generator"
                : (flags & PyCode.CO_COROUTINE) != 0 ? "coroutine" : "generator";
    }

    // PEP 479: a StopIteration escaping the body becomes RuntimeError, and so does a
    // StopAsyncIteration escaping an async generator's. CPython: gen_send_ex2 in genobject.c
    private static PyException stopIterationGuard(PyException e, int flags) {
        String msg;
        boolean asyncGen = (flags & PyCode.CO_ASYNC_GENERATOR) != 0;
        if (e.matches(PyExc.StopIteration)) {
            msg = asyncGen ? "async generator raised StopIteration"
                    : (flags & PyCode.CO_COROUTINE) != 0 ? "coroutine raised StopIteration"
                    : "generator raised StopIteration";
        } else if (asyncGen && e.matches(PyExc.StopAsyncIteration)) {
            msg = "async generator raised StopAsyncIteration";
        } else {
            return e;
        }
        PyException r = PyErr.format(PyExc.RuntimeError, msg);
        r.value().setCause(e.value());
        r.value().setContext(e.value());
        return r;
    }

    /** The value the generator returned (for {@code yield from} and StopIteration.value). */
    public PyObject takeReturnValue() {
        PyObject v = returnValue == null ? PyNone.NONE : returnValue;
        returnValue = null;
        return v;
    }

    /** {@code gen.close()}: throws GeneratorExit in; "generator ignored GeneratorExit" if it yields. */
    // CPython: gen_close in genobject.c
    public void close() {
        if (!started || finished) {
            finished = true;
            return;
        }
        try {
            PyObject v = resume(null, PyErr.of(PyExc.GeneratorExit));
            if (v != null) {
                throw PyErr.format(PyExc.RuntimeError, "%s ignored GeneratorExit", kindName());
            }
        } catch (PyException e) {
            if (!e.matches(PyExc.GeneratorExit) && !e.matches(PyExc.StopIteration)) {
                throw e;
            }
        }
    }

    /** A coroutine, or a generator of a {@code types.coroutine} function: {@code await} accepts it. */
    public boolean isAwaitable() {
        return type() == COROUTINE_TYPE || (frame.code.flags & PyCode.CO_ITERABLE_COROUTINE) != 0;
    }

    public boolean isRunning() {
        return running != 0;
    }

    public boolean isFinished() {
        return finished;
    }

    public boolean isStarted() {
        return started;
    }

    public Frame frame() {
        return frame;
    }

    /**
     * A generator for a generator expression: as a {@link PyIterator}, {@code sum()}, {@code list()}
     * and the other Java consumers advance it without looking up and calling {@code __next__}.
     * Only a generator that cannot return a value may be one, since {@code next(it)} on a
     * {@link PyIterator} raises a plain StopIteration (no {@code value}): a generator expression
     * always returns None. (A plain generator function could too, once the compiler records that
     * it has no {@code return <value>}.)
     */
    public static final class Expression extends PyGenerator implements PyIterator {

        /** A generator expression's generator over {@code frame} (its code must be a plain generator's). */
        public Expression(Frame frame) {
            super(frame, null);
        }

        @Override
        public PyObject nextItem() {
            return next();
        }
    }
}
