package org.weft.python.io;

import org.weft.python.runtime.AuditHooks;

import java.io.IOException;
import java.nio.file.Path;
import org.weft.python.modules.InterpreterState;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/** The builtin {@code open()}: checks the arguments as CPython does and builds the file object. */
public final class OpenFiles {

    private OpenFiles() {
    }

    /**
     * {@code open(file, mode, buffering, encoding, errors, newline, closefd, opener)}, the slots as
     * {@code ArgParser} binds them (null when not given).
     */
    // CPython: _io_open_impl in Modules/_io/_iomodule.c
    public static PyObject open(PyObject[] a) {
        PyObject file = a[0];
        String modeText = strArg(a[1], "mode", "r", false);
        String encoding = strArg(a[3], "encoding", null, true);
        String errors = strArg(a[4], "errors", null, true);
        String newline = strArg(a[5], "newline", null, true);
        if (file instanceof PyInt fd) {
            return openFd(fd, a, modeText, encoding, errors, newline);
        }
        String path = file instanceof PyBytes b ? Bytes.fsDecode(b.value()) : FsPath.of(file);
        // CPython names the file by the str (or bytes) path, also when it was given a PathLike
        PyObject name = file instanceof PyStr || file instanceof PyBytes ? file : PyStr.of(path);
        OpenMode mode;
        try {
            mode = OpenMode.parse(modeText);
        } catch (IoValueError e) {
            throw OsErrors.ofRuntime(e);
        }
        long buffering = a[2] == null ? -1 : Ops.index(a[2]).longValueExact();
        checkTextArgs(mode, encoding, errors, newline, buffering);
        // CPython: FileIO's PySys_Audit("open", "Osi", ...), before the file is opened
        AuditHooks.audit("open", name, PyStr.of(mode.fileIoMode()), PyInt.of(mode.openFlags()));
        if (a[6] != null && !Ops.isTrue(a[6])) {
            throw PyErr.valueError("Cannot use closefd=False with file name");
        }
        InterpreterState state = InterpreterState.current();
        FileStream stream = a[7] != null && a[7] != PyNone.NONE ? openWith(a[7], file, mode, state)
                : openPath(path, name, mode, state);
        if (mode.writing()) {
            state.openWriters().register(stream);
        }
        PyBufferedFile buffer = new PyBufferedFile(PyBufferedFile.typeFor(mode, buffering == 0), stream, name,
                mode.rawMode());
        if (mode.binary()) {
            return buffer;
        }
        // the encoding is looked up by the TextIOWrapper, once the file is open (CPython's order)
        Encodings enc = encoding == null || encoding.equals("locale") ? Encodings.UTF_8 : Encodings.lookup(encoding);
        if (enc == null) {
            try {
                stream.close();
            } catch (IOException e) {
                // the LookupError is the error to report
            }
            throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", encoding);
        }
        String shown = encoding == null || encoding.equals("locale") ? "UTF-8" : encoding;
        TextStream text = new FileTextStream(stream, enc.withDisplayName(shown), errors, newline);
        return new PyTextIOWrapper(text, name, modeText.replace("b", ""), buffer, buffering == 1);
    }

    private static FileStream openPath(String path, PyObject name, OpenMode mode, InterpreterState state) {
        if (path.isEmpty()) {
            throw OsErrors.withErrno(OsErrors.ENOENT, name); // the system finds no file named ""
        }
        try {
            return FileStream.open(state.resolve(path), mode);
        } catch (IOException e) {
            throw OsErrors.of(e, name);
        }
    }

    /** open(..., opener=f): f(file, flags) returns the descriptor (of os.open) to use. CPython: _io_FileIO___init___impl */
    private static FileStream openWith(PyObject opener, PyObject file, OpenMode mode, InterpreterState state) {
        PyObject fd = Ops.call(opener, file, PyInt.of(flags(mode)));
        if (!(fd instanceof PyInt n)) {
            throw PyErr.typeError("expected integer from opener");
        }
        if (n.longValue() < 0) {
            throw PyErr.valueError("opener returned %d", n.longValue());
        }
        return state.fds().get(n.longValue());
    }

