package org.weft.python.modules;

import java.io.IOException;
import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.io.FileStream;
import org.weft.python.io.OpenMode;
import org.weft.python.io.OsErrors;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/**
 * The {@code fcntl} module, on what a JVM can do honestly. flock and lockf take the system's
 * record locks through Java's {@code FileChannel} on files opened by the interpreter (see
 * {@link FileStream#lock}): flock is thus emulated with fcntl locks, as CPython's documentation
 * allows, and excludes other processes' lockf and fcntl locks (and other Weft processes'
 * flock), but not locks that other programs take with flock(2). fcntl answers F_GETFL and F_GETFD from what the interpreter knows of
 * the descriptor and accepts F_SETFD/F_SETFL without effect; ioctl fails with ENOTTY, the answer
 * for a regular file. Other descriptors (the standard streams, sockets) are EBADF here.
 * CPython: Modules/fcntlmodule.c.
 */
public final class FcntlModule implements BuiltinModule {

    private static final int LOCK_SH = 1;
    private static final int LOCK_EX = 2;
    private static final int LOCK_NB = 4;
    private static final int LOCK_UN = 8;
    private static final int F_GETFD = 1;
    private static final int F_SETFD = 2;
    private static final int F_GETFL = 3;
    private static final int F_SETFL = 4;
    private static final int FD_CLOEXEC = 1;
    private static final int EAGAIN = 11;
    private static final int ENOTTY = 25;
    /** What Linux reports in F_GETFL for every file a 64-bit process opens. */
    private static final int O_LARGEFILE = 0x8000;
    private static final long TO_END = Long.MAX_VALUE;

    /** Linux's values (x86-64) of the constants CPython's fcntl exports there. */
    private static final Object[][] CONSTANTS = {
        {"DN_ACCESS", 1L}, {"DN_ATTRIB", 32L}, {"DN_CREATE", 4L}, {"DN_DELETE", 8L}, {"DN_MODIFY", 2L},
        {"DN_MULTISHOT", 2147483648L}, {"DN_RENAME", 16L}, {"FASYNC", 8192L}, {"FD_CLOEXEC", 1L},
        {"F_ADD_SEALS", 1033L}, {"F_DUPFD", 0L}, {"F_DUPFD_CLOEXEC", 1030L}, {"F_EXLCK", 4L}, {"F_GETFD", 1L},
        {"F_GETFL", 3L}, {"F_GETLEASE", 1025L}, {"F_GETLK", 5L}, {"F_GETLK64", 5L}, {"F_GETOWN", 9L},
        {"F_GETPIPE_SZ", 1032L}, {"F_GETSIG", 11L}, {"F_GET_SEALS", 1034L}, {"F_NOTIFY", 1026L},
        {"F_OFD_GETLK", 36L}, {"F_OFD_SETLK", 37L}, {"F_OFD_SETLKW", 38L}, {"F_RDLCK", 0L}, {"F_SEAL_GROW", 4L},
        {"F_SEAL_SEAL", 1L}, {"F_SEAL_SHRINK", 2L}, {"F_SEAL_WRITE", 8L}, {"F_SETFD", 2L}, {"F_SETFL", 4L},
        {"F_SETLEASE", 1024L}, {"F_SETLK", 6L}, {"F_SETLK64", 6L}, {"F_SETLKW", 7L}, {"F_SETLKW64", 7L},
        {"F_SETOWN", 8L}, {"F_SETPIPE_SZ", 1031L}, {"F_SETSIG", 10L}, {"F_SHLCK", 8L}, {"F_UNLCK", 2L},
        {"F_WRLCK", 1L}, {"LOCK_EX", 2L}, {"LOCK_MAND", 32L}, {"LOCK_NB", 4L}, {"LOCK_READ", 64L},
        {"LOCK_RW", 192L}, {"LOCK_SH", 1L}, {"LOCK_UN", 8L}, {"LOCK_WRITE", 128L},
    };

