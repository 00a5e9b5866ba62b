package org.weft.kernel;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.weft.kernel.output.CellInput;
import org.weft.kernel.output.CellStream;
import org.weft.kernel.syntax.IPythonSyntax;
import org.weft.protocol.Channels;
import org.weft.protocol.Header;
import org.weft.protocol.Request;
import org.weft.python.Interpreter;
import org.weft.python.RunResult;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.Sinks;
import org.weft.python.runtime.ThreadState;
import org.weft.python.threads.PythonThread;

/**
 * One {@code execute_request}, run on the execution thread: IOPub {@code busy},
 * {@code execute_input}, the cell's output, {@code execute_result} or {@code error}, then the
 * reply and {@code idle}, in that order (messaging spec; ipykernel's order).
 *
 * <p>The cell gets its own {@link Sinks}: streams whose parent is this request, so that what any
 * thread the cell starts prints or displays goes to this cell, also after it has finished.
 */
final class Execution {
    private final Kernel kernel;
    private final Request request;
    private final ExecuteRequest content;
    /** Payloads (page, set_next_input) added while the cell runs; only the execution thread adds. */
    private final List<JsonObject> payloads = new ArrayList<>();
    /** When the cell's error became known, before anyone was told (null: no error). */
    private java.time.Instant failedAt;
    private long failedNanos;

    Execution(Kernel kernel, Request request) {
        this.kernel = kernel;
        this.request = request;
        this.content = ExecuteRequest.of(request.message().content());
    }

    Header parent() {
        return request.header();
    }

    /** When the cell failed (before its error was published), or null when it did not. */
    java.time.Instant failedAt() {
        return failedAt;
    }

    /** {@link #failedAt} on the {@link System#nanoTime} clock. */
    long failedNanos() {
        return failedNanos;
    }

    /** Runs the cell and answers; {@link #failedAt} tells whether it raised (for stop_on_error). */
    void run() {
        Channels channels = kernel.channels();
        Header parent = request.header();
        channels.publishStatus(parent, "busy");
        int count = kernel.nextExecutionCount(content.storeHistory());
        if (!content.silent()) {
            JsonObject input = new JsonObject();
            input.addProperty("code", content.code());
            input.addProperty("execution_count", count);
            channels.publish(parent, "execute_input", input);
        }
        CellStream out = new CellStream("stdout", parent, kernel::publishStream, kernel.flusher());
        CellStream err = new CellStream("stderr", parent, kernel::publishStream, kernel.flusher());
        Runnable flush = () -> {
            out.drain(true);
            err.drain(true);
        };
        CellInput in = new CellInput(content.allowStdin(),
                (prompt, password) -> channels.requestInput(request, prompt, password),
                flush, () -> kernel.shell().stdinNotImplemented());
        Sinks sinks = new Sinks(out, err, in);
        JsonObject reply = runWith(sinks, count, flush);
        flush.run();
        channels.reply(request, "execute_reply", reply, replyMetadata(reply));
        channels.publishStatus(parent, "idle");
    }

    /** Adds a payload to this cell's reply (from {@code _weft_kernel.payload}). */
    void addPayload(JsonObject payload) {
        synchronized (payloads) {
            payloads.add(payload);
        }
    }

    private JsonObject runWith(Sinks sinks, int count, Runnable flush) {
        Interpreter py = kernel.interpreter();
        ThreadState ts = ThreadState.current();
        Sinks previous = ts.sinks();
        ts.setSinks(sinks);
        PythonThread thread = py.threads().enter(ts);
        try {
            return execute(count, flush);
        } finally {
            py.threads().exit(thread);
            ts.setSinks(previous);
        }
    }

    private JsonObject execute(int count, Runnable flush) {
        PythonShell shell = kernel.shell();
        boolean store = content.storeHistory();
        JsonObject reply = new JsonObject();
        ErrorReport error = null;
        try {
            if (store) {
                kernel.history().storeDeferred(count, content.code());
            }
            shell.preRunCell(count, content.code(), store);
            String python = IPythonSyntax.transform(content.code());
            String name = cellName(count, store);
            shell.cacheSource(name, content.code());
            RunResult result = kernel.interpreter().runCell(python, name, ts().sinks());
            if (result.failed()) {
                error = shell.formatError(result.exception());
            } else if (!content.silent() && result.value() != null && result.value() != PyNone.NONE) {
                shell.displayhook(result.value(), count, store);
            }
        } catch (PyException e) {
            error = shell.formatError(e);
        }
        if (error == null && content.userExpressions().size() > 0) {
            reply.add("user_expressions", userExpressions(shell));
        }
        try {
            shell.postRunCell(count, store);
        } catch (PyException ignored) {
            // bookkeeping only; the cell's own outcome stands
        }
        return finish(reply, error, count, flush);
    }

    private JsonObject userExpressions(PythonShell shell) {
        try {
            return shell.userExpressions(content.userExpressions());
        } catch (RuntimeException e) {
            return new JsonObject();
        }
    }

    private JsonObject finish(JsonObject reply, ErrorReport error, int count, Runnable flush) {
        if (error != null) {
            JsonObject errorContent = error.content();
            failedNanos = System.nanoTime();
            failedAt = java.time.Instant.now();
            flush.run();
            if (error.traceback().isEmpty()) {
                // A usage error (a magic's bad arguments): one line on stderr, as IPython shows it.
                ts().sinks().stderr().write(error.ename() + ": " + error.evalue() + "\n");
                flush.run();
            } else {
                kernel.channels().publish(request.header(), "error", errorContent);
                kernel.shell().afterError();
                flush.run();
            }
            reply.addProperty("status", "error");
            errorContent.entrySet().forEach(e -> reply.add(e.getKey(), e.getValue()));
        } else {
            reply.addProperty("status", "ok");
        }
        reply.addProperty("execution_count", count);
        if (!reply.has("user_expressions")) {
            reply.add("user_expressions", new JsonObject());
        }
        JsonArray payload = new JsonArray();
        synchronized (payloads) {
            payloads.forEach(payload::add);
        }
        reply.add("payload", payload);
        return reply;
    }

    private static JsonObject replyMetadata(JsonObject reply) {
        // ipykernel's metadata: started time and dependencies are for parallel engines; status matters to clients.
        JsonObject md = new JsonObject();
        md.addProperty("status", reply.get("status").getAsString());
        return md;
    }

    private static ThreadState ts() {
        return ThreadState.current();
    }

    /**
     * The file name a cell's code runs under; tracebacks show it as {@code Cell In [N]}. A cell not
     * stored in history gets a name of its own, so its source never replaces stored cell N's lines.
     */
    private String cellName(int count, boolean stored) {
        return stored ? "<cell " + count + ">" : "<cell " + count + "~" + kernel.nextUnstoredCell() + ">";
    }
}
