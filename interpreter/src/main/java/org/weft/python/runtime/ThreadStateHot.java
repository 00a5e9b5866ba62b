package org.weft.python.runtime;

/**
 * The fields of {@link ThreadState} that its thread writes on every call or poll, held between
 * {@link ThreadStatePadding} before them and ThreadState's own padding after them, so that each
 * thread's hot fields have their cache lines to themselves (see ThreadStatePadding for why).
 * Owned by ThreadState: nothing else reads these fields.
 */
abstract class ThreadStateHot extends ThreadStatePadding {
    int depth;
    int recursionLimit = ThreadState.DEFAULT_RECURSION_LIMIT;
    /** The handled-exception stack; entries may be null (a frame handling nothing). */
    PyBaseException[] handled = ThreadState.NO_HANDLED;
    int handledCount;
    /**
     * Set with ThreadState's interrupted flag and by its requestSafepoint(): the one field the
     * engine's polls read, so that a poll with nothing pending is one load and one predictable branch.
     */
    volatile boolean attention;
    /** The engine's innermost frame on this thread. */
    Object frame;
    /**
     * sys.setprofile's function, or null: read on every Python call (plain: only this thread sets
     * it, as CPython's profile function belongs to one thread state), so a run without a profiler
     * pays one load and one branch per call.
     */
    PyObject profiler;
    /**
     * sys.settrace's function, or null (also while one of its calls runs: hooks are not traced).
     * Read on every Python call as {@link #profiler} is, and set only by this thread.
     */
    PyObject tracer;
}