    @Override
    public String name() {
        return "fcntl";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("__doc__", PyStr.of("This module performs file control and I/O control on file\n"
                + "descriptors.  It is an interface to the fcntl() and ioctl() Unix\n"
                + "routines.  File descriptors can be obtained with the fileno() method of\n"
                + "a file or socket object."));
        for (Object[] c : CONSTANTS) {
            m.put((String) c[0], PyInt.of((Long) c[1]));
        }
        OsFiles.fn(m, "flock", "flock($module, fd, operation, /)\n--\n\nPerform the lock operation on file "
                + "descriptor fd.\n\nSee the Unix manual page for flock(2) for details (On some systems, this "
                + "function is\nemulated using fcntl()).", ArgParser.of("flock", "fd", "operation", "/"),
                a -> flock(stream(a[0]), (int) Ops.index(a[1]).longValue()));
        OsFiles.fn(m, "lockf", "lockf($module, fd, cmd, len=0, start=0, whence=0, /)\n--\n\nA wrapper around "
                + "the fcntl() locking calls.", ArgParser.of("lockf", "fd", "cmd", "len=", "start=", "whence=", "/"),
                a -> lockf(stream(a[0]), (int) Ops.index(a[1]).longValue(), arg(a[2]), arg(a[3]), arg(a[4])));
        OsFiles.fn(m, "fcntl", "fcntl($module, fd, cmd, arg=0, /)\n--\n\nPerform the operation `cmd` on file "
                + "descriptor fd.", ArgParser.of("fcntl", "fd", "cmd", "arg=", "/"),
                a -> fcntl(stream(a[0]), (int) Ops.index(a[1]).longValue()));
        OsFiles.fn(m, "ioctl", "ioctl($module, fd, request, arg=0, mutate_flag=True, /)\n--\n\nPerform the "
                + "operation `request` on file descriptor `fd`.", ArgParser.of("ioctl", "fd", "request", "arg=",
                        "mutate_flag=", "/"),
                a -> {
                    stream(a[0]);
                    throw OsErrors.withErrno(ENOTTY, null);
                });
    }

    private static long arg(PyObject o) {
        return o == null ? 0 : Ops.index(o).longValue();
    }

    // CPython: PyObject_AsFileDescriptor, then the interpreter's descriptor table
    private static FileStream stream(PyObject o) {
        long fd;
        if (o instanceof PyInt) {
            fd = Ops.index(o).longValue();
        } else {
            PyObject fileno = Ops.getattrOrNull(o, "fileno");
            if (fileno == null) {
                throw PyErr.typeError("argument must be an int, or have a fileno() method.");
            }
            PyObject r = Ops.call(fileno);
            if (!(r instanceof PyInt)) {
                throw PyErr.typeError("fileno() returned a non-integer");
            }
            fd = Ops.index(r).longValue();
        }
        if (fd < 0) {
            throw PyErr.valueError("file descriptor cannot be a negative integer (%d)", fd);
        }
        return InterpreterState.current().fds().get(fd);
    }

    // CPython: fcntl_flock_impl (flock(2): whole-file locks)
    private static PyObject flock(FileStream s, int op) {
        int kind = op & ~LOCK_NB;
        if (kind == LOCK_UN) {
            io(() -> {
                s.unlock(0, TO_END);
                return null;
            });
            return PyNone.NONE;
        }
        if (kind != LOCK_SH && kind != LOCK_EX) {
            throw OsErrors.withErrno(OsErrors.EINVAL, null);
        }
        lockOrFail(s, 0, TO_END, kind == LOCK_SH, (op & LOCK_NB) == 0, false);
        return PyNone.NONE;
    }

    // CPython: fcntl_lockf_impl (the region from start, relative to whence, len bytes or to the end)
    private static PyObject lockf(FileStream s, int cmd, long len, long start, long whence) {
        long from = io(() -> switch ((int) whence) {
            case 0 -> start;
            case 1 -> s.tell() + start;
            case 2 -> s.size() + start;
            default -> throw new org.weft.python.io.ErrnoException(OsErrors.EINVAL);
        });
        if (from < 0 || len < 0) {
            throw OsErrors.withErrno(OsErrors.EINVAL, null);
        }
        long size = len == 0 ? TO_END - from : len;
        if (cmd == LOCK_UN) {
            io(() -> {
                s.unlock(from, size);
                return null;
            });
            return PyNone.NONE;
        }
        if ((cmd & (LOCK_SH | LOCK_EX)) == 0) {
            throw PyErr.valueError("unrecognized lockf argument");
        }
        lockOrFail(s, from, size, (cmd & LOCK_SH) != 0, (cmd & LOCK_NB) == 0, true);
        return PyNone.NONE;
    }

    private static void lockOrFail(FileStream s, long from, long size, boolean shared, boolean wait,
            boolean processWide) {
        if (!io(() -> s.lock(from, size, shared, wait, processWide))) {
            throw OsErrors.withErrno(EAGAIN, null);
        }
    }

    // CPython: fcntl_fcntl_impl; only the commands whose answer the interpreter knows
    private static PyObject fcntl(FileStream s, int cmd) {
        OpenMode mode = s.mode();
        return switch (cmd) {
            case F_GETFD -> PyInt.of(FD_CLOEXEC); // descriptors are not inherited, as PEP 446 makes them
            case F_SETFD, F_SETFL -> PyInt.of(0);
            case F_GETFL -> PyInt.of(O_LARGEFILE | (mode.reading() && mode.writing() ? 2 : mode.writing() ? 1 : 0)
                    | (mode.append() ? 1024 : 0));
            default -> throw OsErrors.withErrno(OsErrors.EINVAL, null);
        };
    }

    interface Io<T> {
        T run() throws IOException;
    }

    private static <T> T io(Io<T> action) {
        try {
            return action.run();
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
    }
}
