package org.weft.python.io;

import java.io.IOException;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyMemoryView;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.TypeBuilder;

/** The methods of {@link PyBufferedFile}. CPython: Modules/_io/bufferedio.c and fileio.c. */
final class PyBufferedFileMethods {

    private PyBufferedFileMethods() {
    }

    static void define(TypeBuilder b, String typeName) {
        boolean raw = typeName.equals("FileIO");
        if (raw) {
            b.newFn(BufferedConstructors::fileIO);
        } else {
            b.newFn((type, args, kw) -> BufferedConstructors.buffered(type, args, kw, typeName));
        }
        b.method("read", "read($self, size=-1, /)", (self, a, k) -> {
            sizeArgs("read", a, k);
            PyBufferedFile f = live(notForWriter(self, "read"), "read of closed file");
            if (!raw && a.length > 0 && a[0] != PyNone.NONE && Ops.index(a[0]).longValue() < -1) {
                // CPython: _io__Buffered_read_impl (FileIO reads everything for any negative size)
                throw PyErr.valueError("read length must be non-negative or -1");
            }
            return Bytes.wrap(call(f, () -> readable(f).stream.read(size(a))));
        });
        if (raw) {
            FileIoMethods.define(b);
        } else {
            b.method("read1", "read1($self, size=-1, /)", (self, a, k) -> {
                sizeArgs("read1", a, k);
                PyBufferedFile f = live(notForWriter(self, "read1"), "read of closed file");
                return Bytes.wrap(call(f, () -> f.stream.read1(size(a))));
            });
            b.getter("raw", self -> f(self).raw());
            b.method0("detach", self -> {
                // CPython: a BufferedWriter or BufferedRandom flushes first, and says so when closed
                boolean flushes = f(self).type() != PyBufferedFile.READER;
                PyBufferedFile f = live(self, flushes ? "flush of closed file" : "I/O operation on closed file.");
                call(f, () -> {
                    f.stream.flush();
                    return null;
                });
                return f.raw();
            });
        }
        if (typeName.equals("BufferedReader") || typeName.equals("BufferedRandom")) {
            b.method("peek", "peek($self, size=0, /)", (self, a, k) -> {
                sizeArgs("peek", a, k);
                PyBufferedFile f = live(self, "peek of closed file");
                return Bytes.wrap(call(f, () -> f.stream.peek(size(a))));
            });
        }
        b.method("readline", "readline($self, size=-1, /)", (self, a, k) -> {
            sizeArgs("readline", a, k);
            PyBufferedFile f = live(notForWriter(self, "read"), "readline of closed file");
            return Bytes.wrap(call(f, () -> readable(f).stream.readline(size(a))));
        });
        b.method("readlines", "readlines($self, hint=-1, /)", (self, a, k) -> {
            sizeArgs("readlines", a, k);
            ioBaseOpen(self);
            notForWriter(self, "read");
            int hint = size(a);
            PyList out = new PyList();
            long total = 0;
            byte[] line;
            // CPython: no more lines once the total exceeds a positive hint
            while ((line = readline(f(self), -1)).length > 0) {
                out.append(Bytes.wrap(line));
                total += line.length;
                if (hint > 0 && total > hint) {
                    break;
                }
            }
            return out;
        });
        b.method1("readinto", (self, buffer) -> {
            // CPython: _io__Buffered_readinto_impl; the buffer's raw bytes, whatever its item format.
            PyBufferedFile f = live(notForWriter(self, "read"), "readinto of closed file");
            PyMemoryView target = PyMemoryView.writableBytes(buffer, "readinto");
            byte[] data = call(f, () -> readable(f).stream.read(target.byteLength()));
            target.storeBytes(data, data.length);
            return PyInt.of(data.length);
        });
        b.method1("write", (self, data) -> {
            if (f(self).type() == PyBufferedFile.READER) {
                // a BufferedReader has no write of its own: BufferedIOBase.write refuses before looking at data
                throw PyErr.of(IoTypes.UNSUPPORTED_OPERATION, PyStr.of("write"));
            }
            live(self, "write to closed file");
            byte[] bytes = Bytes.unwrap(data);
            call(f(self), () -> {
                writable(f(self)).stream.write(bytes, 0, bytes.length);
                return null;
            });
            return PyInt.of(bytes.length);
        });
        b.method1("writelines", (self, lines) -> {
            ioBaseOpen(self);
            PyObject it = Ops.iter(lines);
            PyObject item;
            while ((item = Ops.next(it)) != null) {
                Ops.callMethod(self, "write", item);
            }
            return PyNone.NONE;
        });
        b.method("seek", "seek($self, target, whence=0, /)", (self, a, k) -> {
            ArgParser.noKeywords("seek", k);
            ArgParser.checkPositional("seek", a.length, 1, 2);
            long target = Ops.index(a[0]).longValueExact();
            int whence = a.length > 1 ? Ops.index(a[1]).intValueExact() : 0;
            if (!raw && (whence < 0 || whence > 4)) {
                // CPython: _io__Buffered_seek_impl allows SEEK_SET/CUR/END and Linux's SEEK_DATA/HOLE
                throw PyErr.valueError("whence value %d unsupported", whence);
            }
            PyBufferedFile f = live(self, "seek of closed file");
            return PyInt.of(call(f, () -> f.stream.seek(target, whence)));
        });
        b.method0("tell", self -> PyInt.of(call(rawOpen(self), () -> f(self).stream.tell())));
        b.method("truncate", "truncate($self, pos=None, /)", (self, a, k) -> {
            sizeArgs("truncate", a, k);
            Long size = a.length == 0 || a[0] == PyNone.NONE ? null : Ops.index(a[0]).longValueExact();
            PyBufferedFile f = live(self, "truncate of closed file");
            return PyInt.of(call(f, () -> writable(f).stream.truncate(size)));
        });
        b.method0("flush", self -> {
            boolean writes = f(self).type() == PyBufferedFile.WRITER || f(self).type() == PyBufferedFile.RANDOM;
            if (writes) {
                live(self, "flush of closed file");
            } else {
                ioBaseOpen(self);
            }
            call(f(self), () -> {
                f(self).stream.flush();
                return null;
            });
            return PyNone.NONE;
        });
        b.method0("close", self -> close(f(self)));
        // a BufferedWriter has IOBase's readable (False, with no look at the file), a BufferedReader IOBase's writable
        b.method0("readable", self -> f(self).type() == PyBufferedFile.WRITER ? PyBool.FALSE
                : PyBool.of(rawOpen(self).stream.mode().reading()));
        b.method0("writable", self -> f(self).type() == PyBufferedFile.READER ? PyBool.FALSE
                : PyBool.of(rawOpen(self).stream.mode().writing()));
        b.method0("seekable", self -> PyBool.of(rawOpen(self) != null));
        b.method0("isatty", self -> PyBool.of(rawOpen(self) == null));
        b.method0("fileno", self -> PyInt.of(
                org.weft.python.modules.InterpreterState.current().fds().fdOf(rawOpen(self).stream)));
        b.method0("__enter__", self -> ioBaseOpen(self));
        b.method("__exit__", null, (self, a, k) -> close(f(self)));
        b.method0("__iter__", self -> ioBaseOpen(self));
        b.method0("__next__", self -> {
            PyObject line = f(self).nextItem();
            if (line == null) {
                throw PyErr.stopIteration(null);
            }
            return line;
        });
        b.method0("__repr__", self -> PyStr.of(repr(f(self), typeName)));
        b.getter("closed", self -> PyBool.of(f(self).stream.isClosed()));
        b.getter("name", self -> f(self).name);
        b.getter("mode", self -> PyStr.of(f(self).mode));
    }

