package org.weft.python.threads;

import java.util.ArrayDeque;

import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;

/**
 * The global interpreter lock of one interpreter, off unless asked for (DESIGN.md, free-threading
 * rule 8: for teaching). When on, a thread holds it while it runs Python code; a thread that has
 * waited a whole switch interval asks the holder (through its {@code ThreadState} attention flag)
 * to hand over at its next poll; the holder then gives it straight to the longest waiter and
 * queues behind the others, so threads take turns in FIFO order. CPython: Python/ceval_gil.c
 * (take_gil, drop_gil, FORCE_SWITCHING).
 *
 * <p>Threads: all state is guarded by this object's monitor; {@link #enabled}, {@link #holder}
 * and {@link #waiting} are also volatile so that polls read them without the monitor. The monitor
 * is never held while Python code runs.
 */
public final class Gil {

    /** CPython's default switch interval: 5 ms. */
    public static final long DEFAULT_INTERVAL_MICROS = 5_000L;

    private volatile boolean enabled;
    private volatile PythonThread holder;
    private volatile int waiting;
    /** In microseconds, as CPython keeps it (so getswitchinterval returns what it does). */
    private volatile long intervalMicros = DEFAULT_INTERVAL_MICROS;
    /** Waiters in arrival order; the head gets the lock at the next release. */
    private final ArrayDeque<PythonThread> queue = new ArrayDeque<>();
    /** Counts hand-overs, so that a waiter can tell a whole interval passed without one. */
    private long switches;

    Gil(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** {@code sys.getswitchinterval()}: seconds. CPython: sys_getswitchinterval_impl in sysmodule.c. */
    public double switchInterval() {
        return 1e-6 * intervalMicros;
    }

    /**
     * {@code sys.setswitchinterval(seconds)}: how long a waiter lets the holder run before asking for
     * the lock. CPython: sys_setswitchinterval_impl in sysmodule.c.
     */
    public void setSwitchInterval(double seconds) {
        if (!(seconds > 0.0) && !Double.isNaN(seconds)) {
            throw PyErr.valueError("switch interval must be strictly positive");
        }
        intervalMicros = (long) (1e6 * seconds);
    }

    boolean heldBy(PythonThread t) {
        return holder == t;
    }

    /** True when a thread waits for the lock: the holder should hand over at its poll. */
    boolean contended() {
        return waiting > 0;
    }

    /** Switches the lock on or off; threads notice at their next poll (see {@link PythonThreads#setGilEnabled}). */
    synchronized void setEnabled(boolean on) {
        enabled = on;
        if (!on) {
            // Waiters leave without the lock; the holder drops it at its next poll.
            queue.clear();
            waiting = 0;
            notifyAll();
        }
    }

    /**
     * Takes the lock for {@code me}, waiting in line; returns at once when the lock is off (or is
     * switched off meanwhile). While waiting, asks the holder to hand over after each interval in
     * which no hand-over happened. CPython: take_gil in ceval_gil.c.
     */
    synchronized void acquire(PythonThread me) {
        if (!enabled || holder == me) {
            return;
        }
        if (holder == null && queue.isEmpty()) {
            holder = me;
            return;
        }
        queue.addLast(me);
        waiting = queue.size();
        try {
            while (holder != me) {
                if (!enabled) {
                    queue.remove(me);
                    waiting = queue.size();
                    return;
                }
                if (!queue.contains(me)) {
                    // Switching the lock off emptied the line; switched on again, queue anew.
                    queue.addLast(me);
                    waiting = queue.size();
                }
                if (holder == null && queue.peekFirst() == me) {
                    // Released with nobody in line (or switched off and on): the first in line takes it.
                    queue.pollFirst();
                    waiting = queue.size();
                    holder = me;
                    switches++;
                    return;
                }
                long seen = switches;
                long micros = Math.max(1, intervalMicros);
                wait(micros / 1000L, (int) (micros % 1000L) * 1000);
                PythonThread h = holder;
                if (h != me && h != null && switches == seen) {
                    h.state().requestSafepoint();
                }
            }
        } catch (InterruptedException e) {
            // The embedder interrupted the Java thread: leave the line and surface Python's interrupt.
            queue.remove(me);
            waiting = queue.size();
            Thread.currentThread().interrupt();
            me.state().requestSafepoint();
            throw PyErr.of(PyExc.KeyboardInterrupt);
        }
    }

    /** Gives the lock up: straight to the longest waiter, if any. CPython: drop_gil in ceval_gil.c. */
    synchronized void release(PythonThread me) {
        if (holder != me) {
            return;
        }
        PythonThread next = queue.pollFirst();
        waiting = queue.size();
        holder = next;
        switches++;
        notifyAll();
    }

    /** Hands over to the waiters and queues behind them (the holder's poll, when asked). */
    void yieldTo(PythonThread me) {
        release(me);
        acquire(me);
    }
}
