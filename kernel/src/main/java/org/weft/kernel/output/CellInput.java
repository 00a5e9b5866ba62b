package org.weft.kernel.output;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.weft.protocol.Message;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.Sinks;
import org.weft.python.runtime.ThreadState;
import org.weft.python.threads.Blocking;
import org.weft.python.threads.PythonThread;

/**
 * A cell's {@code sys.stdin}: each line read is an {@code input_request} to the client that sent
 * the cell, answered by its {@code input_reply} (protocol: stdin channel). The wait wakes for
 * KeyboardInterrupt (an interrupt request while {@code input()} waits) and, with the GIL on,
 * gives the GIL up.
 */
public final class CellInput implements Sinks.Input {
    /** How long one wait slice lasts: how late an interrupt is noticed at worst. */
    private static final long SLICE_MS = 20;

    /** Sends the request; the future completes with the client's input_reply. */
    @FunctionalInterface
    public interface Requester {
        CompletableFuture<Message> request(String prompt, boolean password);
    }

    private final boolean allowed;
    private final Requester requester;
    private final Runnable flushOutput;
    private final java.util.function.Supplier<PyException> notAllowed;

    /**
     * @param allowed the request's {@code allow_stdin}
     * @param flushOutput publishes the cell's pending output first, so the prompt follows it
     * @param notAllowed the error when the client cannot answer (IPython's StdinNotImplementedError)
     */
    public CellInput(boolean allowed, Requester requester, Runnable flushOutput,
                     java.util.function.Supplier<PyException> notAllowed) {
        this.allowed = allowed;
        this.requester = requester;
        this.flushOutput = flushOutput;
        this.notAllowed = notAllowed;
    }

    /** {@code sys.stdin.readline()}: one line with its newline. */
    @Override
    public String readLine() {
        return ask("", false) + "\n";
    }

    /** {@code getpass.getpass(prompt)}: asked in the front end's password box. */
    @Override
    public String readPassword(String prompt) {
        return ask(prompt, true);
    }

    /** {@code input(prompt)} and {@code getpass(prompt)}: the line the user typed, without newline. */
    public String ask(String prompt, boolean password) {
        if (!allowed) {
            throw notAllowed.get();
        }
        flushOutput.run();
        CompletableFuture<Message> reply = requester.request(prompt, password);
        Message answer = await(reply);
        JsonObject content = answer.content();
        JsonElement value = content == null ? null : content.get("value");
        return value == null || value.isJsonNull() ? "" : value.getAsString();
    }

    private static Message await(CompletableFuture<Message> reply) {
        ThreadState ts = ThreadState.current();
        PythonThread blocked = Blocking.begin(ts);
        try {
            while (true) {
                if (ts.isInterrupted()) {
                    reply.cancel(false);
                    ts.checkInterrupt();
                }
                try {
                    return reply.get(SLICE_MS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // next slice
                }
            }
        } catch (InterruptedException e) {
            reply.cancel(false);
            Thread.currentThread().interrupt();
            throw PyErr.of(PyExc.KeyboardInterrupt);
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // The kernel is closing (the pending request was cancelled): end of input.
            throw PyErr.format(PyExc.EOFError, "EOF when reading a line");
        } finally {
            Blocking.end(blocked);
        }
    }
}
