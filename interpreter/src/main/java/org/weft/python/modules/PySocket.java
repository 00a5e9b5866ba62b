package org.weft.python.modules;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.LinkedHashMap;
import java.util.Map;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyType;

/**
 * One socket of {@code _socket}: its family, kind, descriptor number and timeout, over a java.nio
 * channel that is always non-blocking ({@link SocketWaits} does the waiting). A stream socket has
 * no channel until it binds (a {@link ServerSocketChannel}, which listens at once: Java binds and
 * listens in one step) or connects (a {@link SocketChannel}). The Python methods are in
 * {@link PySocketMethods}. CPython: PySocketSockObject in socketmodule.c.
 *
 * <p>Threads: one thread may read while another writes, as on POSIX; the channel's own locks order
 * concurrent reads (and writes). The fields that change (channel, descriptor) are volatile and
 * change under this object's monitor, which is never held while waiting or running Python code.
 */
public final class PySocket extends PyObject {

    public static final PyType TYPE = PyType.builtin("_socket.handle", PySocket.class, () -> PyObject.TYPE,
            PySocketMethods::define);

    static final int SOCK_STREAM = 1;
    static final int SOCK_DGRAM = 2;

    final int family;
    final int kind;
    private volatile SelectableChannel channel;
    private volatile int fd;
    /** Nanoseconds; {@link SocketWaits#FOREVER} blocks, 0 never waits. */
    volatile long timeoutNanos = SocketWaits.FOREVER;
    /** Options set before there was a channel to set them on. */
    private final Map<SocketOption<?>, Object> options = new LinkedHashMap<>();
    private volatile boolean reuseAddress;
    /** listen() was called: the channel is a server's for good. */
    private volatile boolean listening;
    /** One end of a socketpair(): its addresses are unnamed, as an unnamed AF_UNIX pair's are. */
    volatile boolean unnamed;

    /**
     * The selectors that threads wait in on this socket's channel. Java closes a registered
     * channel's descriptor only when its selectors let it go, so close() wakes them and waits
     * for them: until then a closed listening socket would still accept connections.
     */
    private final java.util.Set<java.nio.channels.Selector> waits = java.util.concurrent.ConcurrentHashMap.newKeySet();

    PySocket(int family, int kind, SelectableChannel channel) {
        super(TYPE);
        this.family = family;
        this.kind = kind;
        this.channel = channel;
        this.fd = InterpreterState.current().fds().reserve(this);
    }

    /** A new socket; a datagram socket has its channel from the start. */
    static PySocket open(int family, int kind) {
        if (kind == SOCK_DGRAM) {
            if (family == SocketAddresses.AF_UNIX) {
                throw SocketErrors.withErrno(SocketErrors.EAFNOSUPPORT);
            }
            return new PySocket(family, kind, io(() -> nonBlocking(DatagramChannel.open(SocketErrors.family(family)))));
        }
        return new PySocket(family, kind, null);
    }

    static <T extends SelectableChannel> T nonBlocking(T ch) throws IOException {
        ch.configureBlocking(false);
        return ch;
    }

    int fd() {
        return fd;
    }

    SelectableChannel channel() {
        SelectableChannel ch = channel;
        if (fd < 0) {
            throw SocketErrors.withErrno(SocketErrors.EBADF);
        }
        return ch;
    }

    SelectableChannel channelOrNull() {
        return channel;
    }

    /** The channel of a connected (or connecting) stream socket, or of a datagram socket. */
    SelectableChannel dataChannel() {
        SelectableChannel ch = channel();
        if (ch instanceof SocketChannel sc) {
            finishConnect(sc);
            return sc;
        }
        if (ch instanceof DatagramChannel) {
            return ch;
        }
        throw SocketErrors.withErrno(SocketErrors.ENOTCONN);
    }

    /** SO_ERROR: how a non-blocking connect that select() saw finish ended (0: connected). */
    int pendingError() {
        if (channel() instanceof SocketChannel sc && sc.isConnectionPending()) {
            try {
                sc.finishConnect();
            } catch (IOException e) {
                return SocketErrors.errnoOf(e);
            }
        }
        return 0;
    }

