package org.weft.python.threads;

import org.weft.python.runtime.ThreadState;

/**
 * The bracket around a blocking call ({@code time.sleep}, lock and queue waits, {@code join},
 * {@code input}, reads from pipes and terminals, the import lock): with the GIL on, the thread
 * gives it up while it waits, as CPython's Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS do;
 * with it off, the bracket costs a type check and a counter. Use as
 * <pre>
 *   PythonThread t = Blocking.begin(ts);
 *   try { ...wait... } finally { Blocking.end(t); }
 * </pre>
 * or, for a call that returns a value, {@code String line = Blocking.call(() -> stream.readLine());}.
 * Polls inside the wait ({@code ts.checkInterrupt()}) still raise KeyboardInterrupt but never
 * take the GIL.
 *
 * <p>Two rules keep the bracket from deadlocking. Inside it, run no Python code (it would run
 * without the GIL). And take inside it, not before it, any lock that a thread holding the GIL
 * may wait for (a stream's monitor): the bracket's end waits for the GIL, so entering it with
 * such a lock held could leave the GIL's holder waiting for the lock and this thread waiting for
 * the GIL. A {@code synchronized} read method is therefore wrapped whole:
 * {@code Blocking.call(() -> readLocked(n))}.
 */
public final class Blocking {

    private Blocking() {
    }

    /** A blocking operation that returns a value and may throw a checked exception (an IOException). */
    @FunctionalInterface
    public interface Wait<T, E extends Exception> {
        T get() throws E;
    }

    /** Starts a blocking wait on the calling thread (whose state is {@code ts}); pass the result to {@link #end}. */
    public static PythonThread begin(ThreadState ts) {
        if (ts.safepoint() instanceof PythonThread t) {
            ts.beginBlocked(ThreadState.Activity.WAITING);
            t.beginBlocking();
            return t;
        }
        return null;
    }

    /** Ends it: takes the GIL back when it is on. */
    public static void end(PythonThread t) {
        if (t != null) {
            t.state().endBlocked();
            t.endBlocking();
        }
    }

    /**
     * Runs {@code wait} on the calling thread without the GIL (when it is on) and returns its
     * value; its exceptions pass through. See the class comment for what may run inside.
     */
    public static <T, E extends Exception> T call(Wait<T, E> wait) throws E {
        PythonThread t = begin(ThreadState.current());
        try {
            return wait.get();
        } finally {
            end(t);
        }
    }
}
