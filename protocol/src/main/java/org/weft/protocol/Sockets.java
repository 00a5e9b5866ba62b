package org.weft.protocol;

import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/** Creates and binds the kernel's sockets with the options they all share. */
final class Sockets {
    private Sockets() {
    }

    /**
     * A bound socket. {@code maxMessageBytes} makes ZeroMQ drop an oversized frame (and its
     * sender's connection) before it is ever buffered whole, which the codec's own limit cannot do.
     */
    static ZMQ.Socket bind(ZContext context, SocketType type, String endpoint, long maxMessageBytes) {
        ZMQ.Socket socket = context.createSocket(type);
        try {
            socket.setMaxMsgSize(maxMessageBytes);
            if (endpoint.startsWith("tcp://[")) {
                socket.setIPv6(true);
            }
            socket.bind(endpoint);
            return socket;
        } catch (RuntimeException e) {
            socket.close();
            throw e;
        }
    }
}
