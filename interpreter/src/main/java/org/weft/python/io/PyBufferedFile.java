package org.weft.python.io;

import org.weft.python.runtime.PyIterator;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;

/**
 * A binary file object: {@code _io.BufferedReader}, {@code BufferedWriter}, {@code BufferedRandom}
 * and (with buffering=0) {@code FileIO}, all one Java class over a {@link FileStream}; the type
 * says which. Methods in {@link PyBufferedFileMethods}.
 */
public final class PyBufferedFile extends PyObject implements PyIterator {

    public static final PyType READER = PyType.builtin("_io.BufferedReader", PyBufferedFile.class,
            () -> PyObject.TYPE, b -> PyBufferedFileMethods.define(b, "BufferedReader"));
    public static final PyType WRITER = PyType.builtin("_io.BufferedWriter", PyBufferedFile.class,
            () -> PyObject.TYPE, b -> PyBufferedFileMethods.define(b, "BufferedWriter"));
    public static final PyType RANDOM = PyType.builtin("_io.BufferedRandom", PyBufferedFile.class,
            () -> PyObject.TYPE, b -> PyBufferedFileMethods.define(b, "BufferedRandom"));
    public static final PyType FILE_IO = PyType.builtin("_io.FileIO", PyBufferedFile.class,
            () -> PyObject.TYPE, b -> PyBufferedFileMethods.define(b, "FileIO"));

    final FileStream stream;
    final PyObject name;
    final String mode;

    public PyBufferedFile(PyType type, FileStream stream, PyObject name, String mode) {
        super(type);
        this.stream = stream;
        this.name = name;
        this.mode = mode;
    }

    /**
     * {@code raw}: the FileIO under a buffered object, made at first use and kept, so that
     * {@code f.raw is f.raw}; it shares the stream (and so the position) of this object.
     */
    private volatile PyBufferedFile raw;

    PyBufferedFile raw() {
        PyBufferedFile r = raw;
        if (r == null) {
            synchronized (this) {
                if (raw == null) {
                    raw = new PyBufferedFile(FILE_IO, stream, name, mode);
                }
                r = raw;
            }
        }
        return r;
    }

    /** The file underneath: what a child process writes through when given this file as stdout. */
    public FileStream stream() {
        return stream;
    }

    /** The type open() gives for a binary file of this mode. */
    static PyType typeFor(OpenMode mode, boolean unbuffered) {
        if (unbuffered) {
            return FILE_IO;
        }
        if (mode.plus()) {
            return RANDOM;
        }
        return mode.reading() ? READER : WRITER;
    }

    @Override
    public PyObject nextItem() {
        if (type() == WRITER) {
            throw org.weft.python.runtime.PyErr.of(IoTypes.UNSUPPORTED_OPERATION, PyStr.of("read"));
        }
        if (stream.isClosed()) {
            throw org.weft.python.runtime.PyErr.valueError(type() == FILE_IO ? "I/O operation on closed file"
                    : "readline of closed file");
        }
        byte[] line = PyBufferedFileMethods.readline(this, -1);
        return line.length == 0 ? null : Bytes.wrap(line);
    }
}
