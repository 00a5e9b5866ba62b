package org.weft.kernel.threads;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

import org.weft.python.runtime.ThreadState;

/**
 * Every Python thread the kernel's execution thread started, directly or through other threads,
 * and the execution thread itself: the observer set on the execution thread's state, inherited by
 * each thread it starts. Also keeps the CPU time of the threads that have ended, so that the
 * process's CPU time ({@link #processCpu}) still counts them.
 *
 * <p>Threads: shared by every Python thread of the kernel. Records live in concurrent maps; the
 * ended totals are atomics; open measurements are a copy-on-write list. The observer methods run
 * on the threads they name and take no lock but the maps' own.
 */
public final class ThreadRegistry implements ThreadState.Observer {
    private final CpuClock clock;
    private final IntSupplier cellCount;
    private final ThreadRecord main;
    /** Threads made and not yet ended, by state (a record is here from creation to its end). */
    private final Map<ThreadState, ThreadRecord> live = new ConcurrentHashMap<>();
    /** Ended threads whose JVM thread may still be alive, by id: skipped by {@link #processCpu}. */
    private final Map<Long, Boolean> endedIds = new ConcurrentHashMap<>();
    private final AtomicLong endedCpu = new AtomicLong();
    private final AtomicLong order = new AtomicLong();
    private final List<Measurement> open = new CopyOnWriteArrayList<>();

    /**
     * Watches {@code mainState} (the calling thread's state: the kernel's execution thread) and every
     * thread started from it; {@code cellCount} says which cell runs now.
     */
    public ThreadRegistry(ThreadState mainState, IntSupplier cellCount, CpuClock clock) {
        this.clock = clock;
        this.cellCount = cellCount;
        this.main = new ThreadRecord(mainState, 0, 0);
        main.start(Thread.currentThread(), System.nanoTime());
        main.setName("MainThread");
        live.put(mainState, main);
        mainState.setObserver(this);
    }

    public CpuClock clock() {
        return clock;
    }

    public ThreadRecord main() {
        return main;
    }

    // ---- ThreadState.Observer --------------------------------------------------------------------

    @Override
    public void created(ThreadState parent, ThreadState child) {
        ThreadRecord p = live.get(parent);
        int cell = p == null || p == main ? cellCount.getAsInt() : p.cell();
        live.put(child, new ThreadRecord(child, cell, order.incrementAndGet()));
    }

    @Override
    public void started(ThreadState ts) {
        ThreadRecord r = live.get(ts);
        if (r == null) {
            return;
        }
        r.start(Thread.currentThread(), System.nanoTime());
        for (Measurement m : open) {
            m.started(r);
        }
    }

    @Override
    public void ended(ThreadState ts) {
        ThreadRecord r = live.remove(ts);
        if (r == null || r == main) {
            return;
        }
        long cpu = Math.max(0, clock.currentCpu());
        endedIds.put(Thread.currentThread().getId(), Boolean.TRUE);
        r.end(System.nanoTime(), cpu);
        endedCpu.addAndGet(cpu);
    }

    // ---- queries -----------------------------------------------------------------------------------

    /** The threads that have started and not ended, in start order (the execution thread first). */
    public List<ThreadRecord> liveThreads() {
        List<ThreadRecord> out = new ArrayList<>();
        for (ThreadRecord r : live.values()) {
            if (r.started() && !r.ended()) {
                out.add(r);
            }
        }
        out.sort(java.util.Comparator.comparingLong(ThreadRecord::order));
        return out;
    }

    /** The live record of the thread with this ident, or null. */
    public ThreadRecord byIdent(long ident) {
        for (ThreadRecord r : live.values()) {
            if (r.ident() == ident) {
                return r;
            }
        }
        return null;
    }

    /** The number of threads started so far (the last {@link ThreadRecord#order()} given). */
    public long startedCount() {
        return order.get();
    }

    /**
     * CPU nanoseconds of the whole process: every live JVM thread plus the Python threads that
     * have ended (each counted once, also while its JVM thread is still finishing).
     */
    public long processCpu() {
        long[] ids = clock.liveIds();
        java.util.Set<Long> alive = new java.util.HashSet<>();
        for (long id : ids) {
            alive.add(id);
        }
        // An ended thread's id is only needed while its JVM thread still lives.
        endedIds.keySet().removeIf(id -> !alive.contains(id));
        return clock.sum(ids, endedIds::containsKey) + endedCpu.get();
    }

    // ---- measurements -------------------------------------------------------------------------------

    /** Starts measuring the calling thread's cell: every thread live now or started from now on. */
    public Measurement open(ThreadState own) {
        ThreadRecord self = live.get(own);
        Measurement m = new Measurement(this, self);
        open.add(m);
        for (ThreadRecord r : live.values()) {
            if (r.started() && !r.ended()) {
                m.baseline(r);
            }
        }
        return m;
    }

    void closed(Measurement m) {
        open.remove(m);
    }
}
