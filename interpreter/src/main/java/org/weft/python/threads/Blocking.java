package org.weft.python.threads;

import org.weft.python.runtime.ThreadState;

/**
 * The bracket around a blocking call ({@code time.sleep}, lock and queue waits, {@code join},
 * {@code input}, the import lock): with the GIL on, the thread gives it up while it waits, as
 * CPython's Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS do; with it off, the bracket costs a
 * type check and a counter. Use as
 * <pre>
 *   PythonThread t = Blocking.begin(ts);
 *   try { ...wait... } finally { Blocking.end(t); }
 * </pre>
 * Polls inside the wait ({@code ts.checkInterrupt()}) still raise KeyboardInterrupt but never
 * take the GIL.
 */
public final class Blocking {

    private Blocking() {
    }

    /** Starts a blocking wait on the calling thread (whose state is {@code ts}); pass the result to {@link #end}. */
    public static PythonThread begin(ThreadState ts) {
        if (ts.safepoint() instanceof PythonThread t) {
            t.beginBlocking();
            return t;
        }
        return null;
    }

    /** Ends it: takes the GIL back when it is on. */
    public static void end(PythonThread t) {
        if (t != null) {
            t.endBlocking();
        }
    }
}
