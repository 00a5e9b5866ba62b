package org.weft.python.ast;

import java.util.Arrays;

/**
 * The value of a bytes literal. Equality is by content, unlike a bare {@code byte[]}; the array
 * is copied in and out so the value stays immutable.
 */
public record Bytes(byte[] value) {
    public Bytes {
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    /** Number of bytes, without copying. */
    public int length() {
        return value.length;
    }

    /** The byte at {@code i} as 0..255, without copying. */
    public int get(int i) {
        return value[i] & 0xff;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b && Arrays.equals(value, b.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "Bytes" + Arrays.toString(value);
    }
}
