package org.weft.kernel.threads;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import org.weft.python.runtime.ThreadState;

/**
 * Samples the state of every thread of a {@link Measurement} periodically (see {@link #period}),
 * on a daemon thread of its own, into one {@link Lane} per thread. A sample reads two volatile fields and the
 * JVM's thread state: it stops no thread, so the threads measured run at full speed.
 *
 * <p>Threads: the lanes are written by the measuring thread before the sampler thread starts,
 * then by the sampler thread only, and read after {@link #stop()} has joined it.
 */
final class TimelineSampler implements Runnable {
    private final Measurement measurement;
    private final long periodNanos;
    private final Map<ThreadRecord, Lane> lanes = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean stopping;
    private int samples;
    /** The sampler's own CPU time, known once it has stopped: what sampling cost. */
    private long cpuNanos;

    TimelineSampler(Measurement measurement, long periodNanos) {
        this.measurement = measurement;
        this.periodNanos = periodNanos;
        this.thread = new Thread(this, "weft-timeline");
        thread.setDaemon(true);
    }

    /**
     * Takes the first sample here, on the measuring thread, so that the lanes begin with the cell
     * even when a loaded machine is slow to schedule the new sampler thread (its start publishes
     * the lanes to it).
     */
    void start() {
        sampleAll(System.nanoTime());
        thread.start();
    }

    @Override
    public void run() {
        long start = System.nanoTime();
        while (!stopping) {
            long now = System.nanoTime();
            sampleAll(now);
            LockSupport.parkNanos(period(now - start));
        }
        sampleAll(System.nanoTime());
        cpuNanos = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private void sampleAll(long now) {
        samples++;
        for (ThreadRecord r : measurement.records()) {
            if (r.started()) {
                lanes.computeIfAbsent(r, k -> new Lane()).add(now, classify(r));
            }
        }
    }

    /**
     * The pause before the next sample: the interval asked for during the first second, twice it
     * until ten seconds, five times it after; a long cell's picture has a pixel per many samples
     * anyway, and this keeps its cost and its lanes small.
     */
    long period(long elapsedNanos) {
        if (elapsedNanos < 1_000_000_000L) {
            return periodNanos;
        }
        return elapsedNanos < 10_000_000_000L ? 2 * periodNanos : 5 * periodNanos;
    }

    /** Stops sampling (one last sample first) and waits for the sampler to finish. */
    void stop() {
        stopping = true;
        LockSupport.unpark(thread);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The lane of {@code r}, or null when it was never sampled. */
    Lane lane(ThreadRecord r) {
        return lanes.get(r);
    }

    int samples() {
        return samples;
    }

    long cpuNanos() {
        return cpuNanos;
    }

    /**
     * What {@code r}'s thread does now. A thread that runs by the interpreter's account but that
     * the JVM sees parked or blocked waits for something the interpreter does not bracket: the
     * GIL at a thread's start or after a wait, or a Java monitor.
     */
    static LaneState classify(ThreadRecord r) {
        if (r.ended()) {
            return LaneState.DONE;
        }
        ThreadState.Activity a = r.state().activity();
        if (a == ThreadState.Activity.SLEEPING) {
            return LaneState.SLEEPING;
        }
        if (a == ThreadState.Activity.WAITING) {
            return LaneState.WAITING;
        }
        Thread t = r.thread();
        Thread.State js = t == null ? Thread.State.RUNNABLE : t.getState();
        return switch (js) {
            case BLOCKED, WAITING, TIMED_WAITING -> LaneState.WAITING;
            case TERMINATED -> LaneState.DONE;
            default -> LaneState.RUNNING;
        };
    }
}