    /** A non-blocking connect that a select() saw finish: completes it (or reports its failure). */
    private static void finishConnect(SocketChannel sc) {
        if (sc.isConnectionPending()) {
            io(sc::finishConnect);
        }
    }

    void bind(SocketAddress addr) {
        synchronized (this) {
            SelectableChannel ch = channel();
            if (ch instanceof DatagramChannel dc) {
                io(() -> dc.bind(addr));
                return;
            }
            if (ch != null) {
                throw SocketErrors.withErrno(SocketErrors.EINVAL);
            }
            ServerSocketChannel server = io(() -> nonBlocking(ServerSocketChannel.open(SocketErrors.family(family))));
            try {
                applyOptions(server);
                server.bind(addr, 128);
            } catch (IOException e) {
                closeQuietly(server);
                throw SocketErrors.of(e);
            } catch (RuntimeException e) {
                closeQuietly(server);
                throw rethrow(e);
            }
            channel = server;
        }
    }

    /** listen() of a socket that never bound: Linux binds it to an ephemeral port first. */
    void listen() {
        SelectableChannel ch = channel();
        if (ch == null) {
            bind(SocketAddresses.toJava(family, SocketAddresses.fromJava(family, null)));
        } else if (ch instanceof DatagramChannel) {
            throw SocketErrors.withErrno(SocketErrors.EOPNOTSUPP);
        } else if (!(ch instanceof ServerSocketChannel)) {
            throw SocketErrors.withErrno(SocketErrors.EINVAL);
        }
        listening = true;
    }

    PySocket accept() {
        SelectableChannel ch = channel();
        if (!(ch instanceof ServerSocketChannel server)) {
            throw SocketErrors.withErrno(ch instanceof DatagramChannel ? SocketErrors.EOPNOTSUPP : SocketErrors.EINVAL);
        }
        long deadline = System.nanoTime() + timeoutNanos;
        while (true) {
            SocketChannel c = io(server::accept);
            if (c != null) {
                return new PySocket(family, kind, io(() -> nonBlocking(c)));
            }
            SocketWaits.await(this, server, SelectionKey.OP_ACCEPT, timeoutNanos, deadline);
        }
    }

    /** Connects; the errno of a refused or failed connect (0 when it worked), as connect_ex returns. */
    int connect(SocketAddress addr) {
        SelectableChannel ch = channel();
        if (ch instanceof DatagramChannel dc) {
            io(() -> dc.connect(addr));
            return 0;
        }
        if (listening) {
            return SocketErrors.EISCONN; // Linux's answer to connect() on a listening socket
        }
        SocketChannel sc;
        synchronized (this) {
            sc = ch instanceof SocketChannel s ? s : clientChannel(ch);
            channel = sc;
        }
        try {
            if (sc.isConnected()) {
                return SocketErrors.EISCONN;
            }
            if (!sc.isConnectionPending() && sc.connect(addr)) {
                return 0;
            }
            if (timeoutNanos == 0) {
                return SocketErrors.EINPROGRESS;
            }
            long deadline = System.nanoTime() + timeoutNanos;
            while (!sc.finishConnect()) {
                SocketWaits.await(this, sc, SelectionKey.OP_CONNECT, timeoutNanos, deadline);
            }
            return 0;
        } catch (IOException e) {
            int errno = SocketErrors.errnoOf(e);
            if (errno == 0) {
                throw SocketErrors.of(e);
            }
            return errno;
        } catch (RuntimeException e) {
            throw rethrow(e);
        }
    }

    /** A client channel, bound to where this socket was bound (a server channel that never accepted). */
    private SocketChannel clientChannel(SelectableChannel bound) {
        return io(() -> {
            SocketChannel sc = nonBlocking(SocketChannel.open(SocketErrors.family(family)));
            applyOptions(sc);
            if (bound instanceof ServerSocketChannel server) {
                SocketAddress local = server.getLocalAddress();
                server.close();
                sc.bind(local);
            }
            return sc;
        });
    }