    static PyBufferedFile f(PyObject self) {
        return (PyBufferedFile) self;
    }

    /**
     * FileIO says which mode is missing ("File not open for reading"); the buffered objects leave
     * the check to the stream, whose UnsupportedOperation names the operation ("read").
     */
    // CPython: err_mode in Modules/_io/fileio.c
    private static PyBufferedFile readable(PyBufferedFile f) throws IOException {
        if (f.type() == PyBufferedFile.FILE_IO && !f.stream.isClosed() && !f.stream.mode().reading()) {
            throw new UnsupportedOperationIOException("File not open for reading");
        }
        return f;
    }

    private static PyBufferedFile writable(PyBufferedFile f) throws IOException {
        if (f.type() == PyBufferedFile.FILE_IO && !f.stream.isClosed() && !f.stream.mode().writing()) {
            throw new UnsupportedOperationIOException("File not open for writing");
        }
        return f;
    }

    /*
     * On a closed file CPython's messages differ by type and method: FileIO (and what the buffered
     * objects ask their raw file: tell, fileno, isatty, seekable) says "I/O operation on closed
     * file", IOBase (readlines, __iter__, __enter__) adds a period, and the buffered objects name
     * the operation ("read of closed file"). CPython: CHECK_CLOSED in bufferedio.c, err_closed in fileio.c.
     */

