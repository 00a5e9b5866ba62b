package org.weft.protocol;

import com.google.gson.JsonObject;
import com.google.gson.annotations.SerializedName;
import java.net.BindException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny kernel for tests, built only from {@link Channels}: it answers {@code kernel_info},
 * "executes" code by echoing it as stdout, and shuts down. Code {@code input:PROMPT} asks for a
 * line on stdin and echoes the answer; code {@code threads:T} prints 50 lines from each of T
 * threads at once; {@code crash_request} throws on the shell thread. Every request is bracketed
 * by busy and idle on IOPub, as a real kernel's is.
 */
final class EchoKernel implements AutoCloseable {
    record LanguageInfo(String name, String version, String mimetype,
            @SerializedName("file_extension") String fileExtension) {
    }

    record KernelInfoReply(
            String status,
            @SerializedName("protocol_version") String protocolVersion,
            String implementation,
            @SerializedName("implementation_version") String implementationVersion,
            @SerializedName("language_info") LanguageInfo languageInfo,
            String banner) {
    }

    record ExecuteReply(String status, @SerializedName("execution_count") int executionCount,
            @SerializedName("user_expressions") Map<String, Object> userExpressions) {
    }

    record ExecuteRequest(String code, @SerializedName("allow_stdin") Boolean allowStdin) {
    }

    record Stream(String name, String text) {
    }

    static final int LINES_PER_THREAD = 50;

    final Channels channels;
    // Stands for the kernel's execution thread: replies leave from a thread that owns no socket.
    private final ExecutorService execution = Executors.newSingleThreadExecutor();
    private final AtomicInteger executionCount = new AtomicInteger();

    EchoKernel(ConnectionInfo info) throws BindException {
        channels = Channels.bind(info, Session.random("echo-kernel"));
        channels.start(this::handle);
    }

    /** The connection clients use: the given one with the ports chosen. */
    ConnectionInfo connectionInfo() {
        return channels.connectionInfo();
    }

    private void handle(Request request) {
        switch (request.msgType()) {
            case "kernel_info_request" -> bracket(request,
                    () -> channels.reply(request, "kernel_info_reply", kernelInfo()));
            case "execute_request" -> execution.execute(() -> bracket(request, () -> execute(request)));
            case "shutdown_request" -> {
                bracket(request, () -> channels.reply(request, "shutdown_reply", request.message().content()));
                channels.close();
            }
            case "crash_request" -> throw new IllegalStateException("a bug in a handler");
            default -> { } // an unknown request is ignored, as ipykernel does
        }
    }

    private void bracket(Request request, Runnable work) {
        channels.publishStatus(request.header(), "busy");
        try {
            work.run();
        } finally {
            channels.publishStatus(request.header(), "idle");
        }
    }

    private void execute(Request request) {
        ExecuteRequest execute = request.content(ExecuteRequest.class);
        int count = executionCount.incrementAndGet();
        String code = execute.code();
        if (code.startsWith("input:")) {
            String value = askForInput(request, code.substring("input:".length()));
            channels.publish(request.header(), "stream", new Stream("stdout", value));
        } else if (code.startsWith("threads:")) {
            printFromThreads(request, Integer.parseInt(code.substring("threads:".length())));
        } else {
            channels.publish(request.header(), "stream", new Stream("stdout", code));
        }
        channels.reply(request, "execute_reply", new ExecuteReply("ok", count, Map.of()));
    }

    private String askForInput(Request request, String prompt) {
        try {
            Message reply = channels.requestInput(request, prompt, false).get(30, TimeUnit.SECONDS);
            return reply.content().get("value").getAsString();
        } catch (Exception e) {
            return "no input: " + e;
        }
    }

    private void printFromThreads(Request request, int threads) {
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread printer = new Thread(() -> {
                for (int line = 0; line < LINES_PER_THREAD; line++) {
                    channels.publish(request.header(), "stream", new Stream("stdout", thread + ":" + line));
                }
            });
            printer.start();
            started.add(printer);
        }
        for (Thread printer : started) {
            try {
                printer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static KernelInfoReply kernelInfo() {
        return new KernelInfoReply("ok", Header.PROTOCOL_VERSION, "echo", "0.1",
                new LanguageInfo("echo", "1.0", "text/plain", ".txt"), "Echo kernel for tests");
    }

    @Override
    public void close() throws InterruptedException {
        channels.close();
        execution.shutdownNow();
        execution.awaitTermination(10, TimeUnit.SECONDS);
    }

    static JsonObject executeContent(String code, boolean allowStdin) {
        JsonObject content = new JsonObject();
        content.addProperty("code", code);
        content.addProperty("silent", false);
        content.addProperty("store_history", true);
        content.add("user_expressions", new JsonObject());
        content.addProperty("allow_stdin", allowStdin);
        content.addProperty("stop_on_error", true);
        return content;
    }
}
