package org.weft.python.modules;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import org.weft.python.threads.PythonThreads;

/**
 * {@code signal.alarm}: SIGALRM for the main thread after a number of seconds; one per
 * interpreter, a new one replacing the last. The timer is the JDK's delayed executor (its own
 * daemon thread); cancelling is forgetting the pending alarm's token. Guarded by this.
 */
final class SignalAlarm {

    private final PythonThreads threads;
    /** The pending alarm (compared by identity), or null. */
    private Object token;
    private long deadlineNanos;

    SignalAlarm(PythonThreads threads) {
        this.threads = threads;
    }

    /** Schedules SIGALRM in {@code seconds} (0: none); returns the seconds left of the previous alarm. */
    // CPython: signal_alarm_impl over alarm(2); the remainder is rounded as Linux's alarm_setitimer does.
    synchronized long set(long seconds) {
        long left = token == null ? 0 : Math.max(0, deadlineNanos - System.nanoTime());
        token = null;
        if (seconds > 0) {
            Object mine = new Object();
            token = mine;
            deadlineNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            Executor later = CompletableFuture.delayedExecutor(seconds, TimeUnit.SECONDS);
            later.execute(() -> fire(mine));
        }
        long secs = left / 1_000_000_000L;
        long micros = (left % 1_000_000_000L) / 1000;
        return (secs == 0 && micros > 0) || micros >= 500_000 ? secs + 1 : secs;
    }

    private void fire(Object mine) {
        synchronized (this) {
            if (token != mine) {
                return;
            }
            token = null;
        }
        threads.signalMain(14);
    }
}
