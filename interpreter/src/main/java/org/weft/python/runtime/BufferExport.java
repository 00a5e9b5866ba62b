package org.weft.python.runtime;

/**
 * The memory an object exports to a memoryview (CPython's buffer protocol, bf_getbuffer): its
 * bytes, item format and mutability. Offsets are in bytes. The memory may shrink after a view was
 * made (here only views inside a {@code with} block pin the size; see {@link PyMemoryView}), so
 * reads and writes past the current end raise IndexError.
 *
 * <p>Threads: each implementation follows its exporter's rules; {@link #write} is atomic with
 * respect to the exporter's own writes.
 */
interface BufferExport {

    /** The exporting object ({@code memoryview.obj}). */
    PyObject obj();

    /** The exporter's item format string ('B' for bytes and bytearray, the typecode of an array). */
    String format();

    /** The item format. */
    MemoryFormat itemFormat();

    boolean readonly();

    /** The current size in bytes. */
    int nbytes();

    /** Copies {@code n} bytes at {@code off} into {@code dst[dstOff:]}. */
    void read(int off, byte[] dst, int dstOff, int n);

    /** Copies {@code src[srcOff:srcOff+n]} to {@code off}; the exporter is writable. */
    void write(int off, byte[] src, int srcOff, int n);

    /** The unsigned byte at {@code off}: the hot path of 'B' views. */
    default int byteAt(int off) {
        byte[] b = new byte[1];
        read(off, b, 0, 1);
        return b[0] & 0xff;
    }

    /** Sets the byte at {@code off}: the hot path of 'B' views. */
    default void writeByte(int off, byte b) {
        write(off, new byte[] {b}, 0, 1);
    }

    /** A view from {@code with} starts pinning the size (BufferError on resize until {@link #unexport}). */
    default void export() {
    }

    default void unexport() {
    }

    /** IndexError for an access past the current end (the exporter shrank under an older view). */
    static PyException outOfBounds() {
        return PyErr.indexError("index out of bounds on dimension 1");
    }

    /** The export of a built-in exporter (bytes, bytearray), or null; see {@link BufferHook} for the others. */
    static BufferExport of(PyObject o) {
        if (o instanceof PyBytes b) {
            return new BytesExport(b);
        }
        if (o instanceof PyByteArray ba) {
            return new ByteArrayExport(ba);
        }
        return null;
    }
}
