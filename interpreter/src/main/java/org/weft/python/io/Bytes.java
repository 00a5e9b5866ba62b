package org.weft.python.io;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyByteArray;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyMemoryView;
import org.weft.python.runtime.PyObject;

/** Java byte arrays to and from the Python objects binary files read and write. */
final class Bytes {

    private Bytes() {
    }

    /** A bytes path as the file system's str: UTF-8, as os.fsdecode on Linux (and OsFiles.path). */
    static String fsDecode(byte[] path) {
        return new String(path, java.nio.charset.StandardCharsets.UTF_8);
    }

    static PyObject wrap(byte[] b) {
        return PyBytes.of(b);
    }

    /** The bytes of a bytes-like argument (bytes, bytearray, memoryview, array), copied where they could change. */
    static byte[] unwrap(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.value();
        }
        if (o instanceof PyByteArray b) {
            return b.toByteArray();
        }
        byte[] other = PyMemoryView.bytesOrNull(o);
        if (other != null) {
            return other.clone();
        }
        throw PyErr.typeError("a bytes-like object is required, not '%s'", Ops.typeName(o));
    }
}
