package org.weft.python.threads;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.weft.python.runtime.ThreadState;

/**
 * The one table of the threads of an interpreter that run Python code: by ident (the JVM thread
 * id, {@code threading.get_ident()}), with its main thread, the count of threads started from
 * Python ({@code _thread._count()}), the stack size for new threads and the {@link Gil}. The
 * embedding API ({@code interruptThread}, {@code interruptMain}, {@code setGilEnabled}) and the
 * {@code _thread} module both read it.
 *
 * <p>The main thread is the first thread that runs code through the interpreter's entry points
 * ({@code Interpreter.exec}: the launcher's thread, a kernel's execution thread), or the thread
 * that called {@link #claimMain} before that. It stays in the table between runs, so that an
 * interrupt can find it; other entry threads leave the table when their outermost run ends;
 * threads started from Python join with {@link #start} and leave with {@link #finish}.
 *
 * <p>Threads: shared by every thread of the interpreter. The table is a {@link ConcurrentHashMap},
 * the count an atomic, the main thread and stack size volatiles; each {@link PythonThread}'s
 * nesting counts belong to its own thread.
 */
public final class PythonThreads {

    /** The environment variable that switches the GIL on for every new interpreter: {@code WEFT_GIL=1}. */
    public static final String GIL_ENV = "WEFT_GIL";

    /** Free-threading rule 1: room for {@code sys.setrecursionlimit(10000)} on a new thread's JVM stack. */
    public static final long DEFAULT_STACK_BYTES = 64L << 20;

    private final Gil gil;
    private final Map<Long, PythonThread> threads = new ConcurrentHashMap<>();
    private volatile PythonThread main;
    /** Threads started from Python that have not finished, counted from before they start. */
    private final AtomicInteger started = new AtomicInteger();
    /** {@code _thread.stack_size()}: 0 means the default. */
    private volatile long stackSize;

    /** The GIL on when {@code WEFT_GIL=1}, else off. */
    public PythonThreads() {
        this("1".equals(System.getenv(GIL_ENV)));
    }

    public PythonThreads(boolean gilEnabled) {
        this.gil = new Gil(gilEnabled);
    }

    public Gil gil() {
        return gil;
    }

    public boolean isGilEnabled() {
        return gil.isEnabled();
    }

    /** Switches the GIL on or off while threads run: each takes or drops it at its next poll. */
    public void setGilEnabled(boolean on) {
        gil.setEnabled(on);
        for (PythonThread t : threads.values()) {
            t.state().requestSafepoint();
        }
    }

    // ---- entry points and the main thread ----------------------------------------------------

    /**
     * The calling thread (state {@code ts}) starts running code through an entry point
     * ({@code Interpreter.exec}); nested entries count. The first such thread becomes the main
     * thread unless one was claimed. Takes the GIL when it is on. Pair with {@link #exit}.
     */
    public PythonThread enter(ThreadState ts) {
        PythonThread t = record(ts);
        if (main == null) {
            setMainIfNone(t);
        }
        t.enterRun();
        return t;
    }

    /** Leaves an entry point; the outermost exit gives the GIL up (and forgets a thread that is not main). */
    public void exit(PythonThread t) {
        if (t.exitRun() && t != main && !t.startedFromPython()) {
            threads.remove(t.ident(), t);
        }
    }

    /**
     * Makes the calling thread (state {@code ts}) the main thread ({@code threading.main_thread()},
     * the target of {@code interruptMain} and {@code _thread.interrupt_main}), for an embedder
     * whose first code ran elsewhere (start-up imports on another thread). Call it before the
     * main thread runs code, and before {@code threading} is imported.
     */
    public void claimMain(ThreadState ts) {
        PythonThread t = record(ts);
        synchronized (this) {
            // The old main thread stays in the table: harmless, and it may be running right now.
            main = t;
        }
    }

