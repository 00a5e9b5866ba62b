package org.weft.python.modules;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * {@code _socket}, the Java half of the socket module (socket.py is the Python half, and keeps
 * CPython's names): sockets over java.nio channels ({@link PySocket}), name lookups, socketpair
 * and the readiness wait under {@code select} ({@link SocketSelect}).
 */
public final class SocketModule implements BuiltinModule {

    @Override
    public String name() {
        return "_socket";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("handle", PySocket.TYPE);
        put(m, PyBuiltinFunction.of2("open", "open(family, type)", (self, family, kind) ->
                PySocket.open((int) Ops.index(family).longValue(), (int) Ops.index(kind).longValue())));
        put(m, PyBuiltinFunction.of1("socketpair", "socketpair(family)", (self, family) ->
                socketpair((int) Ops.index(family).longValue())));
        put(m, PyBuiltinFunction.of1("resolve", "resolve(host): the numeric addresses of a host name",
                (self, host) -> resolve(Ops.str(host).value())));
        put(m, PyBuiltinFunction.of0("gethostname", "gethostname()", self -> PyStr.of(hostname())));
        put(m, PyBuiltinFunction.of1("canonical", "canonical(ip): the name of a numeric address",
                (self, ip) -> PyStr.of(canonical(Ops.str(ip).value()))));
        put(m, PyBuiltinFunction.of1("handle_of", "handle_of(fd): the socket a descriptor names, or None",
                (self, fd) -> InterpreterState.current().fds().owner(Ops.index(fd).longValue())
                        instanceof PySocket s ? s : PyNone.NONE));
        put(m, PyBuiltinFunction.of("select", "select(readers, writers, timeout_ns)", (self, a, k) ->
                SocketSelect.select(a[0], a[1], Ops.index(a[2]).longValue())));
    }

    private static void put(PyModule m, PyBuiltinFunction f) {
        m.put(f.getName(), f);
    }

    /** Every address of {@code host}, IPv4 first, as numeric text; empty when it has none. */
    private static PyObject resolve(String host) {
        List<PyObject> v4 = new ArrayList<>();
        List<PyObject> v6 = new ArrayList<>();
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                (a instanceof java.net.Inet4Address ? v4 : v6).add(PyStr.of(SocketAddresses.text(a)));
            }
        } catch (UnknownHostException | SecurityException e) {
            return PyList.of();
        }
        v4.addAll(v6);
        return PyList.of(v4.toArray(new PyObject[0]));
    }

    private static String hostname() {
        try {
            String name = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
            if (!name.isEmpty()) {
                return name;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: ask the JDK
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static String canonical(String ip) {
        try {
            return InetAddress.getByName(ip).getCanonicalHostName();
        } catch (UnknownHostException e) {
            return ip;
        }
    }

    /**
     * Two connected sockets. Java has no socketpair(2): an AF_UNIX pair goes through a listener on
     * a path that is deleted at once (the ends report no names, as an unnamed pair's), an AF_INET
     * pair through a listener on the loopback.
     */
    private static PyObject socketpair(int family) {
        return PySocket.io(() -> {
            boolean unix = family == SocketAddresses.AF_UNIX;
            Path dir = unix ? Files.createTempDirectory("weft-socketpair") : null;
            SocketAddress at = unix ? UnixDomainSocketAddress.of(dir.resolve("s"))
                    : new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
            try (ServerSocketChannel server = ServerSocketChannel.open(SocketErrors.family(family))) {
                server.bind(at, 1);
                SocketChannel a = SocketChannel.open(unix ? StandardProtocolFamily.UNIX : StandardProtocolFamily.INET);
                a.connect(server.getLocalAddress());
                SocketChannel b = server.accept();
                PySocket x = new PySocket(family, PySocket.SOCK_STREAM, PySocket.nonBlocking(a));
                PySocket y = new PySocket(family, PySocket.SOCK_STREAM, PySocket.nonBlocking(b));
                x.unnamed = y.unnamed = unix;
                return PyTuple.of(x, y);
            } finally {
                if (unix) {
                    Files.deleteIfExists(dir.resolve("s"));
                    Files.deleteIfExists(dir);
                }
            }
        });
    }
}
