package org.weft.python.threads;

import org.weft.python.runtime.ThreadState;

/**
 * One thread running Python code for an interpreter: its {@link ThreadState}, its ident
 * ({@code threading.get_ident()}, the JVM thread id) and its relation to the interpreter's
 * {@link Gil}. Installed as the state's {@link ThreadState.Safepoint}, so that the engine's polls
 * (loop back-edges, function entry) come here when the thread's attention was requested: to hand
 * the GIL over, to take it (the GIL was switched on, or the thread left a blocking call), or to
 * drop it (the GIL was switched off).
 *
 * <p>Threads: {@code blocking} and {@code runs} are read and written by the owning thread only;
 * {@code startedFromPython} is set by it before it runs any code.
 */
public final class PythonThread implements ThreadState.Safepoint {

    private final ThreadState state;
    private final Gil gil;
    private final long ident;
    private final Thread thread;
    /** Nesting depth of {@link Blocking} brackets: while positive, polls neither take nor keep the GIL. */
    private int blocking;
    /** Started by {@code _thread.start_new_thread}, not an embedder's thread. */
    private volatile boolean startedFromPython;

    PythonThread(ThreadState state, Gil gil) {
        this.state = state;
        this.gil = gil;
        this.thread = Thread.currentThread();
        this.ident = thread.getId();
    }

    public ThreadState state() {
        return state;
    }

    /** {@code threading.get_ident()} of this thread. */
    public long ident() {
        return ident;
    }

    Thread thread() {
        return thread;
    }

    Gil gil() {
        return gil;
    }

    /** Nesting depth of entry points ({@code Interpreter.exec}) on this thread. */
    private int runs;

    void markStartedFromPython() {
        startedFromPython = true;
    }

    boolean startedFromPython() {
        return startedFromPython;
    }

    /** An entry point starts: takes the GIL when it is on. */
    void enterRun() {
        runs++;
        if (gil.isEnabled()) {
            gil.acquire(this);
        }
    }

    /** An entry point ends; the outermost gives the GIL up (an idle thread never keeps it) and returns true. */
    boolean exitRun() {
        if (--runs > 0) {
            return false;
        }
        if (gil.heldBy(this)) {
            gil.release(this);
        }
        return true;
    }

    /**
     * A poll found this thread's attention requested. Only a thread inside an entry point and not
     * in a blocking call takes the GIL: code that Java runs outside them (the launcher's exit
     * hooks) runs beside the holder rather than keep the lock from an idle thread.
     */
    @Override
    public void reached(ThreadState ts) {
        if (blocking > 0 || runs == 0) {
            return;
        }
        if (gil.isEnabled()) {
            if (!gil.heldBy(this)) {
                gil.acquire(this);
            } else if (gil.contended()) {
                gil.yieldTo(this);
            }
        } else if (gil.heldBy(this)) {
            gil.release(this);
        }
    }

    /** Entering a blocking wait: gives the GIL up (if held) until {@link #endBlocking()}. */
    void beginBlocking() {
        blocking++;
        if (gil.heldBy(this)) {
            gil.release(this);
        }
    }

    /**
     * Leaving it: takes the GIL when it is on, also when it was switched on during the wait (the
     * request that told this thread so was spent by a poll inside the wait).
     */
    void endBlocking() {
        if (--blocking == 0 && runs > 0 && gil.isEnabled()) {
            gil.acquire(this);
        }
    }
}
