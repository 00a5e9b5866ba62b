package org.weft.kernel;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.gson.JsonObject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.weft.kernel.bridge.KernelServices;
import org.weft.kernel.bridge.WeftKernelModule;
import org.weft.kernel.history.HistoryStore;
import org.weft.kernel.history.HistoryWriter;
import org.weft.kernel.output.CellInput;
import org.weft.kernel.output.CellStream;
import org.weft.kernel.output.OutputFlusher;
import org.weft.protocol.Channels;
import org.weft.protocol.Header;
import org.weft.protocol.Request;
import org.weft.python.Interpreter;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.Sinks;
import org.weft.python.runtime.ThreadState;

/**
 * The kernel: receives every request from the {@link Channels} and answers it. Executes go to
 * the {@link ExecutionThread} (Python's main thread) in order; everything else (kernel_info,
 * complete, inspect, is_complete, history, comms) is answered at once on the channel's own thread,
 * also while a cell runs; control (interrupt, shutdown) never waits for a cell.
 *
 * <p>Shared state, each a decision: the execution count and the current execution are written
 * by the execution thread only and read elsewhere (volatile); the interpreter, shell and the
 * introspection tools are set once at start-up, before {@link ExecutionThread#ready()} completes.
 */
public final class Kernel implements KernelServices {
    private static final Logger log = LoggerFactory.getLogger(Kernel.class);
    /** How long the atexit callbacks may take when the kernel stops. */
    private static final long AT_EXIT_MILLIS = 2000;

    private final Channels channels;
    private final KernelOptions options;
    private final OutputFlusher flusher = new OutputFlusher();
    private final ExecutionThread executor;
    private final AtomicInteger unstoredCells = new AtomicInteger();
    private final CompletableFuture<Integer> exitStatus = new CompletableFuture<>();
    /** Read after the sockets are up, off the path to the first kernel_info reply. */
    private final CompletableFuture<HistoryStore> history = new CompletableFuture<>();
    /** Writes the history file off the execution thread; made with the store. */
    private volatile HistoryWriter historyWriter;
    private volatile int executionCount;
    private volatile Execution current;
    /** When the last interrupt came ({@link System#nanoTime}); written by control, read by execution. */
    private volatile long lastInterrupt = System.nanoTime() - (1L << 40);
    private volatile Header lastParent;
    private volatile Interpreter interpreter;
    private volatile PythonShell shell;
    private volatile Introspection introspection;

    Kernel(Channels channels, KernelOptions options) {
        this.channels = channels;
        this.options = options;
        this.executor = new ExecutionThread(this, options.stackBytes());
    }

    /** Starts the execution thread (the interpreter warms up meanwhile) and the sockets. */
    void start() {
        executor.start();
        channels.start(this::handle);
        channels.publishStatus(null, "starting");
        try {
            HistoryStore store = new HistoryStore(options.historyFile());
            historyWriter = new HistoryWriter(store);
            history.complete(store);
        } catch (RuntimeException e) {
            history.completeExceptionally(e);
        }
    }

    /** Completes with the process's exit status once a shutdown request has been answered. */
    CompletableFuture<Integer> exitStatus() {
        return exitStatus;
    }

    // ---- requests ------------------------------------------------------------------------------

    private void handle(Request request) {
        String type = request.msgType();
        switch (type) {
            case "execute_request" -> executor.submit(request);
            case "shutdown_request" -> shutdown(request);
            case "interrupt_request" -> bracket(request, () -> interrupt(request));
            case "kernel_info_request" -> bracket(request,
                    () -> channels.reply(request, "kernel_info_reply", KernelInfo.content()));
            case "is_complete_request" -> bracket(request, () -> Introspection.isComplete(channels, request));
            case "complete_request" -> bracket(request, () -> introspection().complete(request));
            case "inspect_request" -> bracket(request, () -> introspection().inspect(request));
            case "history_request" -> bracket(request, () -> Introspection.history(channels, request, history()));
            case "comm_info_request" -> bracket(request, () -> Comms.info(channels, request));
            case "comm_open" -> bracket(request, () -> Comms.open(channels, request));
            case "comm_msg", "comm_close" -> bracket(request, () -> Comms.message(request));
            default -> log.warn("Unknown message type {} on {}: dropped", type, request.channel());
        }
    }

