package org.weft.python.io;

import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.ModuleImports;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;

/**
 * The constructors of the binary file types: {@code io.FileIO(file, mode)} opens a file as open()
 * with buffering=0 does; {@code io.BufferedReader(raw)} (and Writer, Random) over a FileIO shares
 * its file, and over a raw stream written in Python is io.py's buffered class for such streams.
 */
final class BufferedConstructors {

    private BufferedConstructors() {
    }

    private static final ArgParser FILE_IO = ArgParser.of("FileIO", "file", "mode=", "closefd=", "opener=");

    // CPython: _io_FileIO___init___impl
    static PyObject fileIO(PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] a = FILE_IO.parse(args, kwnames);
        String mode = a[1] == null ? "r" : Ops.str(a[1]).value();
        for (char c : mode.toCharArray()) {
            if ("rwxab+".indexOf(c) < 0 || mode.indexOf(c) != mode.lastIndexOf(c)) {
                throw PyErr.valueError("invalid mode: %s", mode);
            }
        }
        String binary = mode.indexOf('b') >= 0 ? mode : mode + "b";
        return OpenFiles.open(new PyObject[] {a[0], PyStr.of(binary), PyInt.of(0), null, null, null, a[2], a[3]});
    }

    private static final ArgParser BUFFERED = ArgParser.of("BufferedReader", "raw", "buffer_size=");

    static PyObject buffered(PyType type, PyObject[] args, String[] kwnames, String kind) {
        PyObject[] a = BUFFERED.parse(args, kwnames);
        PyObject raw = a[0];
        if (a[1] != null && Ops.index(a[1]).longValue() <= 0) {
            throw PyErr.valueError("buffer size must be strictly positive");
        }
        if (raw instanceof PyBufferedFile f && f.type() == PyBufferedFile.FILE_IO) {
            OpenMode m = f.stream.mode();
            if (!kind.equals("BufferedWriter") && !m.reading()) {
                throw PyErr.of(IoTypes.UNSUPPORTED_OPERATION, PyStr.of("File or stream is not readable."));
            }
            if (!kind.equals("BufferedReader") && !m.writing()) {
                throw PyErr.of(IoTypes.UNSUPPORTED_OPERATION, PyStr.of("File or stream is not writable."));
            }
            return new PyBufferedFile(type, f.stream, f.name, f.mode);
        }
        PyObject io = ModuleImports.importOnThisThread("io");
        PyObject cls = Ops.getattr(io, "_" + kind + "OverRaw");
        return a[1] == null ? Ops.call(cls, raw) : Ops.call(cls, raw, a[1]);
    }
}
