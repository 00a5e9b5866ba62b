package org.weft.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * One ROUTER socket (shell, control or stdin) and the thread that receives on it. The thread
 * receives, decodes and hands on requests; replies are sent by whichever thread makes them (a cell
 * finishing on the execution thread), at once, with no hand-over to another thread.
 *
 * <p>Threads take turns on the socket under {@code lock}, which is also the full memory barrier
 * ZeroMQ asks for when a socket changes threads. So that the receiving thread never waits inside
 * JeroMQ while holding the lock, it waits in a {@link Selector} of its own on the socket's
 * {@code ZMQ_FD}, JeroMQ's wake-up pipe, and receives without blocking once it is readable.
 *
 * <p>Why not {@code ZMQ.Poller}: JeroMQ 0.6.0's signaler writes its wake-up byte, then counts it,
 * and a non-blocking receive trusts the count. A poller woken by the byte before the count catches up
 * sees "nothing yet" and polls again at once, spinning until the IO thread that wrote it runs again;
 * on a machine with one free core that thread is the one the spin keeps off it, so the spin lasted
 * a whole scheduler slice: the 3-5 ms replies seen on one request in ten. Here a readable pipe with
 * nothing to receive yields the core for {@link #RACE_PAUSE_NANOS} instead.
 */
final class RouterLoop {
    /** Asked for when needed, not at class initialization: SLF4J's start-up must not delay the bind. */
    private static Logger log() {
        return LoggerFactory.getLogger(RouterLoop.class);
    }
    // Only a safety net: the selector wakes for the socket's pipe and for close.
    private static final long POLL_MS = 500;
    // See the class comment: long enough for the IO thread to finish counting its wake-up.
    private static final long RACE_PAUSE_NANOS = 50_000;

    private final Channel channel;
    private final WireCodec codec;
    private final Consumer<Message> receiver;
    private final Object lock = new Object();
    private final ZMQ.Socket router; // guarded by lock
    private boolean closed; // guarded by lock
    private final Selector selector;
    private final int port;
    private final Thread thread;
    private volatile boolean running = true;

    /** Binds the ROUTER now, so a busy port fails the caller; the thread starts in {@link #start}. */
    RouterLoop(ZContext context, Channel channel, String endpoint, WireCodec codec,
            long maxMessageBytes, Consumer<Message> receiver) {
        this.channel = channel;
        this.codec = codec;
        this.receiver = receiver;
        this.router = Sockets.bind(context, SocketType.ROUTER, endpoint, maxMessageBytes);
        // jupyter_client reuses its session id as identity when it reconnects; let the new
        // connection take over instead of being ignored while the old one lingers.
        router.setRouterHandover(true);
        this.port = Frames.boundPort(router, 0);
        this.selector = watch(router);
        this.thread = new Thread(this::run, "weft-" + channel.wireName());
        thread.setDaemon(true);
    }

    private static Selector watch(ZMQ.Socket socket) {
        try {
            Selector selector = Selector.open();
            SelectableChannel fd = socket.getFD();
            fd.register(selector, SelectionKey.OP_READ);
            return selector;
        } catch (IOException e) {
            socket.close();
            throw new UncheckedIOException("cannot watch the socket", e);
        }
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

    /** Sends a message now, from the calling thread; safe from any thread. Dropped once closed. */
    void send(Message message) {
        List<byte[]> frames = codec.encode(message);
        boolean requestWaiting = Frames.interruptSetAside(() -> sendLocked(frames, message));
        if (requestWaiting) {
            selector.wakeup();
        }
    }

    /** Sends; true if a request now waits that the loop thread might not wake up for. */
    private boolean sendLocked(List<byte[]> frames, Message message) {
        synchronized (lock) {
            if (closed) {
                log().debug("{}: closed, dropping {}", channel.wireName(), message);
                return false;
            }
            if (!Frames.send(router, frames)) {
                log().warn("{}: could not send a message (peer gone?)", channel.wireName());
            }
            // Sending handles the socket's pending commands, and with them may take the wake-up
            // byte of a request that has just come in: the loop would not wake for that request.
            return !isLoopThread() && (router.getEvents() & ZMQ.Poller.POLLIN) != 0;
        }
    }

    /** Stops the loop and waits for its thread; what was sent before still goes out (linger). */
    void close() throws InterruptedException {
        running = false;
        selector.wakeup();
        if (thread.isAlive() && !isLoopThread()) {
            thread.join();
        }
        closeSocket();
    }

    private void run() {
        try {
            while (running) {
                if (receiveSome() == Turn.EMPTY) {
                    // Readable, yet nothing to receive: the race in the class comment.
                    LockSupport.parkNanos(RACE_PAUSE_NANOS);
                }
                if (running) {
                    waitForPipe();
                }
            }
        } catch (ZMQException | IOException e) {
            log().error("{}: socket loop stopped: {}", channel.wireName(), e.toString());
        } finally {
            closeSocket();
        }
    }

    private enum Turn { RECEIVED, EMPTY }

    /** Receives and dispatches until nothing waits; EMPTY if there was nothing at all. */
    private Turn receiveSome() {
        Turn turn = Turn.EMPTY;
        List<byte[]> frames;
        while (running && (frames = receiveOne()) != null) {
            turn = Turn.RECEIVED;
            dispatch(frames); // outside the lock: handlers reply, and may wait for the interpreter
        }
        return turn;
    }

    private List<byte[]> receiveOne() {
        synchronized (lock) {
            return closed ? null : Frames.receive(router);
        }
    }

    private void waitForPipe() throws IOException {
        selector.selectedKeys().clear();
        selector.select(POLL_MS);
    }

    private void closeSocket() {
        synchronized (lock) {
            if (!closed) {
                closed = true;
                router.close();
                try {
                    selector.close();
                } catch (IOException e) {
                    log().debug("{}: closing the selector: {}", channel.wireName(), e.toString());
                }
            }
        }
    }

    private void dispatch(List<byte[]> frames) {
        Message message;
        try {
            message = codec.decode(frames);
        } catch (InvalidMessageException e) {
            log().warn("{}: dropped a message: {}", channel.wireName(), e.getMessage());
            return;
        }
        try {
            receiver.accept(message);
        } catch (Throwable t) { // nothing a request causes may stop the channel
            log().error("{}: handler failed on {}", channel.wireName(), message, t);
        }
    }
}
