package org.weft.python.runtime;

import java.math.BigInteger;

/**
 * The native single-item struct formats a memoryview reads and writes (CPython: unpack_single and
 * pack_single in memoryobject.c), with their sizes on a 64-bit little-endian machine (this JVM's
 * "native"). {@code 'w'} is what an {@code array('u')} exports: a 4-byte item that memoryview can
 * cast to bytes but not read, as CPython 3.11 says.
 */
enum MemoryFormat {
    CHAR('c', 1), BYTE('b', 1), UBYTE('B', 1), SHORT('h', 2), USHORT('H', 2), INT('i', 4), UINT('I', 4),
    LONG('l', 8), ULONG('L', 8), LONGLONG('q', 8), ULONGLONG('Q', 8), SSIZE('n', 8), SIZE('N', 8),
    FLOAT('f', 4), DOUBLE('d', 8), BOOL('?', 1), POINTER('P', 8), WCHAR('w', 4);

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    final char code;
    final int itemsize;

    MemoryFormat(char code, int itemsize) {
        this.code = code;
        this.itemsize = itemsize;
    }

    /** The format of a struct format string {@code "X"} or {@code "@X"}, or null when it is not one of ours. */
    static MemoryFormat parse(String fmt) {
        String f = fmt.startsWith("@") ? fmt.substring(1) : fmt;
        if (f.length() != 1) {
            return null;
        }
        for (MemoryFormat m : values()) {
            if (m.code == f.charAt(0) && m != WCHAR) {
                return m;
            }
        }
        return null;
    }

    /** Whether casts may go from or to this format ('b', 'B', 'c': CPython's IS_BYTE_FORMAT). */
    boolean isByte() {
        return this == CHAR || this == BYTE || this == UBYTE;
    }

    /** The item at {@code buf[off:off+itemsize]}. */
    PyObject unpack(byte[] buf, int off) {
        return switch (this) {
            case CHAR -> PyBytes.of(new byte[] {buf[off]});
            case BYTE -> PyInt.of(buf[off]);
            case UBYTE -> PyInt.of(buf[off] & 0xff);
            case SHORT -> PyInt.of((short) read(buf, off, 2));
            case USHORT -> PyInt.of(read(buf, off, 2));
            case INT -> PyInt.of((int) read(buf, off, 4));
            case UINT -> PyInt.of(read(buf, off, 4));
            case LONG, LONGLONG, SSIZE -> PyInt.of(read(buf, off, 8));
            case ULONG, ULONGLONG, SIZE, POINTER -> unsigned64(read(buf, off, 8));
            case FLOAT -> PyFloat.of(Float.intBitsToFloat((int) read(buf, off, 4)));
            case DOUBLE -> PyFloat.of(Double.longBitsToDouble(read(buf, off, 8)));
            case BOOL -> PyBool.of(buf[off] != 0);
            case WCHAR -> throw unsupported();
        };
    }

    /** NotImplementedError for an item format memoryview cannot read ('w'). */
    PyException unsupported() {
        return PyErr.notImplementedError("memoryview: format %c not supported", code);
    }

    /**
     * Writes {@code v} as one item at {@code out[off:]}, with CPython's errors: TypeError "memoryview:
     * invalid type for format 'h'", ValueError "... invalid value ..." (out of range). May run
     * Python code ({@code __index__}, {@code __float__}, {@code __bool__}): hold no lock.
     */
    void pack(PyObject v, byte[] out, int off) {
        switch (this) {
            case CHAR -> {
                if (!(v instanceof PyBytes b)) {
                    throw invalidType();
                }
                if (b.size() != 1) {
                    throw invalidValue();
                }
                out[off] = b.value()[0];
            }
            case FLOAT -> write(out, off, 4, Float.floatToRawIntBits((float) real(v)));
            case DOUBLE -> write(out, off, 8, Double.doubleToRawLongBits(real(v)));
            case BOOL -> out[off] = (byte) (Ops.isTrue(v) ? 1 : 0);
            case WCHAR -> throw unsupported();
            default -> write(out, off, itemsize, integer(v));
        }
    }

    /** The bits of an integer item, range-checked for this format. */
    private long integer(PyObject v) {
        if (!(v instanceof PyInt) && v.type().lookup("__index__") == null) {
            throw invalidType();
        }
        PyInt pi = Ops.index(v);
        boolean signed = switch (this) {
            case BYTE, SHORT, INT, LONG, LONGLONG, SSIZE -> true;
            default -> false;
        };
        int bits = itemsize * 8;
        if (pi.isSmall()) {
            // The common case without BigInteger: a value that fits a long.
            long x = pi.longValue();
            boolean ok = bits == 64 ? signed || this == POINTER || x >= 0
                    : signed ? x >= -(1L << (bits - 1)) && x < (1L << (bits - 1)) : x >= 0 && x < (1L << bits);
            if (!ok) {
                throw invalidValue();
            }
            return x;
        }
        BigInteger i = pi.bigValue();
        // 'P' (PyLong_AsVoidPtr) takes any value that fits a signed or an unsigned pointer.
        BigInteger lo = signed || this == POINTER ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
        BigInteger hi = (signed ? BigInteger.ONE.shiftLeft(bits - 1) : BigInteger.ONE.shiftLeft(bits))
                .subtract(BigInteger.ONE);
        if (i.compareTo(lo) < 0 || i.compareTo(hi) > 0) {
            throw invalidValue();
        }
        return i.longValue();
    }

    /** A double from a real number (PyFloat_AsDouble); an int too large for a double is an invalid value. */
    private double real(PyObject v) {
        if (v instanceof PyFloat f) {
            return f.value();
        }
        if (!(v instanceof PyInt) && v.type().lookup("__float__") == null && v.type().lookup("__index__") == null) {
            throw invalidType();
        }
        try {
            return FloatNew.asDouble(v);
        } catch (PyException e) {
            if (e.matches(PyExc.OverflowError)) {
                throw invalidValue();
            }
            if (e.matches(PyExc.TypeError)) {
                throw invalidType();
            }
            throw e;
        }
    }

    PyException invalidType() {
        return PyErr.typeError("memoryview: invalid type for format '%c'", code);
    }

    PyException invalidValue() {
        return PyErr.valueError("memoryview: invalid value for format '%c'", code);
    }

    private static PyObject unsigned64(long bits) {
        return bits >= 0 ? PyInt.of(bits) : PyInt.of(BigInteger.valueOf(bits).add(TWO_64));
    }

    /** The little-endian unsigned value of {@code n} bytes. */
    private static long read(byte[] buf, int off, int n) {
        long r = 0;
        for (int k = n - 1; k >= 0; k--) {
            r = (r << 8) | (buf[off + k] & 0xff);
        }
        return r;
    }

    private static void write(byte[] out, int off, int n, long bits) {
        for (int k = 0; k < n; k++) {
            out[off + k] = (byte) (bits >>> (8 * k));
        }
    }
}
