package org.weft.kernel.threads;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of JVM threads, from the platform's {@link ThreadMXBean}: one thread's, the calling
 * thread's, and the sum over live threads; and the process's user and system clock ticks. Times
 * are nanoseconds; -1 means the thread is gone (or the platform cannot tell).
 *
 * <p>Threads: stateless apart from the MXBean, which is thread-safe.
 */
public final class CpuClock {
    private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();

    public CpuClock() {
        if (mx.isThreadCpuTimeSupported() && !mx.isThreadCpuTimeEnabled()) {
            mx.setThreadCpuTimeEnabled(true);
        }
    }

    /** Total (user + system) CPU time of the thread with this id, or -1 when it has ended. */
    public long cpu(long id) {
        return mx.getThreadCpuTime(id);
    }

    /** The calling thread's total CPU time. */
    public long currentCpu() {
        return mx.getCurrentThreadCpuTime();
    }

    /** The ids of the live threads of the JVM. */
    public long[] liveIds() {
        return mx.getAllThreadIds();
    }

    /**
     * {user, system} CPU time of the process in clock ticks, from {@code /proc/self/stat} (fields
     * utime and stime), or null where there is no such file. Coarse (a tick is 10 ms) but both
     * halves have the same grain, so their ratio splits a precise total into user and system time;
     * the JVM's per-thread user time has that grain too, and the precise total minus it does not
     * make a system time.
     */
    public long[] processTicks() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            // The command name (field 2) is in parentheses and may hold spaces: count from its end.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" +");
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12])};
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** Total CPU nanoseconds summed over {@code ids}, skipping the ones {@code skip} names. */
    public long sum(long[] ids, java.util.function.LongPredicate skip) {
        long total = 0;
        for (long id : ids) {
            if (!skip.test(id)) {
                total += Math.max(0, mx.getThreadCpuTime(id));
            }
        }
        return total;
    }
}
