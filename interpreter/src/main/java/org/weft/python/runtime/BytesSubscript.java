package org.weft.python.runtime;

/** {@code b[i]} (an int) and {@code b[i:j:k]} (of self's kind) for bytes and bytearray. */
final class BytesSubscript {

    private BytesSubscript() {
    }

    static PyObject getItem(PyObject self, ByteView v, PyObject key) {
        if (key instanceof PySlice slice) {
            return BytesMethods.wrap(self, slice(v, SliceIndices.of(slice, v.n())));
        }
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw PyErr.typeError("%s indices must be integers or slices, not %s",
                    self instanceof PyByteArray ? "bytearray" : "byte", Ops.typeName(key));
        }
        int i = SliceIndices.normalize(SliceIndices.itemIndex(key, "byte"), v.n());
        if (i < 0) {
            throw PyErr.indexError(self instanceof PyByteArray ? "bytearray index out of range" : "index out of range");
        }
        return PyInt.of(v.buf()[i] & 0xff);
    }

    static byte[] slice(ByteView v, SliceIndices si) {
        int n = (int) si.length();
        int start = (int) si.start();
        int step = (int) si.step();
        byte[] out = new byte[Math.max(n, 0)];
        if (step == 1) {
            System.arraycopy(v.buf(), start, out, 0, n);
        } else {
            for (int k = 0, i = start; k < n; k++, i += step) {
                out[k] = v.buf()[i];
            }
        }
        return out;
    }
}
