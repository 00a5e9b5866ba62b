package org.weft.python.modules;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.ThreadState;
import org.weft.python.threads.Blocking;
import org.weft.python.threads.PythonThread;

/**
 * Blocking waits that wake for KeyboardInterrupt (DESIGN.md, free-threading rule 7): a wait is cut
 * into slices of at most {@link #SLICE_NANOS}, and the thread's interrupt flag is polled between
 * them; with the GIL on, the wait gives it up ({@link Blocking}). Also parses the
 * {@code (blocking, timeout)} pair of {@code acquire} as CPython does.
 */
final class LockWaits {

    private LockWaits() {
    }

    /** Longest uninterrupted wait: how late a blocked thread may notice an interrupt. */
    static final long SLICE_NANOS = 20_000_000L;

    /** {@code _thread.TIMEOUT_MAX}, CPython's value on 64-bit Linux (PY_TIMEOUT_MAX in seconds). */
    static final double TIMEOUT_MAX = 9223372036.0;

    /** Wait forever. */
    static final long FOREVER = -1;

    /** One slice of a wait: try for at most {@code nanos}; true when the thing waited for happened. */
    @FunctionalInterface
    interface TimedTry {
        boolean tryFor(long nanos) throws InterruptedException;
    }

    /**
     * Waits until {@code attempt} succeeds (true) or {@code timeoutNanos} pass (false; {@link #FOREVER}
     * never times out), raising KeyboardInterrupt when the thread is interrupted meanwhile.
     */
    static boolean await(TimedTry attempt, long timeoutNanos) {
        ThreadState ts = ThreadState.current();
        long deadline = timeoutNanos < 0 ? 0 : System.nanoTime() + timeoutNanos;
        PythonThread blocked = Blocking.begin(ts);
        try {
            while (true) {
                ts.checkInterrupt();
                long left = timeoutNanos < 0 ? SLICE_NANOS : deadline - System.nanoTime();
                if (left <= 0) {
                    return attempt.tryFor(0);
                }
                if (attempt.tryFor(Math.min(left, SLICE_NANOS))) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            // The embedder interrupted the Java thread (e.g. a hung test): surface it as Python's interrupt.
            throw PyErr.of(PyExc.KeyboardInterrupt);
        } finally {
            Blocking.end(blocked);
        }
    }

    /**
     * The wait an {@code acquire(blocking, timeout)} asks for: 0 (try once), {@link #FOREVER}, or
     * nanoseconds. {@code blocking}/{@code timeout} are null when not given.
     */
    // CPython: lock_acquire_parse_args in _threadmodule.c
    static long acquireTimeout(PyObject blocking, PyObject timeout) {
        boolean block = blocking == null || Ops.isTrue(blocking);
        if (timeout == null) {
            return block ? FOREVER : 0;
        }
        double t = seconds(timeout);
        if (!block && t != -1) {
            throw PyErr.valueError("can't specify a timeout for a non-blocking call");
        }
        if (t < 0 && t != -1) {
            throw PyErr.valueError("timeout value must be positive");
        }
        if (!block) {
            return 0;
        }
        return t == -1 ? FOREVER : (long) (t * 1e9);
    }

    /**
     * A timeout in seconds, as CPython's _PyTime_FromSecondsObject reads it: a float or an
     * integer-like object; NaN and values beyond the nanosecond range raise.
     */
    static double seconds(PyObject timeout) {
        double t = timeout instanceof PyFloat f ? f.value() : Ops.index(timeout).doubleValue();
        if (Double.isNaN(t)) {
            throw PyErr.valueError("Invalid value NaN (not a number)");
        }
        if (Math.abs(t) * 1e9 >= 9.223372036854776E18) {
            throw PyErr.overflowError("timestamp out of range for platform time_t");
        }
        if (t > TIMEOUT_MAX) {
            throw PyErr.overflowError("timeout value is too large");
        }
        return t;
    }
}
