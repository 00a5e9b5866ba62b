package org.weft.python.runtime;

/**
 * The first {@code n} bytes of {@code buf}: a consistent view of a bytes-like object's contents
 * for one read. A bytearray publishes a new view on every change (see {@link PyByteArray}).
 */
record ByteView(byte[] buf, int n) {

    static final ByteView EMPTY = new ByteView(new byte[0], 0);

    /** The bytes as a new array of exactly {@code n}. */
    byte[] copy() {
        return java.util.Arrays.copyOf(buf, n);
    }

    /** The bytes as an array of exactly {@code n}: {@code buf} itself when it fits, so never modify it. */
    byte[] exact() {
        return buf.length == n ? buf : copy();
    }

    /** The bytes as a Latin-1 string, one char per byte. */
    String latin1() {
        return new String(buf, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
