package org.weft.python.runtime;

import java.nio.charset.StandardCharsets;

/** The text of a bytes-like argument to {@code int()} and {@code float()}. */
final class BytesText {

    private BytesText() {}

    /** The bytes of {@code x} as a Latin-1 string, or null when {@code x} is not bytes or bytearray. */
    static String asciiOrNull(PyObject x) {
        if (x instanceof PyBytes b) {
            return new String(b.value(), StandardCharsets.ISO_8859_1);
        }
        if (x instanceof PyByteArray b) {
            return new String(b.toByteArray(), StandardCharsets.ISO_8859_1);
        }
        return null;
    }

    /** {@code int(bytes, base)}: the error shows the bytes' repr, as CPython's does. */
    static PyInt parseInt(PyObject x, String text, int base) {
        PyInt r = IntParse.tryParse(text, base);
        if (r == null) {
            throw PyErr.valueError("invalid literal for int() with base %d: %s", base,
                    Ops.repr(x).value());
        }
        return r;
    }
}
