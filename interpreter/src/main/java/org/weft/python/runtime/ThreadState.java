package org.weft.python.runtime;

import java.util.Arrays;

/**
 * The state of one Python thread: the interpreter it runs for, recursion depth and limit, the
 * stack of exceptions being handled ({@code sys.exc_info()}), the interrupt flag, the output
 * sinks of the run that started it, and the engine's current frame.
 *
 * <p>Threads: each instance belongs to one thread; only {@link #interrupt()} and
 * {@link #requestSafepoint()} (and the flags they set) are meant to be used from other threads,
 * hence the volatile flags. Get it with
 * {@link #current()} once and pass it explicitly on hot paths.
 */
public final class ThreadState {

    /** Python's default recursion limit. */
    public static final int DEFAULT_RECURSION_LIMIT = 1000;

    /** One state per Java thread: a static final holder, not mutable shared state. */
    private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);

    private Object interpreter;
    private int depth;
    private int recursionLimit = DEFAULT_RECURSION_LIMIT;
    /** The handled-exception stack; entries may be null (a frame handling nothing). */
    private PyBaseException[] handled = new PyBaseException[8];
    private int handledCount;
    private volatile boolean interrupted;
    /**
     * Set with {@link #interrupted} and by {@link #requestSafepoint()}: the one field the engine's
     * polls read, so that a poll with nothing pending is one load and one predictable branch.
     */
    private volatile boolean attention;
    /** Told at each poll that finds {@link #attention} (the GIL's per-thread record, org.weft.python.threads). */
    private volatile Safepoint safepoint;
    private Sinks sinks = Sinks.SYSTEM;
    private Object frame;

    /** The calling thread's state (made on first use). */
    public static ThreadState current() {
        return CURRENT.get();
    }

    /** The {@code Interpreter} this thread runs for (opaque here: the engine owns the class). */
    public Object interpreter() {
        return interpreter;
    }

    public void setInterpreter(Object interpreter) {
        this.interpreter = interpreter;
    }

    // ---- recursion ---------------------------------------------------------------------------

    /** Counts a nested call; raises {@code RecursionError} past the limit. CPython: _Py_EnterRecursiveCall. */
    public void enterCall() {
        if (++depth > recursionLimit) {
            depth--;
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded");
        }
    }

    /** Like {@link #enterCall()}, with CPython's suffix (e.g. " while calling a Python object"). */
    public void enterCall(String where) {
        if (++depth > recursionLimit) {
            depth--;
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded%s", where);
        }
    }

    public void leaveCall() {
        depth--;
    }

    public int depth() {
        return depth;
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        this.recursionLimit = limit;
    }

    // ---- exceptions being handled ---------------------------------------------------------------

    /** Entering an {@code except} block (or a generator resuming with one): push. */
    public void pushHandled(PyBaseException e) {
        if (handledCount == handled.length) {
            handled = Arrays.copyOf(handled, handledCount * 2);
        }
        handled[handledCount++] = e;
    }

    /** Leaving that block: pop. */
    public void popHandled() {
        if (handledCount > 0) {
            handled[--handledCount] = null;
        }
    }

    /**
     * The exception being handled ({@code sys.exception()}): the innermost non-null entry, as
     * CPython's _PyErr_GetTopmostException skips frames handling nothing; null when none.
     */
    public PyBaseException currentHandled() {
        for (int i = handledCount - 1; i >= 0; i--) {
            if (handled[i] != null) {
                return handled[i];
            }
        }
        return null;
    }

    /** The depth of the handled-exception stack (to restore it after an unwinding). */
    public int handledDepth() {
        return handledCount;
    }

    /** Pops entries until the stack has {@code depth} of them. */
    public void truncateHandled(int depth) {
        while (handledCount > depth) {
            handled[--handledCount] = null;
        }
    }

    // ---- interrupts ------------------------------------------------------------------------------

    /** What a thread's poll tells when it finds its attention requested (the GIL: hand over, take, drop). */
    @FunctionalInterface
    public interface Safepoint {
        /** Runs on the polling thread itself, with no internal lock held. */
        void reached(ThreadState ts);
    }

    /** Asks this thread to raise {@code KeyboardInterrupt} at its next check; any thread may call. */
    public void interrupt() {
        interrupted = true;
        attention = true;
    }

    public boolean isInterrupted() {
        return interrupted;
    }

    /** Forgets a pending {@code KeyboardInterrupt} (an embedder starting a fresh run). */
    public void clearInterrupt() {
        interrupted = false;
    }

    /** Makes this thread's next poll call its {@link Safepoint}; any thread may call. */
    public void requestSafepoint() {
        attention = true;
    }

    public Safepoint safepoint() {
        return safepoint;
    }

    public void setSafepoint(Safepoint s) {
        this.safepoint = s;
    }

    /**
     * Polled at loop back-edges and function entry: runs the safepoint (GIL handover) when asked,
     * then raises the pending {@code KeyboardInterrupt}.
     */
    public void checkInterrupt() {
        if (attention) {
            attend();
        }
    }

    private void attend() {
        // Cleared before the flags are read: a request made meanwhile sets it again (no lost wake-up).
        attention = false;
        Safepoint s = safepoint;
        if (s != null) {
            s.reached(this);
        }
        if (interrupted) {
            interrupted = false;
            throw PyErr.of(PyExc.KeyboardInterrupt);
        }
    }

    // ---- sinks and frame -------------------------------------------------------------------------

    /** Where this thread's {@code print} and {@code input} go: the sinks of the run that started it. */
    public Sinks sinks() {
        return sinks;
    }

    public void setSinks(Sinks sinks) {
        this.sinks = sinks;
    }

    /** The engine's innermost frame on this thread (opaque here), for eval/exec/globals/locals. */
    public Object frame() {
        return frame;
    }

    public void setFrame(Object frame) {
        this.frame = frame;
    }

    /**
     * The state a new thread starts with when started by this one: same interpreter, sinks and
     * recursion limit, no frames, no exception being handled.
     */
    public ThreadState inheritFor() {
        ThreadState t = new ThreadState();
        t.interpreter = interpreter;
        t.sinks = sinks;
        t.recursionLimit = recursionLimit;
        return t;
    }

    /** Installs {@code state} as the calling thread's state (for threads started by Python code). */
    public static void install(ThreadState state) {
        CURRENT.set(state);
    }
}
