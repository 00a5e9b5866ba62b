package org.weft.python.modules;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * Socket addresses between Python's forms and Java's: {@code ('127.0.0.1', 80)} for AF_INET,
 * {@code ('::1', 80, 0, 0)} for AF_INET6, a path string for AF_UNIX. Host names are resolved by
 * the Python layer (which raises gaierror); here a host is a numeric address. CPython: getsockaddrarg
 * and makesockaddr in socketmodule.c.
 */
final class SocketAddresses {

    private SocketAddresses() {
    }

    static final int AF_UNIX = 1;
    static final int AF_INET = 2;
    static final int AF_INET6 = 10;

    static SocketAddress toJava(int family, PyObject addr) {
        if (family == AF_UNIX) {
            String path = addr instanceof PyStr s ? s.value() : Ops.str(Ops.callMethod(addr, "decode")).value();
            return UnixDomainSocketAddress.of(path);
        }
        if (!(addr instanceof PyTuple t) || t.size() < 2) {
            throw PyErr.typeError("%s address must be a tuple, not %s", family == AF_INET ? "AF_INET" : "AF_INET6",
                    Ops.typeName(addr));
        }
        String host = Ops.str(t.get(0)).value();
        int port = (int) Ops.index(t.get(1)).longValue();
        return new InetSocketAddress(host(family, host), port);
    }

    private static InetAddress host(int family, String host) {
        try {
            if (host.isEmpty()) {
                return InetAddress.getByName(family == AF_INET6 ? "::" : "0.0.0.0");
            }
            if (host.equals("<broadcast>")) {
                return InetAddress.getByName("255.255.255.255");
            }
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw PyErr.of(org.weft.python.runtime.PyExc.OSError, PyInt.of(-2), PyStr.of("Name or service not known"));
        }
    }

    /** The Python form of {@code a}; {@code null} (an unbound socket) gives the family's any-address. */
    static PyObject fromJava(int family, SocketAddress a) {
        if (a instanceof UnixDomainSocketAddress u) {
            return PyStr.of(u.getPath().toString());
        }
        if (a instanceof InetSocketAddress in) {
            InetAddress ia = in.getAddress();
            if (ia instanceof Inet6Address v6 && family == AF_INET6) {
                return PyTuple.of(PyStr.of(ipv6Text(v6.getAddress())), PyInt.of(in.getPort()), PyInt.of(0),
                        PyInt.of(v6.getScopeId()));
            }
            return PyTuple.of(PyStr.of(ia.getHostAddress()), PyInt.of(in.getPort()));
        }
        return switch (family) {
            case AF_UNIX -> PyStr.EMPTY;
            case AF_INET6 -> PyTuple.of(PyStr.of("::"), PyInt.of(0), PyInt.of(0), PyInt.of(0));
            default -> PyTuple.of(PyStr.of("0.0.0.0"), PyInt.of(0));
        };
    }

    /** Numeric text of an address, as inet_ntop writes it. */
    static String text(InetAddress a) {
        return a instanceof Inet4Address ? a.getHostAddress() : ipv6Text(a.getAddress());
    }

    /**
     * RFC 5952 text, as glibc's inet_ntop: lower-case hex groups, the longest run (the first of
     * equals) of two or more zero groups written "::", and an IPv4-mapped tail in dotted form.
     */
    static String ipv6Text(byte[] b) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8;) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen && j - i >= 2) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        boolean mapped = bestStart == 0 && (bestLen == 5 && g[5] == 0xffff || bestLen == 6 && (g[6] != 0 || g[7] > 1));
        StringBuilder sb = new StringBuilder();
        int end = mapped ? 6 : 8;
        for (int i = 0; i < end; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        if (mapped) {
            if (sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(b[12] & 0xff).append('.').append(b[13] & 0xff).append('.').append(b[14] & 0xff).append('.')
                    .append(b[15] & 0xff);
        }
        return sb.toString();
    }
}
