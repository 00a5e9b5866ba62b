package org.weft.kernel.output;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Publishes batched stream output at most {@link #DELAY_MS} after it was written, on one daemon
 * thread for the whole kernel. A stream asks for a flush when it gets text; asks while one is
 * already scheduled cost a set lookup.
 *
 * <p>Shared state: {@code scheduled} holds the streams with a flush on the way (a concurrent set:
 * writers on any thread add, the flusher thread removes before draining, so a write that races a
 * drain schedules again rather than being left behind).
 */
public final class OutputFlusher implements AutoCloseable {
    /** The longest a written line waits before it is published (DESIGN.md: at least every 50 ms). */
    public static final long DELAY_MS = 50;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "weft-output");
        t.setDaemon(true);
        return t;
    });
    private final Set<CellStream> scheduled = ConcurrentHashMap.newKeySet();
    private final Set<CellStream> known = ConcurrentHashMap.newKeySet();

    void schedule(CellStream stream) {
        known.add(stream);
        if (scheduled.add(stream)) {
            try {
                timer.schedule(() -> run(stream), DELAY_MS, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                scheduled.remove(stream);
                stream.drain(true);
            }
        }
    }

    private void run(CellStream stream) {
        scheduled.remove(stream);
        if (stream.drain(false)) {
            schedule(stream);
        } else {
            known.remove(stream);
        }
    }

    /** Publishes everything every stream holds (at shutdown: nothing printed is lost). */
    public void drainAll() {
        for (CellStream s : known) {
            s.drain(true);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        drainAll();
    }
}
