package org.weft.kernel;

import com.google.gson.JsonObject;

import org.slf4j.Logger;
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
 * <p>Started without a lambda, so the main thread does not pay for the first lambda's bootstrap
 * (4 ms); SLF4J starts here first (its start-up cost the main thread 30 ms), and the main thread
 * waits for that before it makes a logger ({@link #awaitLogging}). Touches nothing of the kernel's:
 * its own codec and sessions.
 */
final class FirstReplyWarmUp implements Runnable {
    /** How long the main thread waits for SLF4J to start here before it logs (see {@link #awaitLogging}). */
    private static final long LOGGING_PATIENCE_MS = 5_000;

    /** Opens once this thread has started SLF4J. */
    private final java.util.concurrent.CountDownLatch loggingStarted = new java.util.concurrent.CountDownLatch(1);

    private FirstReplyWarmUp() {
    }

    /** Starts the round on a daemon thread; returns at once. */
    static FirstReplyWarmUp start() {
        FirstReplyWarmUp warmUp = new FirstReplyWarmUp();
        Thread t = new Thread(warmUp, "weft-first-reply-warm-up");
        t.setDaemon(true);
        t.start();
        return warmUp;
    }

    /**
     * Waits until this thread has started SLF4J. A thread that asks for a logger while another
     * starts SLF4J gets a stand-in whose calls are replayed later, and SLF4J prints a warning about
     * it to stderr; so the main thread waits for this before its first logger.
     */
    void awaitLogging() {
        try {
            loggingStarted.await(LOGGING_PATIENCE_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void run() {
        Logger log;
        try {
            log = LoggerFactory.getLogger(FirstReplyWarmUp.class);
        } finally {
            loggingStarted.countDown();
        }
        try {
            WireCodec codec = WireCodec.forKey("first-reply-warm-up");
            Message request = codec.decode(JitWarmUp.withIdentity(codec.encode(Session.random("client").message(
                    "kernel_info_request", new JsonObject()))));
            Session kernel = Session.random("kernel");
            JsonObject status = new JsonObject();
            status.addProperty("execution_state", "busy");
            codec.encode(kernel.broadcast(request.header(), "status", status));
            codec.encode(kernel.reply(request, "kernel_info_reply", KernelInfo.content(), new JsonObject()));
            log.debug("first-reply warm-up done");
        } catch (InvalidMessageException | RuntimeException e) {
            log.debug("first-reply warm-up stopped: {}", e.toString());
        }
    }
}
