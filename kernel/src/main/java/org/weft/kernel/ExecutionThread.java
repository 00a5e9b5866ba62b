package org.weft.kernel;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

import com.google.gson.JsonObject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.weft.protocol.Request;

/**
 * Python's main thread: it starts the interpreter and the shell, then runs the execute requests
 * one at a time in arrival order. After a cell fails with {@code stop_on_error}, the executes
 * already waiting are answered {@code aborted} without running, as ipykernel does; so are those
 * that arrive within {@link #ABORT_WINDOW_NANOS} of the failure but were sent (their header's
 * date) before it: a client sent them together with the failing one ("Run all") and they were
 * still on their way through the socket (ipykernel flushes its shell stream for the same end).
 * A cell sent after the client saw the error runs.
 *
 * <p>Shared state: the queue (the shell thread adds, this thread takes); the failure marks are
 * this thread's own.
 */
final class ExecutionThread {
    private static final Logger log = LoggerFactory.getLogger(ExecutionThread.class);
    /** Puts the thread out of its loop (identity compared). */
    private static final Request STOP = new Request(null, null);

    static final long ABORT_WINDOW_NANOS = 1_000_000_000L;

    /** A request and when it reached the kernel. */
    private record Queued(Request request, long arrived) {
    }

    private final Kernel kernel;
    private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>();
    private long failedNanos = System.nanoTime() - ABORT_WINDOW_NANOS;
    private java.time.Instant failedAt = java.time.Instant.MIN;
    private final Thread thread;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    ExecutionThread(Kernel kernel, long stackBytes) {
        this.kernel = kernel;
        // Python threads need deep stacks (DESIGN.md, free-threading rule 1).
        this.thread = new Thread(null, this::loop, "weft-execute", stackBytes);
    }

    /** Starts the thread; {@link #ready} completes once the interpreter and shell are up. */
    void start() {
        thread.start();
    }

    CompletableFuture<Void> ready() {
        return ready;
    }

    void submit(Request request) {
        queue.add(new Queued(request, System.nanoTime()));
    }

    void stop() {
        queue.add(new Queued(STOP, System.nanoTime()));
    }

    private void loop() {
        try {
            kernel.startPython();
            ready.complete(null);
            long started = System.nanoTime();
            kernel.warmUp(() -> queue.isEmpty() && !kernel.interruptedSince(started));
        } catch (RuntimeException | Error e) {
            log.error("the interpreter did not start", e);
            ready.completeExceptionally(e);
            return;
        }
        boolean jitWarmUpStarted = false;
        while (true) {
            Queued next = queue.poll();
            if (next == null) {
                if (!jitWarmUpStarted) {
                    // Not before: its CPU would slow the warm-up imports and the first cell.
                    kernel.startJitWarmUp();
                    jitWarmUpStarted = true;
                }
                kernel.writeHistory(); // soon, on the history thread: never between a request and its answer
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    return;
                }
            }
            if (next.request() == STOP) {
                return;
            }
            if (abortable(next)) {
                abort(next.request());
            } else {
                runOne(next);
            }
        }
    }

    private void runOne(Queued queued) {
        Request request = queued.request();
        Execution execution = new Execution(kernel, request);
        // An interrupt that came before this cell was sent is not for it; one that came after is
        // (even if warm-up work swallowed it). Decided before the cell becomes current, so that
        // an interrupt arriving from now on lands in it.
        org.weft.python.runtime.ThreadState ts = org.weft.python.runtime.ThreadState.current();
        if (kernel.interruptedSince(queued.arrived())) {
            ts.interrupt();
        } else {
            ts.clearInterrupt();
        }
        kernel.setCurrent(execution);
        try {
            execution.run();
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of ours: logged, and the kernel keeps serving.
            log.error("execute_request failed inside the kernel", e);
        } finally {
            kernel.setCurrent(null);
        }
        if (execution.failedAt() != null && ExecuteRequest.bool(request.message().content(), "stop_on_error", true)) {
            // Marked before the error was published: a client that saw the error and sent the
            // next cell always sent it later than this.
            failedNanos = execution.failedNanos();
            failedAt = execution.failedAt();
        }
    }

    private boolean abortable(Queued q) {
        long sinceFailure = q.arrived() - failedNanos;
        if (sinceFailure <= 0) {
            return true;
        }
        if (sinceFailure > ABORT_WINDOW_NANOS) {
            return false;
        }
        try {
            return q.request().header().instant().isBefore(failedAt);
        } catch (RuntimeException unparsable) {
            return false;
        }
    }

    /** ipykernel's _send_abort_reply: content and metadata {@code {"status": "aborted"}}. */
    private void abort(Request r) {
        kernel.channels().publishStatus(r.header(), "busy");
        JsonObject aborted = new JsonObject();
        aborted.addProperty("status", "aborted");
        JsonObject md = new JsonObject();
        md.addProperty("status", "aborted");
        kernel.channels().reply(r, "execute_reply", aborted, md);
        kernel.channels().publishStatus(r.header(), "idle");
    }
}
