package org.weft.protocol;

import java.net.BindException;
import java.util.Map;

/**
 * The endpoints {@link Channels} binds, one at a time, remembering which is being bound so a
 * failure can name it.
 */
final class Endpoints {
    private final ConnectionInfo info;
    private String current = "";

    Endpoints(ConnectionInfo info) throws BindException {
        if (info.transport() == ConnectionInfo.Transport.IPC) {
            // JeroMQ has no Unix-domain sockets: its ipc:// is TCP on a loopback port hashed from
            // the name, which libzmq clients (jupyter_client, JupyterLab) never reach and which can
            // collide with another listener. Failing here beats a kernel nobody can talk to.
            throw new BindException("the ipc transport is not supported (JeroMQ has no Unix-domain "
                    + "sockets, so Jupyter clients could not connect); use \"transport\": \"tcp\"");
        }
        this.info = info;
    }

    String bind(Channel channel) {
        current = info.bindEndpoint(channel);
        return current;
    }

    /** The endpoint bound last, for error messages. */
    String current() {
        return current;
    }

    /** The connection with the ports the sockets actually bound. */
    ConnectionInfo withBoundPorts(Map<Channel, Integer> ports) {
        ConnectionInfo result = info;
        for (Map.Entry<Channel, Integer> e : ports.entrySet()) {
            result = result.withPort(e.getKey(), e.getValue());
        }
        return result;
    }
}
