package org.weft.python.io;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;

/**
 * A Python binary stream (anything with {@code read}/{@code write}: io.BytesIO, a file opened
 * 'rb', a zip member, a socket file) as the bytes under {@code io.TextIOWrapper(buffer)}: every
 * operation is the buffer's own method, called as CPython's TextIOWrapper calls it ({@code read1}
 * where the buffer has it, else {@code read}).
 *
 * <p>Threads: used under the text stream's monitor; the buffer guards itself.
 */
final class PyBufferStream implements ByteStream {

    private final PyObject buffer;
    private final OpenMode mode;
    private final boolean seekable;
    private final boolean hasRead1;

    /** Wraps {@code buffer}, asking it once what it can do (readable, writable, seekable). */
    PyBufferStream(PyObject buffer) {
        this.buffer = buffer;
        boolean readable = ask("readable");
        boolean writable = ask("writable");
        this.mode = new OpenMode(readable, writable, false, false, false, true, false);
        this.seekable = ask("seekable");
        this.hasRead1 = Ops.getattrOrNull(buffer, "read1") != null;
    }

    private boolean ask(String method) {
        return Ops.getattrOrNull(buffer, method) != null && Ops.isTrue(Ops.callMethod(buffer, method));
    }

    /** The buffer wrapped. */
    PyObject buffer() {
        return buffer;
    }

    @Override
    public OpenMode mode() {
        return mode;
    }

    @Override
    public boolean isClosed() {
        PyObject closed = Ops.getattrOrNull(buffer, "closed");
        return closed != null && Ops.isTrue(closed);
    }

    @Override
    public boolean mayBlock() {
        return false; // the buffer's own methods wait, if anything does, and release what they hold
    }

    @Override
    public boolean seekable() {
        return seekable;
    }

    @Override
    public byte[] read1(int n) {
        PyObject data = Ops.callMethod(buffer, hasRead1 ? "read1" : "read", PyInt.of(n));
        if (data == PyNone.NONE) {
            return new byte[0]; // a non-blocking buffer with nothing ready: CPython treats it alike
        }
        return data instanceof PyBytes b ? b.value() : ((PyBytes) Ops.call(PyBytes.TYPE, data)).value();
    }

    @Override
    public int write(byte[] b, int off, int len) {
        byte[] part = off == 0 && len == b.length ? b : java.util.Arrays.copyOfRange(b, off, off + len);
        Ops.callMethod(buffer, "write", PyBytes.of(part));
        return len;
    }

    @Override
    public void flush() {
        Ops.callMethod(buffer, "flush");
    }

    @Override
    public long tell() {
        return Ops.index(Ops.callMethod(buffer, "tell")).longValue();
    }

    @Override
    public long seek(long offset, int whence) {
        return Ops.index(Ops.callMethod(buffer, "seek", PyInt.of(offset), PyInt.of(whence))).longValue();
    }

    @Override
    public long truncate(Long size) {
        PyObject r = Ops.callMethod(buffer, "truncate", size == null ? PyNone.NONE : PyInt.of(size));
        return Ops.index(r).longValue();
    }

    @Override
    public void close() {
        Ops.callMethod(buffer, "close");
    }
}
