package org.weft.protocol;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * The heartbeat: a REP socket on its own thread that sends back whatever it receives, so a client
 * can tell the kernel process is alive even while every other thread is busy.
 */
final class Heartbeat {
    /** Asked for when needed, not at class initialization: SLF4J's start-up must not delay the bind. */
    private static Logger log() {
        return LoggerFactory.getLogger(Heartbeat.class);
    }
    private static final int POLL_MS = 100; // how long close may wait for the loop to notice
    private static final long MAX_PING_BYTES = 1 << 16;

    private final ZMQ.Socket rep;
    private final int port;
    private final Thread thread;
    private volatile boolean running = true;

    Heartbeat(ZContext context, String endpoint) {
        this.rep = Sockets.bind(context, SocketType.REP, endpoint, MAX_PING_BYTES);
        this.port = Frames.boundPort(rep, 0);
        this.thread = new Thread(this::run, "weft-heartbeat");
        thread.setDaemon(true);
    }

    int port() {
        return port;
    }

    void start() {
        thread.start();
    }

    void close() throws InterruptedException {
        running = false;
        if (thread.isAlive() && Thread.currentThread() != thread) {
            thread.join();
        }
    }

    private void run() {
        // A blocking receive with a timeout, not a ZMQ.Poller: JeroMQ's poller can spin on a wake-up
        // byte it sees before the IO thread has counted it (see RouterLoop); a blocking receive
        // takes the byte itself.
        rep.setReceiveTimeOut(POLL_MS);
        try {
            while (running) {
                echo();
            }
        } catch (ZMQException e) {
            log().error("heartbeat stopped: {}", e.toString());
        } finally {
            rep.close();
        }
    }

    private void echo() {
        List<byte[]> ping = Frames.receiveWaiting(rep);
        if (ping != null && !Frames.send(rep, ping)) {
            log().warn("heartbeat: could not answer a ping");
        }
    }
}