    private synchronized void setMainIfNone(PythonThread t) {
        if (main == null) {
            main = t;
        }
    }

    /** The main thread's ident, or -1 before any code ran. */
    public long mainIdent() {
        PythonThread m = main;
        return m == null ? -1 : m.ident();
    }

    // ---- threads started from Python ---------------------------------------------------------

    /** A thread is about to be started from Python: counted by {@link #count()} from now on. */
    public void reserve() {
        started.incrementAndGet();
    }

    /** The reserved thread could not be started. */
    public void unreserve() {
        started.decrementAndGet();
    }

    /** A thread started from Python begins: registered, and holding the GIL when it is on. */
    public PythonThread start(ThreadState ts) {
        PythonThread t = record(ts);
        t.markStartedFromPython();
        try {
            t.enterRun();
        } catch (RuntimeException e) {
            // Interrupted while waiting for the GIL: the thread never ran, so it leaves no trace.
            threads.remove(t.ident(), t);
            ts.setSafepoint(null);
            throw e;
        }
        return t;
    }

    /** That thread ends: the GIL given up, the thread forgotten and no longer counted. */
    public void finish(PythonThread t) {
        t.exitRun();
        threads.remove(t.ident(), t);
        t.state().setSafepoint(null);
        started.decrementAndGet();
    }

    /** {@code _thread._count()}: threads started from Python that have not finished. */
    public int count() {
        return started.get();
    }

    /** {@code _thread.stack_size()} in bytes; 0 means the default. */
    public long stackSize() {
        return stackSize;
    }

    public void setStackSize(long bytes) {
        stackSize = bytes;
    }

    /** The JVM stack of a new thread: never smaller than the default (free-threading rule 1). */
    public long jvmStackBytes() {
        return Math.max(stackSize, DEFAULT_STACK_BYTES);
    }

    private PythonThread record(ThreadState ts) {
        PythonThread t = ts.safepoint() instanceof PythonThread p && p.gil() == gil ? p : null;
        if (t == null) {
            t = new PythonThread(ts, gil);
            ts.setSafepoint(t);
        }
        // Again after an earlier run ended and forgot it.
        threads.putIfAbsent(t.ident(), t);
        return t;
    }

    /** A snapshot of the threads that run code here, ident to state ({@code sys._current_frames}). */
    public Map<Long, ThreadState> states() {
        Map<Long, ThreadState> out = new java.util.TreeMap<>();
        threads.forEach((ident, t) -> out.put(ident, t.state()));
        return out;
    }

    // ---- interrupts --------------------------------------------------------------------------

    /** The state of the thread with this ident that runs code here (the main thread also between runs), or null. */
    public ThreadState state(long ident) {
        PythonThread t = threads.get(ident);
        return t == null ? null : t.state();
    }

    /**
     * Raises {@code KeyboardInterrupt} in the thread with this ident at its next poll (a blocked
     * thread wakes within a wait slice); false when no such thread runs code here.
     */
    public boolean interrupt(long ident) {
        PythonThread t = threads.get(ident);
        if (t == null) {
            return false;
        }
        t.state().interrupt();
        // Cuts a time.sleep slice short; other waits notice at their next slice.
        LockSupport.unpark(t.thread());
        return true;
    }

    /** {@link #interrupt(long)} for the main thread; false before any code ran. */
    public boolean interruptMain() {
        PythonThread m = main;
        return m != null && interrupt(m.ident());
    }

    /**
     * Delivers signal {@code signum} to the main thread at its next poll (waking a sleep); false
     * before any code ran.
     */
    public boolean signalMain(int signum) {
        PythonThread m = main;
        if (m == null) {
            return false;
        }
        m.state().raiseSignal(signum);
        LockSupport.unpark(m.thread());
        return true;
    }

    /** The main thread's state, or null before any code ran. */
    public ThreadState mainState() {
        PythonThread m = main;
        return m == null ? null : m.state();
    }
}
