package org.weft.python.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Python {@code bytes}: an immutable sequence of bytes, held as a Java {@code byte[]} that no one
 * mutates after construction.
 *
 * <p>Threads: immutable; the cached hash is an idempotent racy int, as Java's String hash.
 * Methods live in {@link PyBytesMethods} and, shared with bytearray, {@link BytesMethods}.
 */
public final class PyBytes extends PyObject {

    /** The built-in type {@code bytes}. */
    public static final PyType TYPE = PyType.builtin("bytes", PyBytes.class, () -> PyObject.TYPE,
            PyBytesMethods::define);

    /** The one-byte bytes objects, shared (immutable). */
    private static final PyBytes[] SINGLE = new PyBytes[256];

    static {
        for (int i = 0; i < SINGLE.length; i++) {
            SINGLE[i] = new PyBytes(TYPE, new byte[] {(byte) i});
        }
    }

    /** {@code b''}. */
    public static final PyBytes EMPTY = new PyBytes(TYPE, new byte[0]);

    private final byte[] value;
    /** Cached hash, 0 until computed. */
    private int hash;

    /** A bytes object owning {@code value}: the caller must never modify the array afterwards. */
    public PyBytes(byte[] value) {
        this(TYPE, value);
    }

    public PyBytes(PyType type, byte[] value) {
        super(type);
        this.value = value;
    }

    /** An exact bytes owning {@code value} (not copied), sharing the cached empty and one-byte objects. */
    public static PyBytes of(byte[] value) {
        if (value.length <= 1) {
            return value.length == 0 ? EMPTY : SINGLE[value[0] & 0xff];
        }
        return new PyBytes(TYPE, value);
    }

    /** The bytes of an ASCII or Latin-1 Java string, one byte per char. */
    public static PyBytes ofLatin1(String s) {
        return of(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The bytes; shared, so never modify the array. */
    public byte[] value() {
        return value;
    }

    /** {@code len(self)}. */
    public int size() {
        return value.length;
    }

    /** Python hash (free to differ from CPython's). */
    public long hash() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(value);
            if (h == 0 || h == -1) {
                h = -2;
            }
            hash = h;
        }
        return h;
    }

    /** For debugging only: never Python semantics. */
    @Override
    public String toString() {
        return BytesRepr.repr(value, value.length);
    }
}
