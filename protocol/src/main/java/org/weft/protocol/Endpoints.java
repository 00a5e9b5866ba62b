package org.weft.protocol;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The endpoints {@link Channels} binds, one at a time, remembering which is being bound so a
 * failure can name it.
 */
final class Endpoints {
    private static final Logger log = LoggerFactory.getLogger(Endpoints.class);

    private final ConnectionInfo info;
    private String current = "";

    Endpoints(ConnectionInfo info) {
        this.info = ipcPortsChosen(info);
        if (info.transport() == ConnectionInfo.Transport.IPC) {
            // JeroMQ has no Unix-domain sockets: its ipc:// is TCP on loopback, on a port derived
            // from the name. Java clients of this package can connect; libzmq clients cannot.
            log.warn("ipc transport: JeroMQ emulates it over loopback TCP; "
                    + "only JeroMQ clients can connect. Prefer tcp.");
        }
    }

    String bind(Channel channel) {
        current = info.bindEndpoint(channel);
        return current;
    }

    /** The endpoint bound last, for error messages. */
    String current() {
        return current;
    }

    /** The connection with the ports sockets actually bound (ipc keeps its own numbering). */
    ConnectionInfo withBoundPorts(Map<Channel, Integer> ports) {
        ConnectionInfo result = info;
        if (info.transport() == ConnectionInfo.Transport.TCP) {
            for (Map.Entry<Channel, Integer> e : ports.entrySet()) {
                result = result.withPort(e.getKey(), e.getValue());
            }
        }
        return result;
    }

    // An ipc "port" is only a file-name suffix, so 0 cannot mean "any": number them 1 to 5 as
    // jupyter_client does for ipc.
    private static ConnectionInfo ipcPortsChosen(ConnectionInfo info) {
        if (info.transport() != ConnectionInfo.Transport.IPC) {
            return info;
        }
        ConnectionInfo result = info;
        for (Channel channel : Channel.values()) {
            if (info.port(channel) == 0) {
                result = result.withPort(channel, channel.ordinal() + 1);
            }
        }
        return result;
    }
}
