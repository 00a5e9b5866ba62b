package org.weft.kernel.threads;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the threads did while one cell ran: opened before the cell, {@link #close closed} after it.
 * Covers the threads live at the start (their CPU and blocked time are counted from there) and
 * those started meanwhile; {@link #close} keeps the ones that ran Python code during the cell:
 * the cell's own thread, every thread started during it, and the older threads (pool workers)
 * that were not blocked the whole time. Optionally samples every thread's state for a timeline.
 *
 * <p>Threads: {@link #started} is called by starting threads, the rest by the measuring thread;
 * the entries are a concurrent map.
 */
public final class Measurement {
    /** Slack between clocks read at slightly different moments: an idle worker is blocked all along. */
    private static final long IDLE_SLACK_NANOS = 200_000L;
    /** How long {@link #settle} waits, at most, for finished threads to leave the interpreter. */
    private static final long SETTLE_NANOS = 200_000_000L;

    /** Where a thread's counters stood when the measurement began to cover it. */
    private record Base(long cpu, long blocked, boolean startedDuring) {
    }

    private final ThreadRegistry registry;
    private final ThreadRecord own;
    private final long startNanos;
    private final Map<ThreadRecord, Base> entries = new ConcurrentHashMap<>();
    private TimelineSampler sampler;
    private long endNanos;

    Measurement(ThreadRegistry registry, ThreadRecord own) {
        this.registry = registry;
        this.own = own;
        this.startNanos = System.nanoTime();
    }

    void baseline(ThreadRecord r) {
        entries.putIfAbsent(r, new Base(r.cpuNanos(registry.clock()), r.blockedNanos(), false));
    }

    void started(ThreadRecord r) {
        entries.putIfAbsent(r, new Base(0, 0, true));
    }

    Collection<ThreadRecord> records() {
        return entries.keySet();
    }

    /** Samples every thread's state each {@code periodNanos} until {@link #close}. */
    public void sample(long periodNanos) {
        if (sampler == null) {
            sampler = new TimelineSampler(this, Math.max(100_000L, periodNanos));
            sampler.start();
        }
    }

    public long startNanos() {
        return startNanos;
    }

    /** The cell's wall time; known once closed. */
    public long wallNanos() {
        return endNanos - startNanos;
    }

    /** The number of sampling rounds made (0 when not sampled). */
    public int samples() {
        return sampler == null ? 0 : sampler.samples();
    }

    /**
     * Waits a little for the threads that Python already counts as finished (a joined thread may
     * still be on its way out of the interpreter) so that they show as ended, not running:
     * those started during the measurement whose ident {@code pythonAlive} rejects.
     */
    public void settle(java.util.function.LongPredicate pythonAlive) {
        long deadline = System.nanoTime() + SETTLE_NANOS;
        for (Map.Entry<ThreadRecord, Base> e : entries.entrySet()) {
            ThreadRecord r = e.getKey();
            Thread t = r.thread();
            if (t == null || r.ended() || !e.getValue().startedDuring() || pythonAlive.test(r.ident())) {
                continue;
            }
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) {
                    t.join(left / 1_000_000L, (int) (left % 1_000_000L));
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The sampler's own CPU time (0 when not sampled); known once closed. */
    public long samplerCpuNanos() {
        return sampler == null ? 0 : sampler.cpuNanos();
    }

    /** Ends the measurement: the threads that ran Python code during it, in start order. */
    public List<ThreadRow> close() {
        if (sampler != null) {
            sampler.stop();
        }
        endNanos = System.nanoTime();
        registry.closed(this);
        List<ThreadRow> rows = new ArrayList<>();
        for (Map.Entry<ThreadRecord, Base> e : entries.entrySet()) {
            ThreadRow row = row(e.getKey(), e.getValue());
            if (row != null) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparingLong((ThreadRow r) -> r.record().order()));
        return rows;
    }

    private ThreadRow row(ThreadRecord r, Base base) {
        if (!r.started()) {
            return null;
        }
        long cpu = Math.max(0, r.cpuNanos(registry.clock()) - base.cpu());
        long blocked = Math.max(0, r.blockedNanos() - base.blocked());
        boolean ended = r.ended();
        long start = Math.max(0, r.startNanos() - startNanos);
        long end = ended ? Math.min(Math.max(start, r.endNanos() - startNanos), endNanos - startNanos)
                : endNanos - startNanos;
        boolean ranPython = r == own || base.startedDuring()
                || (cpu > 0 && blocked < end - start - IDLE_SLACK_NANOS);
        if (!ranPython) {
            return null;
        }
        Lane lane = sampler == null ? null : sampler.lane(r);
        return new ThreadRow(r, r.ident(), r.name(), r.cell(), !base.startedDuring(), start, end, !ended, cpu,
                Math.min(blocked, Math.max(0, end - start)), lane);
    }
}