    /** A write on a stream whose writing side was shut down: POSIX's EPIPE, not Java's closed channel. */
    private static <T> T write(SelectableChannel ch, Io<T> op) {
        try {
            return op.run();
        } catch (java.nio.channels.ClosedChannelException e) {
            throw SocketErrors.withErrno(ch.isOpen() ? SocketErrors.EPIPE : SocketErrors.EBADF);
        } catch (IOException e) {
            throw SocketErrors.of(e);
        } catch (RuntimeException e) {
            throw rethrow(e);
        }
    }

    int send(ByteBuffer data) {
        SelectableChannel ch = dataChannel();
        long deadline = System.nanoTime() + timeoutNanos;
        while (true) {
            int n = write(ch, () -> ch instanceof SocketChannel sc ? sc.write(data) : ((DatagramChannel) ch).write(data));
            if (n > 0 || !data.hasRemaining()) {
                return n;
            }
            SocketWaits.await(this, ch, SelectionKey.OP_WRITE, timeoutNanos, deadline);
        }
    }

    void sendAll(ByteBuffer data) {
        SelectableChannel ch = dataChannel();
        long deadline = System.nanoTime() + timeoutNanos;
        while (data.hasRemaining()) {
            int n = write(ch, () -> ch instanceof SocketChannel sc ? sc.write(data) : ((DatagramChannel) ch).write(data));
            if (n == 0) {
                SocketWaits.await(this, ch, SelectionKey.OP_WRITE, timeoutNanos, deadline);
            }
        }
    }

    int sendTo(ByteBuffer data, SocketAddress to) {
        if (!(channel() instanceof DatagramChannel dc)) {
            throw SocketErrors.withErrno(channel instanceof SocketChannel ? SocketErrors.EISCONN : SocketErrors.EPIPE);
        }
        long deadline = System.nanoTime() + timeoutNanos;
        while (true) {
            int n = io(() -> dc.send(data, to));
            if (n > 0 || !data.hasRemaining()) {
                return n;
            }
            SocketWaits.await(this, dc, SelectionKey.OP_WRITE, timeoutNanos, deadline);
        }
    }

    /** Up to {@code n} bytes; an empty buffer at end of stream. */
    ByteBuffer recv(int n) {
        SelectableChannel ch = dataChannel();
        ByteBuffer bb = ByteBuffer.allocate(n);
        if (ch instanceof DatagramChannel dc) {
            receiveFrom(dc, bb);
            return bb.flip();
        }
        SocketChannel sc = (SocketChannel) ch;
        long deadline = System.nanoTime() + timeoutNanos;
        while (true) {
            int r = n == 0 ? 0 : io(() -> sc.read(bb));
            if (r != 0 || n == 0) {
                return bb.flip();
            }
            SocketWaits.await(this, sc, SelectionKey.OP_READ, timeoutNanos, deadline);
        }
    }

    /** A datagram into {@code bb} (the excess of a longer one is lost, as POSIX's); its sender. */
    SocketAddress receiveFrom(DatagramChannel dc, ByteBuffer bb) {
        long deadline = System.nanoTime() + timeoutNanos;
        while (true) {
            SocketAddress from = io(() -> dc.isConnected() ? readConnected(dc, bb) : dc.receive(bb));
            if (from != null) {
                return from;
            }
            SocketWaits.await(this, dc, SelectionKey.OP_READ, timeoutNanos, deadline);
        }
    }

    private static SocketAddress readConnected(DatagramChannel dc, ByteBuffer bb) throws IOException {
        return dc.read(bb) > 0 || bb.capacity() == 0 ? dc.getRemoteAddress() : null;
    }

    void shutdown(int how) {
        if (!(dataChannel() instanceof SocketChannel sc) || !sc.isConnected()) {
            throw SocketErrors.withErrno(SocketErrors.ENOTCONN);
        }
        io(() -> {
            if (how == 0 || how == 2) {
                sc.shutdownInput();
            }
            if (how == 1 || how == 2) {
                sc.shutdownOutput();
            }
            return null;
        });
    }

