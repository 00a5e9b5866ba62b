package org.weft.kernel;

import java.util.List;

import com.google.gson.JsonObject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.weft.protocol.Header;
import org.weft.protocol.InvalidMessageException;
import org.weft.protocol.Message;
import org.weft.protocol.Session;
import org.weft.protocol.WireCodec;
import org.weft.kernel.syntax.IPythonSyntax;
import org.weft.python.Interpreter;
import org.weft.python.compiler.Compiler;

/**
 * Runs what every cell runs (a request decoded, its replies signed and encoded, a small cell
 * parsed and compiled) a few thousand times on a thread of its own once the kernel is first idle
 * (after its warm-up imports, or after the first cell if that came sooner), so that
 * the JIT has compiled it before the user's first cells need it. Without it, the first thousand or
 * so cells took 2-7 ms instead of under one, their code interpreted while the compilers caught up.
 *
 * <p>Touches nothing of the kernel's: its own codec (a separate key and replay guard), and no
 * socket sees it. It compiles but never runs Python: running would make it a Python thread for a
 * moment, which a notebook's first cell could see ({@code threading.active_count()}, the
 * {@code %%threads} table).
 */
final class JitWarmUp {
    private static final Logger log = LoggerFactory.getLogger(JitWarmUp.class);
    /** Enough rounds to pass the JIT's thresholds for the per-cell path (C2 at some 5,000 calls). */
    private static final int ROUNDS = Integer.getInteger("weft.jitWarmUpRounds", 3_000);

    private JitWarmUp() {
    }

    /** Starts the warm-up on a daemon thread; returns at once. */
    static void start(Interpreter py) {
        Thread t = new Thread(() -> run(py), "weft-jit-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run(Interpreter py) {
        try {
            WireCodec codec = WireCodec.forKey("jit-warm-up");
            Session client = Session.random("client");
            Session kernel = Session.random("kernel");
            for (int i = 0; i < ROUNDS; i++) {
                Message request = codec.decode(withIdentity(codec.encode(client.message("execute_request",
                        executeContent(i)))));
                answer(codec, kernel, request);
                compileCell(py, i);
            }
            log.debug("JIT warm-up done");
        } catch (InvalidMessageException | RuntimeException | StackOverflowError e) {
            log.debug("JIT warm-up stopped: {}", e.toString());
        }
    }

    static List<byte[]> withIdentity(List<byte[]> frames) {
        List<byte[]> routed = new java.util.ArrayList<>(frames.size() + 1);
        routed.add(new byte[] {0, 1, 2, 3, 4});
        routed.addAll(frames);
        return routed;
    }

    private static JsonObject executeContent(int i) {
        JsonObject c = new JsonObject();
        c.addProperty("code", "x = " + i);
        c.addProperty("silent", false);
        c.addProperty("store_history", true);
        c.add("user_expressions", new JsonObject());
        c.addProperty("allow_stdin", true);
        c.addProperty("stop_on_error", true);
        ExecuteRequest.of(c);
        return c;
    }

    /** What an execute_request's answer encodes: busy, execute_input, a stream, the reply, idle. */
    private static void answer(WireCodec codec, Session kernel, Message request) {
        Header parent = request.header();
        JsonObject status = new JsonObject();
        status.addProperty("execution_state", "busy");
        codec.encode(kernel.broadcast(parent, "status", status));
        JsonObject stream = new JsonObject();
        stream.addProperty("name", "stdout");
        stream.addProperty("text", "1\n");
        codec.encode(kernel.broadcast(parent, "stream", stream));
        JsonObject reply = new JsonObject();
        reply.addProperty("status", "ok");
        reply.addProperty("execution_count", 1);
        JsonObject md = new JsonObject();
        md.addProperty("status", "ok");
        codec.encode(kernel.reply(request, "execute_reply", reply, md));
    }

    private static void compileCell(Interpreter py, int i) {
        String source = i % 2 == 0 ? "x = " + i + "\n" : "print(x)\n";
        py.compile(IPythonSyntax.transform(source), "<jit warm-up>", Compiler.Kind.EXEC_RETURN_LAST);
    }
}