    /** Every request is bracketed by busy and idle on IOPub (messaging spec). */
    private void bracket(Request request, Runnable answer) {
        channels.publishStatus(request.header(), "busy");
        try {
            answer.run();
        } catch (RuntimeException | StackOverflowError e) {
            log.error("{} failed", request.msgType(), e);
            JsonObject error = new JsonObject();
            error.addProperty("status", "error");
            error.addProperty("ename", "KernelError");
            error.addProperty("evalue", String.valueOf(e.getMessage()));
            error.add("traceback", new com.google.gson.JsonArray());
            String replyType = request.msgType().replace("_request", "_reply");
            if (!replyType.equals(request.msgType())) {
                channels.reply(request, replyType, error);
            }
        } finally {
            channels.publishStatus(request.header(), "idle");
        }
    }

    private void interrupt(Request request) {
        interruptCell();
        JsonObject reply = new JsonObject();
        reply.addProperty("status", "ok");
        channels.reply(request, "interrupt_reply", reply);
    }

    /**
     * KeyboardInterrupt in the running cell (from interrupt_request or SIGINT), or in the cell that
     * was already queued when the interrupt came, should none be running yet (the kernel may be
     * starting or warming up). An interrupt while the kernel idles reaches no later cell.
     */
    void interruptCell() {
        lastInterrupt = System.nanoTime();
        Interpreter py = interpreter;
        if (py != null) {
            py.interruptMain();
        }
    }

    /** Whether an interrupt came after {@code arrivedNanos} (when a queued request arrived). */
    boolean interruptedSince(long arrivedNanos) {
        return lastInterrupt - arrivedNanos > 0;
    }

    private void shutdown(Request request) {
        boolean restart = ExecuteRequest.bool(request.message().content(), "restart", false);
        channels.publishStatus(request.header(), "busy");
        JsonObject reply = new JsonObject();
        reply.addProperty("status", "ok");
        reply.addProperty("restart", restart);
        channels.reply(request, "shutdown_reply", reply);
        // ipykernel also tells IOPub listeners (other clients) that the kernel is going.
        channels.publish(request.header(), "shutdown_reply", reply);
        channels.publishStatus(request.header(), "idle");
        log.info("shutdown requested (restart={})", restart);
        exitStatus.complete(0);
    }

    /** Ends the kernel: output flushed, sockets closed (pending replies sent), the interpreter left. */
    void close() {
        interruptCell();
        runAtExit();
        executor.stop();
        flusher.close();
        HistoryWriter writer = historyWriter;
        if (writer != null) {
            writer.close(); // writes what the last cells left, and an Out[n] a thread displayed after its cell
        }
        channels.close();
    }

