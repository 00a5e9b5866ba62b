package org.weft.protocol;

import org.zeromq.SocketType;

/**
 * The five sockets of a Jupyter kernel, with the connection-file key of each port and the
 * ZeroMQ socket type the kernel binds.
 */
public enum Channel {
    SHELL("shell_port", SocketType.ROUTER),
    IOPUB("iopub_port", SocketType.PUB),
    STDIN("stdin_port", SocketType.ROUTER),
    CONTROL("control_port", SocketType.ROUTER),
    HEARTBEAT("hb_port", SocketType.REP);

    private final String portKey;
    private final SocketType kernelSocketType;

    Channel(String portKey, SocketType kernelSocketType) {
        this.portKey = portKey;
        this.kernelSocketType = kernelSocketType;
    }

    /** The key of this channel's port in a connection file, such as {@code "shell_port"}. */
    public String portKey() {
        return portKey;
    }

    /** The socket type the kernel binds for this channel. */
    public SocketType kernelSocketType() {
        return kernelSocketType;
    }

    /** The lower-case name used in logs and in Jupyter's documentation, such as {@code "shell"}. */
    public String wireName() {
        return this == HEARTBEAT ? "hb" : name().toLowerCase(java.util.Locale.ROOT);
    }
}
