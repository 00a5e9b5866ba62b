package org.weft.python.runtime;

import java.nio.charset.StandardCharsets;

/**
 * bytearray's own {@code __reduce__} and {@code __reduce_ex__}, so that a subclass instance (and
 * its attributes) pickles and copies. CPython: bytearray_reduce_ex / _common_reduce in
 * bytearrayobject.c: {@code (type(self), args, self.__getstate__())}, where args is empty for an
 * empty array, {@code (latin-1 str, 'latin-1')} below protocol 3 (the Python 2 compatible form,
 * also what {@code __reduce__} gives) and {@code (bytes,)} from protocol 3 on.
 */
final class ByteArrayReduce {

    private ByteArrayReduce() {
    }

    static void define(TypeBuilder b) {
        b.method0("__reduce__", self -> reduce(self, 0));
        b.method1("__reduce_ex__", (self, protocol) -> reduce(self, Ops.index(protocol).longValue()));
    }

    private static PyObject reduce(PyObject self, long protocol) {
        byte[] data = ((PyByteArray) self).toByteArray();
        PyObject state = Ops.callMethod(self, "__getstate__");
        PyTuple args;
        if (data.length == 0) {
            args = PyTuple.EMPTY;
        } else if (protocol < 3) {
            args = PyTuple.of(PyStr.of(new String(data, StandardCharsets.ISO_8859_1)), PyStr.of("latin-1"));
        } else {
            args = PyTuple.of(PyBytes.of(data));
        }
        return PyTuple.of(self.type(), args, state);
    }
}
