package org.weft.protocol;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The IOPub PUB socket. Any thread may {@link #publish}: the message is signed and sent on the
 * caller's thread, under a lock, so what one thread publishes arrives in the order it was
 * published, and a {@code status: idle} leaves the moment it is made.
 *
 * <p>Why no publisher thread of its own: every message then cost a hand-over and a thread
 * wake-up (about a tenth of a millisecond each, far more on a busy machine) before JeroMQ's own
 * IO thread was woken to write it. Sending never blocks (a PUB socket drops for a subscriber past
 * its high-water mark), so the lock is held for microseconds.
 */
public final class IOPubPublisher {
    /** Asked for when needed, not at class initialization: SLF4J's start-up must not delay the bind. */
    private static Logger log() {
        return LoggerFactory.getLogger(IOPubPublisher.class);
    }
    // PUB drops messages for a subscriber past the high-water mark; output must not be lost to a
    // briefly slow client, so the mark is far above ZeroMQ's default of 1000.
    private static final int SEND_HIGH_WATER_MARK = 100_000;
    private static final long MAX_SUBSCRIPTION_BYTES = 1 << 16;

    private final WireCodec codec;
    private final Object lock = new Object();
    private final ZMQ.Socket pub; // guarded by lock
    private boolean closed; // guarded by lock
    private final int port;

    IOPubPublisher(ZContext context, String endpoint, WireCodec codec) {
        this.codec = codec;
        // A PUB socket receives only subscriptions, so a small inbound limit suffices.
        this.pub = Sockets.bind(context, SocketType.PUB, endpoint, MAX_SUBSCRIPTION_BYTES);
        pub.setSndHWM(SEND_HIGH_WATER_MARK);
        this.port = Frames.boundPort(pub, 0);
    }

    /** Sends a message to every subscriber; safe from any thread. Dropped once closed. */
    public void publish(Message message) {
        List<byte[]> frames = codec.encode(message);
        Frames.interruptSetAside(() -> {
            synchronized (lock) {
                if (closed) {
                    log().debug("iopub: closed, dropping {}", message);
                } else if (!Frames.send(pub, frames)) {
                    log().warn("iopub: could not send a message");
                }
            }
            return null;
        });
    }

    int port() {
        return port;
    }

    /** Closes the socket; what was published before still goes out (the context's linger). */
    void close() {
        synchronized (lock) {
            if (!closed) {
                closed = true;
                pub.close();
            }
        }
    }
}