    /** The os.open flags of a mode, with Linux's values. CPython: _io_FileIO___init___impl */
    private static int flags(OpenMode mode) {
        int flags = mode.reading() && mode.writing() ? 02 : mode.writing() ? 01 : 0;
        if (mode.creating()) {
            flags |= 0200 | 0100; // O_EXCL | O_CREAT
        } else if (mode.truncate()) {
            flags |= 01000 | 0100; // O_TRUNC | O_CREAT
        } else if (mode.append()) {
            flags |= 02000 | 0100; // O_APPEND | O_CREAT
        }
        return flags | 02000000; // O_CLOEXEC
    }

    /**
     * {@code open(fd, ...)}: a file object over a descriptor of {@code os.open}, which it closes when
     * it closes. The standard streams 0, 1 and 2 are the run's sinks, not descriptors, here.
     */
    private static PyObject openFd(PyInt fdObj, PyObject[] a, String modeText, String encoding, String errors,
            String newline) {
        OpenMode mode;
        try {
            mode = OpenMode.parse(modeText);
        } catch (IoValueError e) {
            throw OsErrors.ofRuntime(e);
        }
        long buffering = a[2] == null ? -1 : Ops.index(a[2]).longValueExact();
        checkTextArgs(mode, encoding, errors, newline, buffering);
        if (a[6] != null && !Ops.isTrue(a[6])) {
            throw PyErr.format(PyExc.OSError, "open(fd, closefd=False) is not supported in Weft");
        }
        long fd = fdObj.longValue();
        if (fd >= 0 && fd <= 2) {
            throw PyErr.format(PyExc.OSError, "open() of the standard streams' descriptors is not supported "
                    + "in Weft; use sys.stdin, sys.stdout or sys.stderr");
        }
        Encodings enc = null;
        if (!mode.binary()) {
            enc = encoding == null || encoding.equals("locale") ? Encodings.UTF_8 : Encodings.lookup(encoding);
            if (enc == null) {
                throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", encoding);
            }
        }
        FileStream stream = InterpreterState.current().fds().get(fd);
        if (mode.writing()) {
            InterpreterState.current().openWriters().register(stream);
        }
        PyBufferedFile buffer = new PyBufferedFile(PyBufferedFile.typeFor(mode, buffering == 0), stream, fdObj,
                mode.rawMode());
        if (mode.binary()) {
            return buffer;
        }
        String shown = encoding == null || encoding.equals("locale") ? "UTF-8" : encoding;
        TextStream text = new FileTextStream(stream, enc.withDisplayName(shown), errors, newline);
        return new PyTextIOWrapper(text, fdObj, modeText.replace("b", ""), buffer, buffering == 1);
    }

    private static String strArg(PyObject v, String name, String dflt, boolean noneOk) {
        if (v == null || (noneOk && v == PyNone.NONE)) {
            return dflt;
        }
        if (v instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("open() argument '%s' must be str%s, not %s", name, noneOk ? " or None" : "",
                Ops.argTypeName(v));
    }

    private static void checkTextArgs(OpenMode mode, String encoding, String errors, String newline,
            long buffering) {
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw PyErr.valueError("illegal newline value: %s", newline);
        }
        if (mode.binary()) {
            if (encoding != null) {
                throw PyErr.valueError("binary mode doesn't take an encoding argument");
            }
            if (errors != null) {
                throw PyErr.valueError("binary mode doesn't take an errors argument");
            }
            if (newline != null) {
                throw PyErr.valueError("binary mode doesn't take a newline argument");
            }
        } else if (buffering == 0) {
            throw PyErr.valueError("can't have unbuffered text I/O");
        }
    }
}
