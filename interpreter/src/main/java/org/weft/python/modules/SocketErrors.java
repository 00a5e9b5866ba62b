package org.weft.python.modules;

import java.io.IOException;
import java.net.ProtocolFamily;
import java.net.StandardProtocolFamily;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnsupportedAddressTypeException;
import org.weft.python.io.OsErrors;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyStr;

/**
 * Java's socket failures as the OSErrors CPython raises on Linux, with POSIX errno numbers and
 * strerror texts: {@code ConnectionRefusedError: [Errno 111] Connection refused}. The JDK names
 * most of them only by their strerror text, so the text selects the number.
 */
final class SocketErrors {

    private SocketErrors() {
    }

    static final int EBADF = 9;
    static final int EAGAIN = 11;
    static final int EINVAL = 22;
    static final int EPIPE = 32;
    static final int EOPNOTSUPP = 95;
    static final int EAFNOSUPPORT = 97;
    static final int EADDRINUSE = 98;
    static final int EADDRNOTAVAIL = 99;
    static final int ECONNRESET = 104;
    static final int EISCONN = 106;
    static final int ENOTCONN = 107;
    static final int ECONNREFUSED = 111;
    static final int EALREADY = 114;
    static final int EINPROGRESS = 115;

    /** Texts the JDK reports, each with the errno whose strerror it is (or abbreviates). */
    private static final Object[][] TEXTS = {
        {"Connection refused", 111}, {"Connection reset", ECONNRESET}, {"Broken pipe", EPIPE},
        {"Address already in use", EADDRINUSE}, {"Cannot assign requested address", EADDRNOTAVAIL},
        {"Network is unreachable", 101}, {"No route to host", 113}, {"Permission denied", 13},
        {"Transport endpoint is not connected", ENOTCONN}, {"Connection timed out", 110},
        {"No such file or directory", 2}, {"Protocol wrong type", 91}, {"Invalid argument", EINVAL},
        {"Message too long", 90}, {"Bad file descriptor", EBADF},
    };

    /** {@code OSError(errno, strerror)}; constructing OSError selects the subclass, as CPython's does. */
    static PyException withErrno(int errno) {
        return PyErr.of(PyExc.OSError, PyInt.of(errno), PyStr.of(OsErrors.strerror(errno)));
    }

    /** The errno of a failed connect, for connect_ex; 0 when the failure has no number. */
    static int errnoOf(IOException e) {
        if (e instanceof ClosedChannelException) {
            return EBADF;
        }
        String msg = String.valueOf(e.getMessage());
        for (Object[] t : TEXTS) {
            if (msg.contains((String) t[0])) {
                return (Integer) t[1];
            }
        }
        return 0;
    }

    static PyException of(IOException e) {
        int errno = errnoOf(e);
        return errno != 0 ? withErrno(errno) : PyErr.format(PyExc.OSError, "%s", String.valueOf(e.getMessage()));
    }

    /** The unchecked exceptions of java.nio's channels, as POSIX's errors for the same misuse. */
    static PyException ofRuntime(RuntimeException e) {
        if (e instanceof NotYetConnectedException) {
            return withErrno(ENOTCONN);
        } else if (e instanceof AlreadyConnectedException) {
            return withErrno(EISCONN);
        } else if (e instanceof ConnectionPendingException) {
            return withErrno(EALREADY);
        } else if (e instanceof NotYetBoundException) {
            return withErrno(EINVAL);
        } else if (e instanceof UnsupportedAddressTypeException) {
            return withErrno(EAFNOSUPPORT);
        } else if (e instanceof ClosedSelectorException) {
            return withErrno(EBADF);
        }
        return null;
    }

    /** socket.timeout's message: a TimeoutError with no errno. */
    static PyException timedOut() {
        return PyErr.of(PyExc.TimeoutError, PyStr.of("timed out"));
    }

    static ProtocolFamily family(int family) {
        return switch (family) {
            case SocketAddresses.AF_UNIX -> StandardProtocolFamily.UNIX;
            case SocketAddresses.AF_INET6 -> StandardProtocolFamily.INET6;
            default -> StandardProtocolFamily.INET;
        };
    }
}
