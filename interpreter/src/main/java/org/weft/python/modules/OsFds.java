package org.weft.python.modules;

import java.io.IOException;
import org.weft.python.io.FdTable;
import org.weft.python.io.FileStream;
import org.weft.python.io.OsErrors;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;

/**
 * The file-descriptor functions of {@code os}: open, close, read, write, lseek, ftruncate, fsync,
 * isatty, on the interpreter's {@link FdTable}. A descriptor is unbuffered, as POSIX's are: each
 * write reaches the file before it returns. CPython: the matching functions of posixmodule.c.
 */
final class OsFds {

    private OsFds() {
    }

    private static final ArgParser OPEN = ArgParser.of("open", "path", "flags", "mode=", "*", "dir_fd=");

    static void define(PyModule m) {
        OsFiles.fn(m, "open", "open($module, /, path, flags, mode=511, *, dir_fd=None)\n--\n\nOpen a file for "
                + "low level IO.  Returns a file descriptor (integer).", OPEN, a -> {
                    int flags = (int) Ops.index(a[1]).longValue();
                    FileStream s = OsFiles.io(a[0], () -> FileStream.openFlags(OsFiles.path(a[0], "open"), flags));
                    return PyInt.of(InterpreterState.current().fds().add(s));
                });
        OsFiles.put(m, PyBuiltinFunction.of1("close", "close($module, /, fd)\n--\n\nClose a file descriptor.",
                (self, fd) -> {
                    FileStream s = fds().remove(fd(fd));
                    io(() -> {
                        s.close();
                        return null;
                    });
                    return PyNone.NONE;
                }));
        OsFiles.put(m, PyBuiltinFunction.of2("read", "read($module, fd, length, /)\n--\n\nRead from a file "
                + "descriptor.  Returns a bytes object.", (self, fd, length) -> {
                    long n = Ops.index(length).longValue();
                    if (n < 0) {
                        throw OsErrors.withErrno(OsErrors.EINVAL, null);
                    }
                    FileStream s = fds().get(fd(fd));
                    return PyBytes.of(io(() -> s.read((int) Math.min(n, Integer.MAX_VALUE))));
                }));
        OsFiles.put(m, PyBuiltinFunction.of2("write", "write($module, fd, data, /)\n--\n\nWrite a bytes object "
                + "to a file descriptor.", (self, fd, data) -> {
                    byte[] b = bytesLike(data);
                    FileStream s = fds().get(fd(fd));
                    io(() -> {
                        s.write(b, 0, b.length);
                        s.flush();
                        return null;
                    });
                    return PyInt.of(b.length);
                }));
        OsFiles.put(m, PyBuiltinFunction.of("lseek", "lseek($module, fd, position, whence, /)\n--\n\nSet the "
                + "position of a file descriptor.  Return the new position.", (self, a, k) -> {
                    ArgParser.noKeywords("lseek", k);
                    ArgParser.checkPositional("lseek", a.length, 3, 3);
                    FileStream s = fds().get(fd(a[0]));
                    long pos = Ops.index(a[1]).longValue();
                    int whence = (int) Ops.index(a[2]).longValue();
                    return PyInt.of(io(() -> s.seek(pos, whence)));
                }));
        OsFiles.put(m, PyBuiltinFunction.of2("ftruncate", "ftruncate($module, fd, length, /)\n--\n\nTruncate a "
                + "file, specified by file descriptor, to a specific length.", (self, fd, length) -> {
                    FileStream s = fds().get(fd(fd));
                    long n = Ops.index(length).longValue();
                    io(() -> {
                        long at = s.tell();
                        s.truncate(n);
                        return s.seek(at, 0);
                    });
                    return PyNone.NONE;
                }));
        OsFiles.put(m, PyBuiltinFunction.of1("fsync", "fsync($module, /, fd)\n--\n\nForce write of fd to disk.",
                (self, fd) -> {
                    FileStream s = fds().get(fd(Ops.hasattr(fd, "fileno") ? Ops.callMethod(fd, "fileno") : fd));
                    io(() -> {
                        s.flush();
                        return null;
                    });
                    return PyNone.NONE;
                }));
        OsFiles.put(m, PyBuiltinFunction.of("fdopen", "fdopen(fd, mode='r', buffering=-1, encoding=None, *args, "
                + "**kwargs)", (self, a, k) -> {
                    int npos = a.length - (k == null ? 0 : k.length);
                    if (npos < 1) {
                        throw PyErr.typeError("fdopen() missing 1 required positional argument: 'fd'");
                    }
                    if (!(a[0] instanceof PyInt)) {
                        throw PyErr.typeError("invalid fd type (%s, expected integer)", Ops.repr(a[0].type()).value());
                    }
                    PyObject open = Ops.getattr(((org.weft.python.Interpreter) org.weft.python.runtime.ThreadState
                            .current().interpreter()).importer().importModule("builtins"), "open");
                    return Ops.call(open, a, k);
                }));
        OsFiles.put(m, PyBuiltinFunction.of1("fstat", "fstat($module, /, fd)\n--\n\nPerform a stat system call "
                + "on the given file descriptor.", (self, fd) -> {
                    FileStream s = fds().get(fd(fd));
                    // what a file object still buffers is not in the file yet, as in CPython
                    return io(() -> {
                        try {
                            return OsStat.stat(s.path(), true);
                        } catch (java.nio.file.NoSuchFileException e) {
                            return OsStat.ofUnlinked(s.sizeOnDisk()); // a TemporaryFile: no name, still a file
                        }
                    });
                }));
        // no descriptor here is a terminal: the standard streams are the run's sinks
        OsFiles.put(m, PyBuiltinFunction.of1("isatty", "isatty($module, fd, /)\n--\n\nReturn True if the fd is "
                + "connected to a terminal.", (self, fd) -> {
                    fd(fd);
                    return PyBool.FALSE;
                }));
    }

    private static FdTable fds() {
        return InterpreterState.current().fds();
    }

    private static long fd(PyObject o) {
        if (!(o instanceof PyInt)) {
            throw PyErr.typeError("'%s' object cannot be interpreted as an integer", Ops.typeName(o));
        }
        return Ops.index(o).longValue();
    }

    private static byte[] bytesLike(PyObject data) {
        if (data instanceof PyBytes b) {
            return b.value();
        }
        if (data instanceof org.weft.python.runtime.PyByteArray b) {
            return b.toByteArray();
        }
        // CPython's "y*": any buffer (memoryview, array.array...) will do.
        byte[] buffer = org.weft.python.runtime.PyMemoryView.bytesOrNull(data);
        if (buffer != null) {
            return buffer;
        }
        throw PyErr.typeError("a bytes-like object is required, not '%s'", Ops.typeName(data));
    }

    interface Io<T> {
        T run() throws IOException;
    }

    private static <T> T io(Io<T> action) {
        try {
            return action.run();
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw OsErrors.ofRuntime(e);
        }
    }
}
