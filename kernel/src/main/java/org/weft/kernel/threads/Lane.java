package org.weft.kernel.threads;

import java.util.Arrays;

/**
 * One thread's states over time, as a sampler saw them: run-length encoded, so a lane grows with
 * the number of changes, not of samples. Times are {@link System#nanoTime} values.
 *
 * <p>Threads: written by one sampler thread; read after that thread has been joined.
 */
public final class Lane {
    private long[] times = new long[16];
    private LaneState[] states = new LaneState[16];
    private int size;
    private long last;

    /** Records that the thread was in {@code state} at {@code nanos} (samples come in time order). */
    public void add(long nanos, LaneState state) {
        last = nanos;
        if (size > 0 && states[size - 1] == state) {
            return;
        }
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            states = Arrays.copyOf(states, size * 2);
        }
        times[size] = nanos;
        states[size] = state;
        size++;
    }

    /** The number of runs (state changes + 1). */
    public int runs() {
        return size;
    }

    /** When run {@code i} began. */
    public long start(int i) {
        return times[i];
    }

    /** When run {@code i} ended: the next run's start, or the last sample for the last run. */
    public long end(int i) {
        return i + 1 < size ? times[i + 1] : last;
    }

    public LaneState state(int i) {
        return states[i];
    }

    /** Nanoseconds spent in each state between the first and the last sample, by ordinal. */
    public long[] totals() {
        long[] out = new long[LaneState.values().length];
        for (int i = 0; i < size; i++) {
            out[states[i].ordinal()] += end(i) - start(i);
        }
        return out;
    }
}
