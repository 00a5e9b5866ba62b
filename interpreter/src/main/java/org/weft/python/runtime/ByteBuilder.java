package org.weft.python.runtime;

import java.util.Arrays;

/**
 * A growable byte array, the {@code StringBuilder} of bytes: used by encoders and the bytes
 * methods to build a result before it becomes an immutable {@link PyBytes}. Not thread-safe: one
 * builder belongs to one call.
 */
final class ByteBuilder {

    private byte[] buf;
    private int size;

    ByteBuilder(int capacity) {
        buf = new byte[Math.max(capacity, 8)];
    }

    int size() {
        return size;
    }

    ByteBuilder append(int b) {
        if (size == buf.length) {
            grow(1);
        }
        buf[size++] = (byte) b;
        return this;
    }

    ByteBuilder append(byte[] b, int off, int len) {
        if (size + len > buf.length) {
            grow(len);
        }
        System.arraycopy(b, off, buf, size, len);
        size += len;
        return this;
    }

    ByteBuilder append(byte[] b) {
        return append(b, 0, b.length);
    }

    /** Appends the low byte of each char of an ASCII string. */
    ByteBuilder appendAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i));
        }
        return this;
    }

    private void grow(int extra) {
        long want = Math.max((long) buf.length * 2, (long) size + extra);
        if (want > Integer.MAX_VALUE - 8) {
            if ((long) size + extra > Integer.MAX_VALUE - 8) {
                throw PyErr.of(PyExc.MemoryError);
            }
            want = Integer.MAX_VALUE - 8;
        }
        buf = Arrays.copyOf(buf, (int) want);
    }

    /** The bytes so far, as a new array of exactly {@link #size()} bytes. */
    byte[] toArray() {
        return buf.length == size ? buf : Arrays.copyOf(buf, size);
    }
}
