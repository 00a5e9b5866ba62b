package org.weft.python.runtime;

import java.math.BigInteger;

/**
 * {@code int.to_bytes} and {@code int.from_bytes} with 3.11's signatures ({@code length=1},
 * {@code byteorder='big'}). CPython: int_to_bytes_impl, int_from_bytes_impl in longobject.c.
 */
final class IntBytes {

    private IntBytes() {}

    private static final ArgParser TO_BYTES =
            ArgParser.of("to_bytes", "length=", "byteorder=", "*", "signed=");
    private static final ArgParser FROM_BYTES =
            ArgParser.of("from_bytes", "bytes", "byteorder=", "*", "signed=");

    static void define(TypeBuilder b) {
        b.method("to_bytes", "to_bytes($self, /, length=1, byteorder='big', *, signed=False)",
                (self, a, k) -> toBytes((PyInt) self, TO_BYTES.parse(a, k)));
        b.classmethod("from_bytes",
                "from_bytes($type, /, bytes, byteorder='big', *, signed=False)",
                (type, a, k) -> fromBytes((PyType) type, FROM_BYTES.parse(a, k)));
    }

    // CPython: int_to_bytes_impl and _PyLong_AsByteArray
    private static PyObject toBytes(PyInt self, PyObject[] a) {
        long length = a[0] == null ? 1 : StrArgs.asSize(a[0]);
        boolean little = littleEndian(a[1], "to_bytes");
        boolean signed = a[2] != null && Ops.isTrue(a[2]);
        if (length < 0) {
            throw PyErr.valueError("length argument must be non-negative");
        }
        BigInteger v = self.bigValue();
        if (!signed && v.signum() < 0) {
            throw PyErr.overflowError("can't convert negative int to unsigned");
        }
        // bitLength excludes the sign bit, which a signed encoding needs room for; CPython lets
        // 0 and -1 into zero bytes, as _PyLong_AsByteArray checks no sign bit then.
        long bits = v.bitLength() + (signed && length > 0 ? 1 : 0);
        if (bits > length * 8) {
            throw PyErr.overflowError("int too big to convert");
        }
        byte[] out = new byte[StrArgs.checkedSize(length)];
        byte[] twos = v.toByteArray(); // big-endian two's complement, minimal length (+ sign byte)
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        int n = out.length;
        for (int i = 0; i < n; i++) {
            int src = twos.length - 1 - i; // i-th least significant byte
            byte x = src >= 0 ? twos[src] : fill;
            out[little ? i : n - 1 - i] = x;
        }
        return PyBytes.of(out);
    }

    // CPython: int_from_bytes_impl and _PyLong_FromByteArray
    private static PyObject fromBytes(PyType type, PyObject[] a) {
        boolean little = littleEndian(a[1], "from_bytes");
        boolean signed = a[2] != null && Ops.isTrue(a[2]);
        byte[] data = bytesOf(a[0]);
        int n = data.length;
        byte[] mag = new byte[n + 1]; // big-endian, with a leading zero byte for unsigned
        for (int i = 0; i < n; i++) {
            mag[i + 1] = data[little ? n - 1 - i : i];
        }
        if (signed && n > 0 && mag[1] < 0) {
            mag[0] = (byte) 0xff;
        }
        PyInt v = PyInt.of(new BigInteger(mag));
        return type == PyInt.TYPE ? v : Ops.call(type, v);
    }

    private static boolean littleEndian(PyObject order, String fname) {
        if (order == null) {
            return false;
        }
        if (!(order instanceof PyStr s)) {
            // CPython: _PyArg_BadArgument names None itself, not NoneType
            throw PyErr.typeError("%s() argument 'byteorder' must be str, not %s", fname,
                    order == PyNone.NONE ? "None" : Ops.argTypeName(order));
        }
        switch (s.value()) {
            case "little":
                return true;
            case "big":
                return false;
            default:
                throw PyErr.valueError("byteorder must be either 'little' or 'big'");
        }
    }

    // CPython: PyBytes_FromObject in bytesobject.c (no __bytes__, no integer count)
    private static byte[] bytesOf(PyObject o) {
        ByteView v = BytesArgs.viewOrNull(o);
        if (v != null) {
            return v.copy();
        }
        if (o instanceof PyStr || !BytesArgs.isIterable(o)) {
            throw PyErr.typeError("cannot convert '%s' object to bytes", Ops.typeName(o));
        }
        return BytesArgs.fromIterable(o, "bytes must be in range(0, 256)");
    }
}
