package org.weft.python.io;

import java.io.IOException;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.TypeBuilder;

/** The methods of {@link PyTextIOWrapper}. CPython: Modules/_io/textio.c. */
final class PyTextIOWrapperMethods {

    private PyTextIOWrapperMethods() {
    }

    static void define(TypeBuilder b) {
        b.doc("Character and line based layer over a BufferedIOBase object, buffer.");
        b.newFn(PyTextIOWrapperMethods::newWrapper);
        b.method("read", "read($self, size=-1, /)", (self, a, k) -> {
            checkArgs("read", a, k);
            return PyStr.of(read(t(self), size(a)));
        });
        b.method("readline", "readline($self, size=-1, /)", (self, a, k) -> {
            checkArgs("readline", a, k);
            return PyStr.of(readline(t(self), size(a)));
        });
        b.method("readlines", "readlines($self, hint=-1, /)", (self, a, k) -> {
            checkArgs("readlines", a, k);
            return readlines(t(self), size(a));
        });
        b.method1("write", (self, s) -> {
            if (!(s instanceof PyStr str)) {
                throw PyErr.typeError("write() argument must be str, not %s", Ops.argTypeName(s));
            }
            return PyInt.of(write(t(self), str.value()));
        });
        b.method1("writelines", (self, lines) -> writelines(t(self), lines));
        b.method("seek", "seek($self, cookie, whence=0, /)", (self, a, k) -> {
            ArgParser.noKeywords("seek", k);
            ArgParser.checkPositional("seek", a.length, 1, 2);
            long cookie = Ops.index(a[0]).longValueExact();
            int whence = a.length > 1 ? Ops.index(a[1]).intValueExact() : 0;
            return PyInt.of(io(t(self), () -> t(self).stream.seek(cookie, whence)));
        });
        b.method0("tell", self -> PyInt.of(io(t(self), () -> t(self).stream.tell())));
        b.method("truncate", "truncate($self, pos=None, /)", (self, a, k) -> {
            checkArgs("truncate", a, k);
            Long size = a.length == 0 || a[0] == PyNone.NONE ? null : Ops.index(a[0]).longValueExact();
            return PyInt.of(io(t(self), () -> t(self).stream.truncate(size)));
        });
        b.method0("flush", self -> {
            io(t(self), () -> {
                t(self).stream.flush();
                return 0L;
            });
            return PyNone.NONE;
        });
        b.method0("close", self -> close(t(self)));
        b.method0("fileno", self -> {
            checkOpen(t(self), "I/O operation on closed file");
            if (t(self).buffer != null) {
                return Ops.callMethod(t(self).buffer, "fileno"); // CPython: the buffer's descriptor
            }
            if (t(self).stream instanceof SinkTextStream std) {
                // sys.stdin, sys.stdout and sys.stderr are descriptors 0, 1 and 2 (os.write(1, ...) reaches stdout)
                return PyInt.of(std.which().ordinal());
            }
            throw PyErr.of(IoTypes.UNSUPPORTED_OPERATION, PyStr.of("fileno"));
        });
        // a file of the other direction answers False without looking (its buffer has IOBase's method)
        b.method0("readable", self -> PyBool.of(attached(t(self)).stream.readable() && openStream(self).readable()));
        b.method0("writable", self -> PyBool.of(attached(t(self)).stream.writable() && openStream(self).writable()));
        b.method0("seekable", self -> PyBool.of(openStream(self).seekable()));
        b.method0("isatty", self -> PyBool.of(openStream(self).isatty()));
        b.method0("__enter__", self -> {
            checkOpen(t(self), "I/O operation on closed file.");
            return self;
        });
        b.method("__exit__", null, (self, a, k) -> close(t(self)));
        b.method0("__iter__", self -> {
            checkOpen(t(self), "I/O operation on closed file.");
            return self;
        });
        b.method0("__next__", self -> {
            PyObject line = t(self).nextItem();
            if (line == null) {
                throw PyErr.stopIteration(null);
            }
            return line;
        });
        b.method0("__repr__", self -> PyStr.of(repr(t(self))));
        b.getter("closed", self -> PyBool.of(attached(t(self)).stream.isClosed()));
        // A wrapper made by TextIOWrapper(buffer) has its buffer's name, and no mode (only open() sets one).
        b.getter("name", self -> attached(t(self)).name != null ? t(self).name : Ops.getattr(t(self).buffer, "name"));
        b.getter("mode", self -> {
            if (t(self).mode == null) {
                throw PyErr.attributeError("'_io.TextIOWrapper' object has no attribute 'mode'");
            }
            return PyStr.of(t(self).mode);
        });
        b.getter("encoding", self -> PyStr.of(t(self).stream.encoding()));
        b.getter("errors", self -> PyStr.of(t(self).stream.errors()));
        b.getter("buffer", self -> t(self).detached ? PyNone.NONE
                : t(self).buffer != null ? t(self).buffer : t(self).standardBuffer());
        b.getter("line_buffering", self -> PyBool.of(t(self).lineBuffering));
        b.getter("write_through", self -> PyBool.of(t(self).stream instanceof FileTextStream f && f.writeThrough()));
        b.getter("newlines", self -> attached(t(self)).stream.newlines());
        b.method0("detach", self -> detach(t(self)));
        b.method("reconfigure", "reconfigure($self, /, *, encoding=None, errors=None, newline=None,\n"
                + "            line_buffering=None, write_through=None)", (self, a, k) -> {
                    attached(t(self));
                    io(t(self), () -> {
                        t(self).stream.flush();
                        return 0L;
                    });
                    return TextReconfigure.reconfigure(t(self), a, k);
                });
    }

