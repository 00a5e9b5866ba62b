package org.weft.python.modules;

import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyMemoryView;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.TypeBuilder;

/**
 * The methods of {@code _socket.handle}, the Java half of {@code socket.socket}: the Python class
 * in socket.py checks arguments and names, and calls these with addresses already resolved to
 * numbers and timeouts in nanoseconds.
 */
final class PySocketMethods {

    private PySocketMethods() {
    }

    private static PySocket s(PyObject self) {
        return (PySocket) self;
    }

    static ByteBuffer data(PyObject o) {
        byte[] b = PyMemoryView.bytesOrNull(o);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", Ops.typeName(o));
        }
        return ByteBuffer.wrap(b);
    }

    private static SocketAddress addr(PySocket s, PyObject a) {
        return SocketAddresses.toJava(s.family, a);
    }

    private static PyObject bytes(ByteBuffer bb) {
        byte[] b = new byte[bb.remaining()];
        bb.get(b);
        return PyBytes.of(b);
    }

    private static int size(PyObject n, String fn) {
        long v = Ops.index(n).longValue();
        if (v < 0) {
            throw PyErr.valueError("negative buffersize in %s", fn);
        }
        return (int) Math.min(v, Integer.MAX_VALUE - 8);
    }

    static void define(TypeBuilder b) {
        b.doc("A socket's channel (socket.socket keeps one).");
        b.method1("bind", (self, a) -> {
            s(self).bind(addr(s(self), a));
            return PyNone.NONE;
        });
        b.method0("listen", self -> {
            s(self).listen();
            return PyNone.NONE;
        });
        b.method0("accept", self -> {
            PySocket c = s(self).accept();
            return PyTuple.of(c, SocketAddresses.fromJava(c.family, c.remoteAddressOrNull()));
        });
        b.method1("connect", (self, a) -> PyInt.of(s(self).connect(addr(s(self), a))));
        b.method1("send", (self, d) -> PyInt.of(s(self).send(data(d))));
        b.method1("sendall", (self, d) -> {
            s(self).sendAll(data(d));
            return PyNone.NONE;
        });
        b.method2("sendto", (self, d, a) -> PyInt.of(s(self).sendTo(data(d), addr(s(self), a))));
        b.method1("recv", (self, n) -> bytes(s(self).recv(size(n, "recv"))));
        b.method1("recvfrom", (self, n) -> recvFrom(s(self), size(n, "recvfrom")));
        b.method1("shutdown", (self, how) -> {
            long h = Ops.index(how).longValue();
            if (h < 0 || h > 2) {
                throw SocketErrors.withErrno(SocketErrors.EINVAL);
            }
            s(self).shutdown((int) h);
            return PyNone.NONE;
        });
        b.method0("close", self -> {
            s(self).close();
            return PyNone.NONE;
        });
        b.method0("detach", self -> PyInt.of(s(self).detach()));
        b.method0("pending_error", self -> PyInt.of(s(self).pendingError()));
        b.method0("family_number", self -> PyInt.of(s(self).family));
        b.method0("kind_number", self -> PyInt.of(s(self).kind));
        b.method0("fileno", self -> PyInt.of(s(self).fd()));
        b.method0("getsockname", self -> SocketAddresses.fromJava(s(self).family, s(self).localAddress()));
        b.method0("getpeername", self -> SocketAddresses.fromJava(s(self).family, s(self).remoteAddress()));
        b.method1("settimeout", (self, nanos) -> {
            s(self).timeoutNanos = Ops.index(nanos).longValue();
            return PyNone.NONE;
        });
        b.method("setopt", "setopt($self, level, option, value, /)", (self, a, k) -> {
            SocketOption<?> opt = option(a[0], a[1]);
            if (opt == null) {
                return PyBool.FALSE;
            }
            long v = Ops.index(a[2]).longValue();
            s(self).setOption(opt, opt.type() == Boolean.class ? (Object) (v != 0) : (Object) (int) v);
            return PyBool.TRUE;
        });
        b.method2("getopt", (self, level, option) -> {
            SocketOption<?> opt = option(level, option);
            if (opt == null) {
                return PyNone.NONE;
            }
            Object v = s(self).getOption(opt);
            if (v instanceof Boolean on) {
                return PyInt.of(on ? 1 : 0);
            }
            return v instanceof Integer i ? PyInt.of(i) : PyInt.of(0);
        });
    }

    private static PyObject recvFrom(PySocket s, int n) {
        if (s.dataChannel() instanceof DatagramChannel dc) {
            ByteBuffer bb = ByteBuffer.allocate(n);
            SocketAddress from = s.receiveFrom(dc, bb);
            return PyTuple.of(bytes(bb.flip()), SocketAddresses.fromJava(s.family, from));
        }
        return PyTuple.of(bytes(s.recv(n)), PyNone.NONE);
    }

    /** The java.nio option for a (level, option) pair of Linux's numbers; null for one Java lacks. */
    private static SocketOption<?> option(PyObject level, PyObject option) {
        long l = Ops.index(level).longValue();
        long o = Ops.index(option).longValue();
        if (l == 1) { // SOL_SOCKET
            return switch ((int) o) {
                case 2 -> StandardSocketOptions.SO_REUSEADDR;
                case 6 -> StandardSocketOptions.SO_BROADCAST;
                case 7 -> StandardSocketOptions.SO_SNDBUF;
                case 8 -> StandardSocketOptions.SO_RCVBUF;
                case 9 -> StandardSocketOptions.SO_KEEPALIVE;
                case 15 -> StandardSocketOptions.SO_REUSEPORT;
                default -> null;
            };
        }
        if (l == 6 && o == 1) { // IPPROTO_TCP, TCP_NODELAY
            return StandardSocketOptions.TCP_NODELAY;
        }
        if (l == 41 && o == 26) { // IPPROTO_IPV6, IPV6_V6ONLY: Java has no such option; dual stack is its default
            return null;
        }
        return null;
    }
}
