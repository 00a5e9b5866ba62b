package org.weft.kernel;

import com.google.gson.JsonObject;

import org.slf4j.LoggerFactory;
import org.weft.protocol.InvalidMessageException;
import org.weft.protocol.Message;
import org.weft.protocol.Session;
import org.weft.protocol.WireCodec;

/**
 * One round of what the first kernel_info request needs (a request decoded, the reply made, signed
 * and encoded, SLF4J started), on a daemon thread of its own that starts as the process does, beside
 * the main thread binding the sockets. A client's first connection is refused until the kernel binds
 * and its retry comes 100-200 ms later: what this thread loads and initializes meanwhile (Gson, the
 * HMAC provider, the logger) the first reply does not wait for.
 *
 * <p>Started without a lambda and with no logger made at class initialization, so the main thread
 * pays for neither (SLF4J's start-up cost it 30 ms, the first lambda's bootstrap 4 ms). Touches
 * nothing of the kernel's: its own codec and sessions.
 */
final class FirstReplyWarmUp implements Runnable {

    private FirstReplyWarmUp() {
    }

    /** Starts the round on a daemon thread; returns at once. */
    static void start() {
        Thread t = new Thread(new FirstReplyWarmUp(), "weft-first-reply-warm-up");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void run() {
        try {
            WireCodec codec = WireCodec.forKey("first-reply-warm-up");
            Message request = codec.decode(JitWarmUp.withIdentity(codec.encode(Session.random("client").message(
                    "kernel_info_request", new JsonObject()))));
            Session kernel = Session.random("kernel");
            JsonObject status = new JsonObject();
            status.addProperty("execution_state", "busy");
            codec.encode(kernel.broadcast(request.header(), "status", status));
            codec.encode(kernel.reply(request, "kernel_info_reply", KernelInfo.content(), new JsonObject()));
            LoggerFactory.getLogger(FirstReplyWarmUp.class).debug("first-reply warm-up done");
        } catch (InvalidMessageException | RuntimeException e) {
            LoggerFactory.getLogger(FirstReplyWarmUp.class).debug("first-reply warm-up stopped: {}", e.toString());
        }
    }
}