    private static final org.weft.python.runtime.ArgParser NEW = org.weft.python.runtime.ArgParser.of(
            "TextIOWrapper", "buffer", "encoding=", "errors=", "newline=", "line_buffering=", "write_through=");

    /**
     * {@code io.TextIOWrapper(buffer, encoding=None, errors=None, newline=None, ...)}: text over any
     * binary stream, decoded and encoded as open() does it. CPython: _io_TextIOWrapper___init___impl.
     */
    private static PyObject newWrapper(org.weft.python.runtime.PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] a = NEW.parse(args, kwnames);
        String encoding = optionalStr(a[1], "encoding");
        String errors = optionalStr(a[2], "errors");
        String newline = optionalStr(a[3], "newline");
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw PyErr.valueError("illegal newline value: %s", newline);
        }
        // None and "locale" are the locale's encoding: UTF-8, shown as locale.getencoding() spells it
        boolean locale = encoding == null || encoding.equals("locale");
        Encodings enc = locale ? Encodings.UTF_8 : Encodings.lookup(encoding);
        if (enc == null) {
            throw PyErr.format(org.weft.python.runtime.PyExc.LookupError, "unknown encoding: %s", encoding);
        }
        String shown = locale ? "UTF-8" : encoding;
        boolean lineBuffering = a[4] != null && Ops.isTrue(a[4]);
        FileTextStream text = new FileTextStream(new PyBufferStream(a[0]), enc.withDisplayName(shown), errors, newline,
                lineBuffering);
        text.setWriteThrough(a[5] != null && Ops.isTrue(a[5]));
        return new PyTextIOWrapper(text, null, null, a[0], lineBuffering);
    }

    private static String optionalStr(PyObject v, String name) {
        if (v == null || v == PyNone.NONE) {
            return null;
        }
        if (v instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("TextIOWrapper() argument '%s' must be str or None, not %s", name, Ops.typeName(v));
    }

    private static PyTextIOWrapper t(PyObject self) {
        return (PyTextIOWrapper) self;
    }

    private static void checkArgs(String name, PyObject[] a, String[] k) {
        ArgParser.noKeywords(name, k);
        ArgParser.checkPositional(name, a.length, 0, 1);
    }

    private static int size(PyObject[] a) {
        if (a.length == 0 || a[0] == PyNone.NONE) {
            return -1;
        }
        long n = Ops.index(a[0]).longValueExact();
        return n < 0 ? -1 : (int) Math.min(n, Integer.MAX_VALUE);
    }

    /** A Java io action whose failures become Python exceptions. */
    interface IoAction {
        long run() throws IOException;
    }

    static long io(PyTextIOWrapper f, IoAction action) {
        attached(f);
        try {
            return action.run();
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw OsErrors.ofRuntime(e);
        }
    }

    static String read(PyTextIOWrapper f, int n) {
        attached(f);
        try {
            return f.stream.read(n);
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw OsErrors.ofRuntime(e);
        }
    }

    static String readline(PyTextIOWrapper f, int limit) {
        attached(f);
        try {
            return f.stream.readline(limit);
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw OsErrors.ofRuntime(e);
        }
    }

    static String nextLine(PyTextIOWrapper f) {
        attached(f);
        try {
            return f.stream.nextLine();
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw OsErrors.ofRuntime(e);
        }
    }

    static int write(PyTextIOWrapper f, String s) {
        attached(f);
        try {
            return f.stream.write(s);
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw OsErrors.ofRuntime(e);
        }
    }

    private static PyObject readlines(PyTextIOWrapper f, int hint) {
        PyList out = new PyList();
        long total = 0;
        String line;
        while (!(line = readline(f, -1)).isEmpty()) {
            out.append(PyStr.of(line));
            total += line.length();
            if (hint > 0 && total > hint) {
                break;
            }
        }
        return out;
    }

    // CPython: _io__IOBase_writelines (TextIOWrapper has none of its own)
    private static PyObject writelines(PyTextIOWrapper f, PyObject lines) {
        checkOpen(f, "I/O operation on closed file.");
        PyObject it = Ops.iter(lines);
        PyObject item;
        while ((item = Ops.next(it)) != null) {
            if (!(item instanceof PyStr s)) {
                throw PyErr.typeError("write() argument must be str, not %s", Ops.argTypeName(item));
            }
            write(f, s.value());
        }
        return PyNone.NONE;
    }

    private static PyObject close(PyTextIOWrapper f) {
        io(f, () -> {
            f.stream.close();
            return 0L;
        });
        return PyNone.NONE;
    }

    private static TextStream openStream(PyObject self) {
        checkOpen(t(self), "I/O operation on closed file");
        return t(self).stream;
    }

    private static void checkOpen(PyTextIOWrapper f, String message) {
        attached(f);
        if (f.stream.isClosed()) {
            throw PyErr.valueError("%s", message);
        }
    }

    private static PyTextIOWrapper attached(PyTextIOWrapper f) {
        if (f.detached) {
            throw PyErr.valueError("underlying buffer has been detached");
        }
        return f;
    }

    /** {@code detach()}: flushes and hands the buffer over; the wrapper is unusable from then on. */
    // CPython: _io_TextIOWrapper_detach_impl
    private static PyObject detach(PyTextIOWrapper f) {
        io(f, () -> {
            f.stream.flush();
            return 0L;
        });
        if (f.buffer == null) {
            throw PyErr.of(IoTypes.UNSUPPORTED_OPERATION, PyStr.of("detach"));
        }
        f.detached = true;
        return f.buffer;
    }

    // CPython: textiowrapper_repr in textio.c
    private static String repr(PyTextIOWrapper f) {
        StringBuilder sb = new StringBuilder("<_io.TextIOWrapper");
        PyObject name = f.name != null ? f.name
                : f.buffer == null || f.detached ? null : Ops.getattrOrNull(f.buffer, "name");
        if (name != null) {
            sb.append(" name=").append(Ops.repr(name).value());
        }
        if (f.mode != null) {
            sb.append(" mode='").append(f.mode).append("'");
        }
        sb.append(" encoding='").append(f.stream.encoding()).append("'>");
        return sb.toString();
    }
}
