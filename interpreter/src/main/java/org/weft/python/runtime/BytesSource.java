package org.weft.python.runtime;

/**
 * What {@code bytes(x)} and {@code bytearray(x)} make of their arguments: a str with an encoding,
 * an object with {@code __bytes__} (bytes only), a bytes-like object, a count, or an iterable of
 * ints. CPython: bytes_new_impl, bytearray___init___impl, PyBytes_FromObject.
 */
final class BytesSource {

    private BytesSource() {
    }

    /** The new contents; {@code kind} is "bytes" or "bytearray" (named in messages). */
    static byte[] toBytes(PyObject source, PyObject encoding, PyObject errors, String kind) {
        // the clinic converts encoding and errors (str) before the function looks at source
        if (encoding != null && !(encoding instanceof PyStr)) {
            throw PyErr.typeError("%s() argument 'encoding' must be str, not %s", kind, Ops.argTypeName(encoding));
        }
        if (errors != null && !(errors instanceof PyStr)) {
            throw PyErr.typeError("%s() argument 'errors' must be str, not %s", kind, Ops.argTypeName(errors));
        }
        if (source == null) {
            if (encoding != null) {
                throw PyErr.typeError("encoding without a string argument");
            }
            if (errors != null) {
                throw PyErr.typeError("errors without a string argument");
            }
            return ByteView.EMPTY.buf();
        }
        if (encoding != null || errors != null) {
            if (!(source instanceof PyStr s)) {
                throw PyErr.typeError(encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            if (encoding == null) {
                throw PyErr.typeError("string argument without an encoding");
            }
            String enc = StrArgs.str(encoding, kind, "'encoding'").value();
            String err = errors == null ? "strict" : StrArgs.str(errors, kind, "'errors'").value();
            return Codecs.encode(s.value(), enc, err);
        }
        if (kind.equals("bytes") && !(source instanceof PyBytes) && source.type().lookup("__bytes__") != null) {
            return BytesArgs.bytesForPercent(source);
        }
        if (source instanceof PyStr) {
            throw PyErr.typeError("string argument without an encoding");
        }
        return fromObject(source, kind);
    }

    private static byte[] fromObject(PyObject source, String kind) {
        ByteView v = BytesArgs.viewOrNull(source);
        if (v != null) {
            return v.copy();
        }
        if (source instanceof PyInt || source.type().lookup("__index__") != null) {
            PyInt count = Ops.index(source);
            if (!count.isSmall()) {
                // CPython: PyNumber_AsSsize_t(x, PyExc_OverflowError) in bytes_new / bytearray_init
                throw PyErr.overflowError("cannot fit '%s' into an index-sized integer", Ops.typeName(source));
            }
            long n = count.longValue();
            if (n < 0) {
                throw PyErr.valueError("negative count");
            }
            return new byte[StrArgs.checkedSize(n)];
        }
        if (!BytesArgs.isIterable(source)) {
            throw PyErr.typeError("cannot convert '%s' object to %s", Ops.typeName(source), kind);
        }
        return BytesArgs.fromIterable(source, kind.equals("bytes") ? "bytes must be in range(0, 256)"
                : "byte must be in range(0, 256)");
    }
}
