package org.weft.python.io;

import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.TypeBuilder;

/** What {@code _io.FileIO} has beyond the methods it shares with the buffered objects. CPython: fileio.c. */
final class FileIoMethods {

    private FileIoMethods() {
    }

    static void define(TypeBuilder b) {
        b.method0("readall", self -> {
            PyBufferedFile f = PyBufferedFileMethods.live(self, "I/O operation on closed file");
            return Bytes.wrap(PyBufferedFileMethods.call(f, () -> {
                if (!f.stream.isClosed() && !f.stream.mode().reading()) {
                    throw new UnsupportedOperationIOException("File not open for reading");
                }
                return f.stream.read(-1);
            }));
        });
        // Weft's FileIO objects always close their file (open(fd, closefd=False) is refused).
        b.getter("closefd", self -> PyBool.TRUE);
    }
}
