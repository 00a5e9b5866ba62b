package org.weft.python.runtime;

/**
 * {@code os._exit(n)} on the main thread: ends the run at once with status {@code n}. An
 * {@link Error}, not a {@link PyException}, so that no {@code except}, {@code finally} or
 * {@code with} block of the program runs on its way out (they catch Python exceptions and
 * {@link RuntimeException}s only); the embedder that started the run catches it, and neither
 * atexit callbacks nor finalizers run. No stack trace: it is control flow.
 */
public final class ProcessExit extends Error {

    private final int status;

    public ProcessExit(int status) {
        super("os._exit(" + status + ")", null, false, false);
        this.status = status;
    }

    /** The status passed to {@code os._exit}. */
    public int status() {
        return status;
    }
}
