package org.weft.python.runtime;

import java.util.Arrays;

/**
 * The state of one Python thread: the interpreter it runs for, recursion depth and limit, the
 * stack of exceptions being handled ({@code sys.exc_info()}), the interrupt flag, the output
 * sinks of the run that started it, and the engine's current frame.
 *
 * <p>Threads: each instance belongs to one thread; only {@link #interrupt()} and
 * {@link #requestSafepoint()} (and the flags they set), and the readers of what the thread is
 * doing ({@link #activity()}, {@link #blockedNanos()}, for the kernel's thread magics) are meant
 * to be used from other threads, hence the volatile fields. Get it with
 * {@link #current()} once and pass it explicitly on hot paths.
 */
public final class ThreadState extends ThreadStateHot {

    /** Python's default recursion limit. */
    public static final int DEFAULT_RECURSION_LIMIT = 1000;

    /** One state per Java thread: a static final holder, not mutable shared state. */
    private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);

    private Object interpreter;
    /** The handled-exception stack before its first push: grown by the owner, so in its own memory. */
    static final PyBaseException[] NO_HANDLED = new PyBaseException[0];

    /**
     * Padding after {@link ThreadStateHot}'s fields (see {@link ThreadStatePadding}); HotSpot lays
     * a class's long fields first among its own, so these follow the hot fields directly.
     */
    @SuppressWarnings("unused")
    private long q00, q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15;

    private volatile boolean interrupted;
    /** Told at each poll that finds {@link #attention} (the GIL's per-thread record, org.weft.python.threads). */
    private volatile Safepoint safepoint;
    private Sinks sinks = Sinks.SYSTEM;
    /** The Java thread this state belongs to: the creating thread, or the one that {@link #install}ed it. */
    private Thread thread = Thread.currentThread();
    /** What the thread does now, for samplers on other threads (written by the owner only). */
    private volatile Activity activity = Activity.RUNNING;
    /** Nesting depth of {@link #beginBlocked} brackets; the owner's alone. */
    private int blockedDepth;
    /** When the outermost blocked bracket began ({@link System#nanoTime}); read by other threads. */
    private volatile long blockedSince;
    /** Time spent in finished blocked brackets; written by the owner, read by other threads. */
    private volatile long blockedNanos;
    /** Told when threads started from this one are made, start and end (inherited; null: nobody). */
    private Observer observer;
    /** Runs signal.signal's handlers on this thread (the main one); null: SIGINT is KeyboardInterrupt. */
    private volatile SignalHandlers signalHandlers;
    /** Signals other than SIGINT waiting for delivery at the next poll, one bit per signal number. */
    private final java.util.concurrent.atomic.AtomicLong pendingSignals = new java.util.concurrent.atomic.AtomicLong();
    /** How many signals were delivered here: what {@code signal.pause} waits to see change. */
    private volatile long signalsDelivered;
    /** {@code sys.set_asyncgen_hooks}: this thread's firstiter and finalizer (null: none). */
    private PyObject asyncGenFirstiter;
    private PyObject asyncGenFinalizer;

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

    /**
     * {@code body(o)} one level of recursion depth deeper, its RecursionError with CPython's
     * {@code where} suffix: for built-ins that CPython reaches through a C call of their own, so
     * that recursion through them runs out where, and as, CPython's does.
     */
    public PyObject deeper(String where, PyObject o, java.util.function.UnaryOperator<PyObject> body) {
        enterCall(where);
        try {
            return body.apply(o);
        } finally {
            leaveCall();
        }
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
            handled = Arrays.copyOf(handled, Math.max(8, handledCount * 2));
        }
        handled[handledCount++] = e;
    }

    /**
     * What the exception an {@code except} block just finished handling let go (objects with
     * {@code __del__} in the frames it ended), for the statement to collect once it no longer holds
     * the exception; null when nothing. Only this thread reads and writes it.
     */
    private Finalizers.Probe handledRelease;

    public void setHandledRelease(Finalizers.Probe p) {
        handledRelease = p;
    }

    /** {@link #setHandledRelease}'s probe, cleared. */
    public Finalizers.Probe takeHandledRelease() {
        Finalizers.Probe p = handledRelease;
        if (p != null) {
            handledRelease = null;
        }
        return p;
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

    /**
     * Delivers signals to Python code ({@code signal.signal}'s handlers): run by the thread itself
     * at a poll, where it may run Python code and raise, as CPython runs handlers at its eval
     * breaker. A poll inside a blocking wait runs it too: a handler that returns lets the wait go
     * on (PEP 475), one that raises ends it.
     */
    @FunctionalInterface
    public interface SignalHandlers {
        void deliver(ThreadState ts, int signum);
    }

    public void setSignalHandlers(SignalHandlers handlers) {
        this.signalHandlers = handlers;
    }

    /** Asks this thread to deliver signal {@code signum} at its next poll; any thread may call. */
    public void raiseSignal(int signum) {
        if (signum == 2) {
            interrupt();
            return;
        }
        pendingSignals.getAndUpdate(v -> v | 1L << signum);
        attention = true;
    }

    public long signalsDelivered() {
        return signalsDelivered;
    }

    /** Makes this thread's next poll call its {@link Safepoint}; any thread may call. */
    public void requestSafepoint() {
        attention = true;
    }

    public Safepoint safepoint() {
        return safepoint;
    }

    /**
     * Sets or clears the thread's safepoint. Clearing it on the thread itself, which the thread
     * table does as a thread started from Python leaves the interpreter for good, tells the
     * {@link Observer} that the thread has ended.
     */
    public void setSafepoint(Safepoint s) {
        boolean leaving = s == null && safepoint != null && Thread.currentThread() == thread;
        this.safepoint = s;
        if (leaving && observer != null) {
            observer.ended(this);
        }
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
            // A safepoint may wait (for the GIL): that wait counts as blocked, as a lock wait does.
            beginBlocked(Activity.WAITING);
            try {
                s.reached(this);
            } finally {
                endBlocked();
            }
        }
        if (pendingSignals.get() != 0) {
            deliverPending();
        }
        if (interrupted) {
            interrupted = false;
            SignalHandlers h = signalHandlers;
            if (h == null) {
                throw PyErr.of(PyExc.KeyboardInterrupt);
            }
            signalsDelivered++;
            h.deliver(this, 2);
        }
    }

    private void deliverPending() {
        long bits = pendingSignals.getAndSet(0);
        SignalHandlers h = signalHandlers;
        for (int sig = 1; sig < 64 && h != null; sig++) {
            if ((bits & 1L << sig) == 0) {
                continue;
            }
            bits &= ~(1L << sig);
            signalsDelivered++;
            try {
                h.deliver(this, sig);
            } catch (RuntimeException e) {
                // a handler raised: the signals after it stay pending for the next poll
                long rest = bits;
                pendingSignals.getAndUpdate(v -> v | rest);
                attention = rest != 0 || attention;
                throw e;
            }
        }
    }

    // ---- async generator hooks (CPython: tstate->async_gen_firstiter, async_gen_finalizer) ---------

    public PyObject asyncGenFirstiter() {
        return asyncGenFirstiter;
    }

    public PyObject asyncGenFinalizer() {
        return asyncGenFinalizer;
    }

    public void setAsyncGenHooks(PyObject firstiter, PyObject finalizer) {
        this.asyncGenFirstiter = firstiter;
        this.asyncGenFinalizer = finalizer;
    }

    // ---- sinks and frame -------------------------------------------------------------------------

    /** Where this thread's {@code print} and {@code input} go: the sinks of the run that started it. */
    public Sinks sinks() {
        return sinks;
    }

    public void setSinks(Sinks sinks) {
        this.sinks = sinks;
    }

    // ---- sys.setprofile (CPython: tstate->c_profilefunc) ------------------------------------------

    /** The profile function while one of its calls runs (hooks do not profile themselves), else unused. */
    private PyObject suspendedProfiler;
    private boolean inProfileHook;

    /** The profile function on its fast path: null when none is set or one of its calls is running. */
    public PyObject profiler() {
        return profiler;
    }

    /** sys.getprofile(): the function set, also while it runs. */
    public PyObject getProfile() {
        return inProfileHook ? suspendedProfiler : profiler;
    }

    /** sys.setprofile(): from inside a profile call it takes effect when that call returns. */
    public void setProfile(PyObject f) {
        if (inProfileHook) {
            suspendedProfiler = f;
        } else {
            profiler = f;
        }
    }

    /**
     * Calls the profile function with (frame, event, arg) with profiling off meanwhile, as CPython's
     * call_trace does (tstate->tracing). If it raises, profiling ends and the exception propagates.
     */
    public void callProfiler(PyObject frame, PyObject event, PyObject arg) {
        PyObject p = profiler;
        if (p == null) {
            return;
        }
        suspendedProfiler = p;
        profiler = null;
        inProfileHook = true;
        boolean ok = false;
        try {
            Ops.call(p, new PyObject[] {frame, event, arg}, null);
            ok = true;
        } finally {
            inProfileHook = false;
            profiler = ok ? suspendedProfiler : null;
            suspendedProfiler = null;
        }
    }

    // ---- sys.settrace (CPython: tstate->c_tracefunc) ---------------------------------------------

    /** The trace function while one of its calls runs (hooks are not traced), else unused. */
    private PyObject suspendedTracer;
    private boolean inTraceHook;

    /** The trace function on its fast path: null when none is set or one of its calls is running. */
    public PyObject tracer() {
        return tracer;
    }

    /** sys.gettrace(): the function set, also while it runs. */
    public PyObject getTrace() {
        return inTraceHook ? suspendedTracer : tracer;
    }

    /** sys.settrace(): from inside a trace call it takes effect when that call returns (pdb's continue). */
    public void setTrace(PyObject f) {
        if (inTraceHook) {
            suspendedTracer = f;
        } else {
            tracer = f;
        }
    }

    /**
     * Calls {@code fn} (the trace function, or a frame's local one) with (frame, event, arg), tracing
     * off meanwhile as CPython's call_trace does; returns what it returned. If it raises, tracing
     * ends on this thread (CPython: trace_trampoline's PyEval_SetTrace(NULL)) and the exception
     * propagates into the traced code.
     */
    public PyObject callTracer(PyObject fn, PyObject frame, PyObject event, PyObject arg) {
        PyObject t = tracer;
        if (t == null) {
            return PyNone.NONE; // a hook is running (or tracing just ended): no nested events
        }
        suspendedTracer = t;
        tracer = null;
        inTraceHook = true;
        boolean ok = false;
        try {
            PyObject result = Ops.call(fn, new PyObject[] {frame, event, arg}, null);
            ok = true;
            return result;
        } finally {
            inTraceHook = false;
            tracer = ok ? suspendedTracer : null;
            suspendedTracer = null;
        }
    }

    /**
     * sys.call_tracing(func, args): {@code func(*args)} with tracing on even from inside a trace
     * call (pdb's 'debug' runs a second debugger so); whether a trace call is running is restored
     * afterwards, the trace function the call left set is kept.
     */
    // CPython: _PyEval_CallTracing in ceval.c
    public PyObject callTracing(PyObject fn, PyObject[] args) {
        PyObject savedTracer = tracer;
        PyObject savedSuspended = suspendedTracer;
        boolean savedInHook = inTraceHook;
        tracer = getTrace();
        suspendedTracer = null;
        inTraceHook = false;
        try {
            return Ops.call(fn, args, null);
        } finally {
            // what the call set with settrace stays set (CPython restores only the tracing counters)
            PyObject now = tracer;
            inTraceHook = savedInHook;
            if (savedInHook) {
                tracer = savedTracer;
                suspendedTracer = now;
            } else {
                tracer = now;
                suspendedTracer = savedSuspended;
            }
        }
    }

    /** The engine's innermost frame on this thread (opaque here), for eval/exec/globals/locals. */
    public Object frame() {
        return frame;
    }

    public void setFrame(Object frame) {
        this.frame = frame;
    }

    /**
     * The state a new thread starts with when started by this one: same interpreter, sinks,
     * recursion limit and observer, no frames, no exception being handled.
     */
    public ThreadState inheritFor() {
        ThreadState t = new ThreadState();
        t.interpreter = interpreter;
        t.sinks = sinks;
        t.recursionLimit = recursionLimit;
        t.observer = observer;
        if (observer != null) {
            observer.created(this, t);
        }
        return t;
    }

    /** Installs {@code state} as the calling thread's state (for threads started by Python code). */
    public static void install(ThreadState state) {
        state.thread = Thread.currentThread();
        CURRENT.set(state);
        if (state.observer != null) {
            state.observer.started(state);
        }
    }

    // ---- activity, for tools that show what threads do (the kernel's %%threads, %%timeline) -----

    /** What a thread is doing, as a sampler on another thread sees it. */
    public enum Activity {
        /** Running (Python code or the interpreter's own work). */
        RUNNING,
        /** Blocked: a lock, queue, event, join, I/O, or the GIL. */
        WAITING,
        /** In {@code time.sleep}. */
        SLEEPING
    }

    /**
     * Watches the threads started from a thread whose state it is set on (and from those, and so
     * on: it is inherited). Its methods run on the thread named, must be quick and run no Python.
     */
    public interface Observer {
        /** On the starting thread, as {@code child}'s state is made (before the thread exists). */
        void created(ThreadState parent, ThreadState child);

        /** On the new thread, before it runs any code. */
        void started(ThreadState ts);

        /** On the thread, after its last Python code. */
        void ended(ThreadState ts);
    }

    public Observer observer() {
        return observer;
    }

    /** Sets the observer that this thread's future children inherit; call on the owning thread. */
    public void setObserver(Observer observer) {
        this.observer = observer;
    }

    /** The Java thread this state belongs to. */
    public Thread thread() {
        return thread;
    }

    /** What the thread does now; any thread may read it. */
    public Activity activity() {
        return activity;
    }

    /**
     * The thread starts waiting or sleeping; pair with {@link #endBlocked()} (nested brackets count
     * once, the outermost naming the activity). Owner only; two volatile writes, off hot paths.
     */
    public void beginBlocked(Activity what) {
        if (blockedDepth++ == 0) {
            blockedSince = System.nanoTime();
            activity = what;
        }
    }

    /** The wait begun by {@link #beginBlocked} ends. */
    public void endBlocked() {
        if (blockedDepth > 0 && --blockedDepth == 0) {
            blockedNanos += System.nanoTime() - blockedSince;
            activity = Activity.RUNNING;
        }
    }

    /** Total time spent blocked so far, the wait in progress included; any thread may read it. */
    public long blockedNanos() {
        long done = blockedNanos;
        Activity now = activity;
        long since = blockedSince;
        return now == Activity.RUNNING ? done : done + Math.max(0, System.nanoTime() - since);
    }
}
