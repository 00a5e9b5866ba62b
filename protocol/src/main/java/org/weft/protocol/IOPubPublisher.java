package org.weft.protocol;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The IOPub PUB socket and the one thread that owns it. Any thread may {@link #publish}: the
 * message is signed on the caller's thread and queued; the publisher sends in queue order, so
 * what one thread publishes arrives in the order it was published.
 */
public final class IOPubPublisher {
    private static final Logger log = LoggerFactory.getLogger(IOPubPublisher.class);
    private static final List<byte[]> STOP = List.of();
    // PUB drops messages for a subscriber past the high-water mark; output must not be lost to a
    // briefly slow client, so the mark is far above ZeroMQ's default of 1000.
    private static final int SEND_HIGH_WATER_MARK = 100_000;
    private static final long MAX_SUBSCRIPTION_BYTES = 1 << 16;

    private final WireCodec codec;
    private final ZMQ.Socket pub;
    private final int port;
    private final LinkedBlockingQueue<List<byte[]>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    IOPubPublisher(ZContext context, String endpoint, WireCodec codec) {
        this.codec = codec;
        // A PUB socket receives only subscriptions, so a small inbound limit suffices.
        this.pub = Sockets.bind(context, SocketType.PUB, endpoint, MAX_SUBSCRIPTION_BYTES);
        pub.setSndHWM(SEND_HIGH_WATER_MARK);
        this.port = Frames.boundPort(pub, 0);
        this.thread = new Thread(this::run, "weft-iopub");
        thread.setDaemon(true);
    }

    /** Queues a message for every subscriber; safe from any thread. Dropped once closed. */
    public void publish(Message message) {
        if (!running) {
            log.debug("iopub: closed, dropping {}", message);
            return;
        }
        queue.add(codec.encode(message));
    }

    int port() {
        return port;
    }

    void start() {
        thread.start();
    }

    /** Sends what is queued, then stops and waits for the thread. */
    void close() throws InterruptedException {
        running = false;
        queue.add(STOP);
        if (thread.isAlive() && Thread.currentThread() != thread) {
            thread.join();
        }
    }

    private void run() {
        try {
            while (true) {
                List<byte[]> frames = queue.take();
                if (frames == STOP) {
                    break;
                }
                if (!Frames.send(pub, frames)) {
                    log.warn("iopub: could not send a message");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("iopub: publisher stopped", e);
        } finally {
            pub.close();
        }
    }
}
