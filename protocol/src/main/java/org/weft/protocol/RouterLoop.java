package org.weft.protocol;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * One ROUTER socket (shell, control or stdin) and the thread that owns it. The thread receives,
 * decodes and hands on requests, and sends what other threads queued.
 *
 * <p>Why a queue and a wake-up socket: a ZeroMQ socket must not be used by two threads at once, yet
 * replies come from any thread (a cell finishing on the execution thread). Senders queue the
 * encoded frames and poke an inproc PAIR socket that the owner polls beside the ROUTER, so replies
 * leave at once instead of on the next poll timeout.
 */
final class RouterLoop {
    private static final Logger log = LoggerFactory.getLogger(RouterLoop.class);
    private static final byte[] WAKE = new byte[0];
    // Only a safety net: the loop is woken explicitly for sends and for close.
    private static final int POLL_MS = 500;
    // Bounds one turn of receiving, so queued replies are not starved by a flood of requests.
    private static final int MAX_RECEIVES_PER_TURN = 64;

    private final ZContext context;
    private final Channel channel;
    private final WireCodec codec;
    private final Consumer<Message> receiver;
    private final ZMQ.Socket router;
    private final ZMQ.Socket wakeReceiver;
    private final ZMQ.Socket wakeSender; // guarded by wakeLock: any thread may wake the loop
    private final Object wakeLock = new Object();
    private boolean wakeClosed; // guarded by wakeLock
    private final ConcurrentLinkedQueue<List<byte[]>> outbox = new ConcurrentLinkedQueue<>();
    private final int port;
    private final Thread thread;
    private volatile boolean running = true;

    /** Binds the ROUTER now, so a busy port fails the caller; the thread starts in {@link #start}. */
    RouterLoop(ZContext context, Channel channel, String endpoint, WireCodec codec,
            long maxMessageBytes, Consumer<Message> receiver) {
        this.context = context;
        this.channel = channel;
        this.codec = codec;
        this.receiver = receiver;
        this.router = Sockets.bind(context, SocketType.ROUTER, endpoint, maxMessageBytes);
        // jupyter_client reuses its session id as identity when it reconnects; let the new
        // connection take over instead of being ignored while the old one lingers.
        router.setRouterHandover(true);
        this.port = Frames.boundPort(router, 0);
        String wakeAddress = "inproc://weft-wake-" + channel.wireName() + "-" + Ids.randomUuid();
        this.wakeReceiver = context.createSocket(SocketType.PAIR);
        wakeReceiver.bind(wakeAddress);
        this.wakeSender = context.createSocket(SocketType.PAIR);
        wakeSender.connect(wakeAddress);
        this.thread = new Thread(this::run, "weft-" + channel.wireName());
        thread.setDaemon(true);
    }

    /** The port bound (the one chosen, when the endpoint asked for any). */
    int port() {
        return port;
    }

    /** True if the caller is this loop's own thread. */
    boolean isLoopThread() {
        return Thread.currentThread() == thread;
    }

    void start() {
        thread.start();
    }

    /** Queues a message for sending; safe from any thread. Dropped once the loop is closing. */
    void send(Message message) {
        if (!running) {
            log.debug("{}: closed, dropping {}", channel.wireName(), message);
            return;
        }
        outbox.add(codec.encode(message));
        if (!isLoopThread()) {
            wake(); // the loop thread itself flushes right after its handler returns
        }
    }

    /** Stops the loop after it has sent what is queued, and waits for its thread. */
    void close() throws InterruptedException {
        running = false;
        wake();
        if (thread.isAlive() && !isLoopThread()) {
            thread.join();
        }
        synchronized (wakeLock) {
            wakeClosed = true;
            wakeSender.close();
        }
    }

    private void wake() {
        synchronized (wakeLock) {
            if (!wakeClosed) {
                // DONTWAIT: if wake-ups pile up the loop is already awake and will drain the outbox.
                wakeSender.send(WAKE, ZMQ.DONTWAIT);
            }
        }
    }

    private void run() {
        ZMQ.Poller poller = context.createPoller(2);
        try {
            int routerIndex = poller.register(router, ZMQ.Poller.POLLIN);
            int wakeIndex = poller.register(wakeReceiver, ZMQ.Poller.POLLIN);
            while (running) {
                poller.poll(POLL_MS);
                if (poller.pollin(wakeIndex)) {
                    drainWakes();
                }
                flushOutbox();
                if (poller.pollin(routerIndex)) {
                    receiveSome();
                }
            }
            flushOutbox(); // a last reply, such as shutdown_reply, still goes out
        } catch (ZMQException e) {
            log.error("{}: socket loop stopped: {}", channel.wireName(), e.toString());
        } finally {
            poller.close();
            router.close();
            wakeReceiver.close();
        }
    }

    private void drainWakes() {
        while (wakeReceiver.recv(ZMQ.DONTWAIT) != null) {
            // each wake-up is just a poke; the outbox holds the work
        }
    }

    private void flushOutbox() {
        List<byte[]> frames;
        while ((frames = outbox.poll()) != null) {
            if (!Frames.send(router, frames)) {
                log.warn("{}: could not send a message (peer gone?)", channel.wireName());
            }
        }
    }

    private void receiveSome() {
        for (int i = 0; i < MAX_RECEIVES_PER_TURN; i++) {
            List<byte[]> frames = Frames.receive(router);
            if (frames == null) {
                return;
            }
            dispatch(frames);
            flushOutbox();
        }
    }

    private void dispatch(List<byte[]> frames) {
        Message message;
        try {
            message = codec.decode(frames);
        } catch (InvalidMessageException e) {
            log.warn("{}: dropped a message: {}", channel.wireName(), e.getMessage());
            return;
        }
        try {
            receiver.accept(message);
        } catch (Throwable t) { // nothing a request causes may stop the channel
            log.error("{}: handler failed on {}", channel.wireName(), message, t);
        }
    }
}