    /** Open, or ValueError: the buffered object's own message, or FileIO's. */
    static PyBufferedFile live(PyObject self, String bufferedMessage) {
        PyBufferedFile f = f(self);
        if (f.stream.isClosed()) {
            throw PyErr.valueError("%s", f.type() == PyBufferedFile.FILE_IO ? "I/O operation on closed file"
                    : bufferedMessage);
        }
        return f;
    }

    private static PyBufferedFile rawOpen(PyObject self) {
        return live(self, "I/O operation on closed file");
    }

    private static PyBufferedFile ioBaseOpen(PyObject self) {
        if (f(self).stream.isClosed()) {
            throw PyErr.valueError("I/O operation on closed file.");
        }
        return f(self);
    }

    /** A BufferedWriter's reads are BufferedIOBase's: UnsupportedOperation, open or closed. */
    private static PyObject notForWriter(PyObject self, String operation) {
        if (f(self).type() == PyBufferedFile.WRITER) {
            throw PyErr.of(IoTypes.UNSUPPORTED_OPERATION, PyStr.of(operation));
        }
        return self;
    }

    static void sizeArgs(String name, PyObject[] a, String[] k) {
        ArgParser.noKeywords(name, k);
        ArgParser.checkPositional(name, a.length, 0, 1);
    }

    static int size(PyObject[] a) {
        if (a.length == 0 || a[0] == PyNone.NONE) {
            return -1;
        }
        long n = Ops.index(a[0]).longValueExact();
        return n < 0 ? -1 : (int) Math.min(n, Integer.MAX_VALUE);
    }

    interface IoCall<T> {
        T run() throws IOException;
    }

    static <T> T call(PyBufferedFile f, IoCall<T> action) {
        try {
            return action.run();
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw OsErrors.ofRuntime(e);
        }
    }

    static byte[] readline(PyBufferedFile f, int limit) {
        return call(f, () -> f.stream.readline(limit));
    }

    private static PyObject close(PyBufferedFile f) {
        call(f, () -> {
            f.stream.close();
            return null;
        });
        return PyNone.NONE;
    }

    // CPython: buffered_repr in bufferedio.c, fileio_repr in fileio.c
    private static String repr(PyBufferedFile f, String typeName) {
        String name = Ops.repr(f.name).value();
        if (typeName.equals("FileIO")) {
            return f.stream.isClosed() ? "<_io.FileIO [closed]>"
                    : "<_io.FileIO name=" + name + " mode='" + f.mode + "' closefd=True>";
        }
        return "<_io." + typeName + " name=" + name + ">";
    }
}
