package org.weft.kernel.history;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes what a {@link HistoryStore} deferred ({@link HistoryStore#storeDeferred}) to its file on a
 * thread of its own, at most once every {@link #DELAY_MS}, so that no cell's round trip waits for
 * the file. Written on the execution thread after each cell, the append (open, lock, read what other
 * kernels added, write, close) lay between one cell's idle and the next cell's request: 0.1 ms of a
 * warm round trip and some 0.5 ms of each of the first few hundred, whose code the JIT had not
 * compiled yet (bench/kernel_latency: cells 0-199 took 2.0 ms instead of 1.4 at the median).
 *
 * <p>Shared state: {@code scheduled} says a write is pending (set by {@link #request}, cleared by
 * the write before it takes the records, so that a record deferred during a write gets a write of
 * its own). The store serialises the writes themselves.
 */
public final class HistoryWriter implements AutoCloseable {
    /** How long records may wait in memory: a crash loses at most this much of the history. */
    static final long DELAY_MS = 200;
    private static final long CLOSE_WAIT_MS = 2_000;

    private final HistoryStore store;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "weft-history");
        t.setDaemon(true);
        return t;
    });

    public HistoryWriter(HistoryStore store) {
        this.store = store;
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Asks for a write of what is deferred now, within {@link #DELAY_MS}; returns at once. */
    public void request() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                timer.schedule(this::write, DELAY_MS, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                scheduled.set(false);
            }
        }
    }

    private void write() {
        scheduled.set(false);
        store.writeDeferred();
    }

    /** Stops the thread and writes what is still deferred, on the calling thread. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(CLOSE_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.writeDeferred();
    }
}
