package org.weft.kernel;

import java.util.ArrayList;
import java.util.List;
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
 * already waiting are answered {@code aborted} without running, as ipykernel does.
 *
 * <p>Shared state: the queue (the shell thread adds, this thread takes).
 */
final class ExecutionThread {
    private static final Logger log = LoggerFactory.getLogger(ExecutionThread.class);
    /** Puts the thread out of its loop (identity compared). */
    private static final Request STOP = new Request(null, null);

    private final Kernel kernel;
    private final BlockingQueue<Request> queue = new LinkedBlockingQueue<>();
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
        queue.add(request);
    }

    void stop() {
        queue.add(STOP);
    }

    boolean isCurrent() {
        return Thread.currentThread() == thread;
    }

    private void loop() {
        try {
            kernel.startPython();
            ready.complete(null);
        } catch (RuntimeException | Error e) {
            log.error("the interpreter did not start", e);
            ready.completeExceptionally(e);
            return;
        }
        while (true) {
            Request next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (next == STOP) {
                return;
            }
            runOne(next);
        }
    }

    private void runOne(Request request) {
        Execution execution = new Execution(kernel, request);
        kernel.setCurrent(execution);
        boolean failed;
        try {
            failed = execution.run();
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of ours: logged, and the kernel keeps serving.
            log.error("execute_request failed inside the kernel", e);
            failed = true;
        } finally {
            kernel.setCurrent(null);
        }
        if (failed && ExecuteRequest.bool(request.message().content(), "stop_on_error", true)) {
            abortWaiting();
        }
    }

    private void abortWaiting() {
        List<Request> waiting = new ArrayList<>();
        queue.drainTo(waiting);
        for (Request r : waiting) {
            if (r == STOP) {
                queue.add(STOP);
                continue;
            }
            kernel.channels().publishStatus(r.header(), "busy");
            JsonObject aborted = new JsonObject();
            aborted.addProperty("status", "aborted");
            JsonObject md = new JsonObject();
            md.addProperty("status", "aborted");
            kernel.channels().reply(r, "execute_reply", aborted, md);
            kernel.channels().publishStatus(r.header(), "idle");
        }
    }
}
