package org.weft.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.zeromq.ZMQ;

/** Multipart receive and send on a JeroMQ socket; the caller must own the socket, or hold its lock. */
final class Frames {
    private Frames() {
    }

    /** The next whole multipart message, or {@code null} if none is waiting. */
    static List<byte[]> receive(ZMQ.Socket socket) {
        byte[] first = socket.recv(ZMQ.DONTWAIT);
        if (first == null) {
            return null;
        }
        return rest(socket, first);
    }

    private static List<byte[]> rest(ZMQ.Socket socket, byte[] first) {
        List<byte[]> frames = new ArrayList<>(8);
        frames.add(first);
        // ZeroMQ delivers all parts of a message together, so the rest never blocks.
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return frames;
    }

    /** The next whole multipart message, waiting up to the socket's receive timeout; null if none came. */
    static List<byte[]> receiveWaiting(ZMQ.Socket socket) {
        byte[] first = socket.recv(0);
        return first == null ? null : rest(socket, first);
    }

    /** Sends all frames as one message; false if the socket refused it. */
    static boolean send(ZMQ.Socket socket, List<byte[]> frames) {
        int last = frames.size() - 1;
        for (int i = 0; i < last; i++) {
            if (!socket.sendMore(frames.get(i))) {
                return false;
            }
        }
        return socket.send(frames.get(last), 0);
    }

    /**
     * Runs socket work on a thread that may carry an interrupt (any thread may publish or reply):
     * JeroMQ would refuse the operation (EINTR) and clear the flag, so the flag is set aside for
     * the work and put back after it.
     */
    static <T> T interruptSetAside(Supplier<T> socketWork) {
        boolean interrupted = Thread.interrupted();
        try {
            return socketWork.get();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The port a TCP socket ended up bound to, from its last endpoint; {@code fallback} for ipc. */
    static int boundPort(ZMQ.Socket socket, int fallback) {
        String endpoint = socket.getLastEndpoint();
        if (endpoint == null || !endpoint.startsWith("tcp://")) {
            return fallback;
        }
        return Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1));
    }
}