    /**
     * The notebook's {@code atexit} callbacks, as ipykernel runs them when it stops; bounded in
     * time, since a callback that hangs must not keep a dying kernel alive.
     */
    private void runAtExit() {
        Interpreter py = interpreter;
        if (py == null || py.modules().getItem("atexit") == null) {
            return;
        }
        Thread t = new Thread(() -> {
            ThreadState ts = ThreadState.current();
            ts.setInterpreter(py);
            try {
                Ops.callMethod(py.modules().getItem("atexit"), "_run_exitfuncs");
            } catch (RuntimeException e) {
                log.warn("atexit callbacks failed: {}", e.toString());
            }
        }, "weft-atexit");
        t.setDaemon(true);
        t.start();
        try {
            t.join(AT_EXIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Introspection introspection() {
        executor.ready().join();
        return introspection;
    }

    // ---- for the execution thread ----------------------------------------------------------------

    /** Runs on the execution thread before the first cell: the interpreter and the shell. */
    void startPython() {
        Interpreter py = new Interpreter();
        py.addBuiltinModule(new WeftKernelModule(this));
        py.addBuiltinModule(new org.weft.kernel.threads.ThreadsModule(ThreadState.current(), () -> executionCount));
        py.addModuleResources(Kernel.class, "/org/weft/kernel/lib/");
        options.configure(py);
        ThreadState ts = ThreadState.current();
        ts.setInterpreter(py);
        // This thread is Python's main thread: threading.main_thread(), the target of interrupts.
        py.threads().claimMain(ts);
        var thread = py.threads().enter(ts);
        try {
            shell = PythonShell.start(py);
        } finally {
            py.threads().exit(thread);
        }
        interpreter = py;
        introspection = new Introspection(py, shell, channels);
        log.info("interpreter ready");
    }

    /**
     * Modules that the first cells almost always need (the result printer, threading, the
     * traceback formatter): imported while the kernel would otherwise wait for its first
     * execute_request, so that cell does not pay for them. One module at a time, and only while
     * {@code idle} says no request waits. On the execution thread, so {@code threading} sees the
     * right main thread.
     */
    private static final java.util.List<String> WARM_UP = java.util.List.of(
            "IPython.lib.pretty", "_weft_traceback", "threading", "time", "random",
            "concurrent.futures", "IPython.core.display", "inspect");

    void warmUp(java.util.function.BooleanSupplier idle) {
        Interpreter py = interpreter;
        ThreadState ts = ThreadState.current();
        for (String name : WARM_UP) {
            if (!idle.getAsBoolean()) {
                return;
            }
            var thread = py.threads().enter(ts);
            try {
                py.importer().importModule(name);
            } catch (RuntimeException e) {
                log.debug("warm-up import of {} failed: {}", name, e.toString());
            } finally {
                py.threads().exit(thread);
            }
        }
        log.debug("warm-up done");
    }

    /** Starts {@link JitWarmUp}; the execution thread calls it once, the first time it is idle. */
    void startJitWarmUp() {
        JitWarmUp.start(interpreter);
    }

    Channels channels() {
        return channels;
    }

    OutputFlusher flusher() {
        return flusher;
    }

    Interpreter interpreter() {
        return interpreter;
    }

    PythonShell shell() {
        return shell;
    }

    HistoryStore history() {
        return history.join();
    }

    /**
     * Has the history lines cells have stored ({@link HistoryStore#storeDeferred}) written soon, on
     * the history writer's thread; called when no request waits.
     */
    void writeHistory() {
        HistoryWriter writer = historyWriter;
        if (writer != null) {
            writer.request();
        }
    }

    /** The number of the cell about to run: the next one when it is stored, else the last one. */
    int nextExecutionCount(boolean store) {
        if (store) {
            executionCount = executionCount + 1;
        }
        return executionCount;
    }

    int nextUnstoredCell() {
        return unstoredCells.incrementAndGet();
    }

    void setCurrent(Execution execution) {
        current = execution;
        if (execution != null) {
            lastParent = execution.parent();
        }
    }

    void publishStream(Header parent, String name, String text) {
        JsonObject content = new JsonObject();
        content.addProperty("name", name);
        content.addProperty("text", text);
        channels.publish(parent, "stream", content);
    }

    // ---- KernelServices: what Python code asks of the kernel -------------------------------------

    @Override
    public void publish(String msgType, JsonObject content) {
        Header parent = CellStream.flushCell(ThreadState.current().sinks());
        if (parent == null) {
            parent = lastParent;
        }
        if ("execute_result".equals(msgType)) {
            storeOutput(content);
        }
        channels.publish(parent, msgType, content);
    }

    /** Out[N]'s text in history, for history requests with {@code output: true}. */
    private void storeOutput(JsonObject result) {
        int count = ExecuteRequest.integer(result, "execution_count", 0);
        JsonObject data = result.has("data") && result.get("data").isJsonObject()
                ? result.getAsJsonObject("data") : new JsonObject();
        if (count > 0 && data.has("text/plain")) {
            history().storeOutputDeferred(count, data.get("text/plain").getAsString());
        }
    }

    @Override
    public void payload(JsonObject payload) {
        Execution e = current;
        if (e != null) {
            e.addPayload(payload);
        }
    }

    @Override
    public String input(String prompt, boolean password) {
        Sinks sinks = ThreadState.current().sinks();
        if (sinks != null && sinks.stdin() instanceof CellInput in) {
            return in.ask(prompt, password);
        }
        throw PyErr.format(PyExc.EOFError, "EOF when reading a line");
    }

    @Override
    public String pinfo(String expression, int detail) {
        return introspection.pinfo(expression, detail);
    }

    @Override
    public String system(String command, boolean capture) {
        return ShellCommand.run(command, capture, interpreter);
    }

    @Override
    public List<HistoryStore.Entry> history(JsonObject q) {
        HistoryStore store = history();
        List<HistoryStore.Entry> entries = switch (ExecuteRequest.text(q, "hist_access_type")) {
            case "tail" -> store.tail(ExecuteRequest.integer(q, "n", 10), false);
            case "range" -> store.range(ExecuteRequest.integer(q, "session", 0),
                    ExecuteRequest.integer(q, "start", 0), ExecuteRequest.integer(q, "stop", 0), false);
            case "search" -> store.search(ExecuteRequest.text(q, "pattern"), ExecuteRequest.integer(q, "n", -1),
                    ExecuteRequest.bool(q, "unique", false), false);
            default -> List.of();
        };
        int current = store.session();
        return entries.stream()
                .map(e -> e.session() == current ? new HistoryStore.Entry(0, e.line(), e.source(), null) : e)
                .toList();
    }
}