    /** Closes the channel and frees the descriptor; closing twice does nothing, as CPython's close(). */
    void close() {
        SelectableChannel ch;
        int was;
        synchronized (this) {
            ch = channel;
            was = fd;
            if (was < 0) {
                return;
            }
            fd = -1;
            channel = null;
        }
        InterpreterState.current().fds().release(was, this);
        if (ch != null) {
            closeQuietly(ch);
            releaseWaiters();
        }
    }

    void waitStarted(java.nio.channels.Selector sel) {
        waits.add(sel);
    }

    void waitEnded(java.nio.channels.Selector sel) {
        waits.remove(sel);
    }

    /** Wakes the threads waiting on this socket and gives them a moment to let its channel go. */
    private void releaseWaiters() {
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (!waits.isEmpty() && System.nanoTime() < deadline) {
            for (java.nio.channels.Selector sel : waits) {
                sel.wakeup();
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    /** Gives the descriptor up without closing the channel (detach()): the socket object is closed. */
    int detach() {
        synchronized (this) {
            int was = fd;
            fd = -1;
            return was;
        }
    }

    SocketAddress localAddress() {
        SelectableChannel ch = channel();
        return ch == null || unnamed ? null : io(() -> ((NetworkChannel) ch).getLocalAddress());
    }

    SocketAddress remoteAddress() {
        SelectableChannel ch = channel();
        SocketAddress a = null;
        if (unnamed) {
            return null;
        } else if (ch instanceof SocketChannel sc) {
            a = io(sc::getRemoteAddress);
        } else if (ch instanceof DatagramChannel dc) {
            a = io(dc::getRemoteAddress);
        }
        if (a == null) {
            throw SocketErrors.withErrno(SocketErrors.ENOTCONN);
        }
        return a;
    }

    /** The peer of an accepted connection; null when it has no name (AF_UNIX). */
    SocketAddress remoteAddressOrNull() {
        return channel instanceof SocketChannel sc ? io(sc::getRemoteAddress) : null;
    }

    /** Ready for reading (or accepting): the interest a select() registers. */
    int readInterest() {
        SelectableChannel ch = channel();
        return ch == null ? 0 : SocketWaits.readOp(ch);
    }

    int writeInterest() {
        SelectableChannel ch = channel();
        return ch == null ? 0 : SocketWaits.writeOp(ch);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void setOption(SocketOption<?> opt, Object value) {
        synchronized (this) {
            if (opt == StandardSocketOptions.SO_REUSEADDR) {
                reuseAddress = (Boolean) value;
            }
            options.put(opt, value);
            SelectableChannel ch = channel();
            if (ch instanceof NetworkChannel nc && nc.supportedOptions().contains(opt)) {
                io(() -> nc.setOption((SocketOption) opt, value));
            }
        }
    }

    /** An option's value; SO_REUSEADDR as the program set it (Java turns it on for every server). */
    Object getOption(SocketOption<?> opt) {
        if (opt == StandardSocketOptions.SO_REUSEADDR) {
            return reuseAddress;
        }
        SelectableChannel ch = channel();
        if (ch instanceof NetworkChannel nc && nc.supportedOptions().contains(opt)) {
            return io(() -> nc.getOption(opt));
        }
        return options.get(opt);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void applyOptions(NetworkChannel nc) throws IOException {
        for (var e : options.entrySet()) {
            if (nc.supportedOptions().contains(e.getKey())) {
                nc.setOption((SocketOption) e.getKey(), e.getValue());
            }
        }
    }

    static void closeQuietly(java.nio.channels.Channel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // closing a socket reports nothing that a program could act on
        }
    }

    @FunctionalInterface
    interface Io<T> {
        T run() throws IOException;
    }

    static <T> T io(Io<T> op) {
        try {
            return op.run();
        } catch (IOException e) {
            throw SocketErrors.of(e);
        } catch (RuntimeException e) {
            throw rethrow(e);
        }
    }

    static RuntimeException rethrow(RuntimeException e) {
        RuntimeException py = SocketErrors.ofRuntime(e);
        return py != null ? py : e;
    }
}
