package org.weft.python.threads;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import org.weft.python.runtime.ThreadState;

/**
 * The threads of one interpreter that run (or have run) Python code, by ident, with its main
 * thread and its {@link Gil}. Backs the embedding API's {@code interruptThread},
 * {@code interruptMain} and {@code setGilEnabled}. The main thread is the first thread that
 * ran code through the interpreter's entry points (the launcher's thread; a kernel's execution
 * thread); threads started from Python join with {@link #start} and leave with {@link #finish}.
 *
 * <p>Threads: the table is a {@link ConcurrentHashMap}, the main thread a volatile; each
 * {@link PythonThread}'s nesting count belongs to its own thread.
 */
public final class PythonThreads {

    /** The environment variable that switches the GIL on for every new interpreter: {@code WEFT_GIL=1}. */
    public static final String GIL_ENV = "WEFT_GIL";

    private final Gil gil;
    private final Map<Long, PythonThread> threads = new ConcurrentHashMap<>();
    private volatile PythonThread main;

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

    /**
     * The calling thread (state {@code ts}) starts running code through an entry point
     * ({@code Interpreter.exec}); nested entries count. Takes the GIL when it is on.
     * Pair with {@link #exit}.
     */
    public PythonThread enter(ThreadState ts) {
        PythonThread t = record(ts);
        if (main == null) {
            synchronized (this) {
                if (main == null) {
                    main = t;
                }
            }
        }
        t.enterRun();
        return t;
    }

    /** Leaves an entry point; the outermost exit gives the GIL up. */
    public void exit(PythonThread t) {
        t.exitRun();
    }

    /** A thread started from Python begins: registered, and holding the GIL when it is on. */
    public PythonThread start(ThreadState ts) {
        PythonThread t = record(ts);
        t.enterRun();
        return t;
    }

    /** That thread ends: the GIL given up, the thread forgotten. */
    public void finish(PythonThread t) {
        t.exitRun();
        threads.remove(t.ident(), t);
        t.state().setSafepoint(null);
    }

    private PythonThread record(ThreadState ts) {
        if (ts.safepoint() instanceof PythonThread t && t.gil() == gil) {
            return t;
        }
        PythonThread t = new PythonThread(ts, gil);
        ts.setSafepoint(t);
        threads.put(t.ident(), t);
        return t;
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

    /** The main thread's ident, or -1 before any code ran. */
    public long mainIdent() {
        PythonThread m = main;
        return m == null ? -1 : m.ident();
    }
}
