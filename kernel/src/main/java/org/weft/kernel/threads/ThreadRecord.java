package org.weft.kernel.threads;

import org.weft.python.runtime.ThreadState;

/**
 * One Python thread the kernel has seen: which cell started it, in which order, when it started
 * and ended, and its CPU time at the end (a finished thread's CPU time cannot be asked for later).
 * Its name is the Python thread's, given by the magics' Python side, or null.
 *
 * <p>Threads: made on the starting thread; {@link #start} is called on the thread itself, and
 * {@link #end} too; everyone else reads the volatile fields.
 */
public final class ThreadRecord {
    private final ThreadState state;
    private final int cell;
    private final long order;
    private volatile Thread thread;
    private volatile long startNanos;
    private volatile long endNanos;
    private volatile boolean ended;
    private volatile long cpuAtEnd = -1;
    /** The last CPU time read while the thread lived: the fallback when it ends unannounced. */
    private volatile long lastCpu;
    private volatile String name;

    ThreadRecord(ThreadState state, int cell, long order) {
        this.state = state;
        this.cell = cell;
        this.order = order;
    }

    void start(Thread t, long nanos) {
        thread = t;
        startNanos = nanos;
    }

    void end(long nanos, long cpu) {
        cpuAtEnd = cpu;
        endNanos = nanos;
        ended = true;
    }

    public ThreadState state() {
        return state;
    }

    /** The execution count of the cell that started this thread (0: none, the kernel's own thread). */
    public int cell() {
        return cell;
    }

    /** The kernel-wide start order: 1 for the first thread any cell started, and so on. */
    public long order() {
        return order;
    }

    /** True once the thread has begun running. */
    public boolean started() {
        return thread != null;
    }

    /** {@code threading.get_ident()}: the JVM thread id; -1 before it started. */
    public long ident() {
        Thread t = thread;
        return t == null ? -1 : t.getId();
    }

    public Thread thread() {
        return thread;
    }

    public long startNanos() {
        return startNanos;
    }

    /** When it ended ({@link System#nanoTime}); meaningful once {@link #ended()}. */
    public long endNanos() {
        return endNanos;
    }

    /** True once it ran its last Python code, or its Java thread is gone. */
    public boolean ended() {
        if (ended) {
            return true;
        }
        Thread t = thread;
        return t != null && !t.isAlive();
    }

    /** CPU nanoseconds so far (or at the end). */
    public long cpuNanos(CpuClock clock) {
        if (ended) {
            return cpuAtEnd;
        }
        long c = clock.cpu(ident());
        if (c < 0) {
            return lastCpu;
        }
        lastCpu = c;
        return c;
    }

    /** Time spent blocked (locks, queues, joins, sleep, the GIL) so far. */
    public long blockedNanos() {
        return state.blockedNanos();
    }

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
