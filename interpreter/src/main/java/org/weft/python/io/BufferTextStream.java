package org.weft.python.io;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/**
 * The text stream of a {@code TextIOWrapper} made by Python code over any binary stream object
 * ({@code io.TextIOWrapper(io.BytesIO(...))}, {@code io.TextIOWrapper(sys.stdin.buffer)}): the
 * decoding and newline work is done by {@code _weft_textio.TextWrapper}, in Python, since the
 * buffer's own methods are Python calls anyway; this class only forwards to it.
 *
 * <p>Threads: as CPython's TextIOWrapper, not safe for concurrent use of one object.
 */
final class BufferTextStream implements TextStream {

    private final PyObject impl;

    BufferTextStream(PyObject impl) {
        this.impl = impl;
    }

    private PyObject call(String name, PyObject... args) {
        return Ops.callMethod(impl, name, args);
    }

    private static long asLong(PyObject o) {
        return Ops.index(o).longValueExact();
    }

    @Override
    public String read(int n) {
        return Ops.str(call("read", PyInt.of(n))).value();
    }

    @Override
    public String readline(int limit) {
        return Ops.str(call("readline", PyInt.of(limit))).value();
    }

    @Override
    public int write(String s) {
        return (int) asLong(call("write", PyStr.of(s)));
    }

    @Override
    public void flush() {
        call("flush");
    }

    @Override
    public long tell() {
        return asLong(call("tell"));
    }

    @Override
    public long seek(long cookie, int whence) {
        return asLong(call("seek", PyInt.of(cookie), PyInt.of(whence)));
    }

    @Override
    public long truncate(Long size) {
        return asLong(call("truncate", size == null ? PyNone.NONE : PyInt.of(size)));
    }

    @Override
    public void close() {
        call("close");
    }

    @Override
    public boolean isClosed() {
        return Ops.isTrue(Ops.getattr(impl, "closed"));
    }

    @Override
    public boolean readable() {
        return Ops.isTrue(call("readable"));
    }

    @Override
    public boolean writable() {
        return Ops.isTrue(call("writable"));
    }

    @Override
    public boolean seekable() {
        return Ops.isTrue(call("seekable"));
    }

    @Override
    public String encoding() {
        return Ops.str(Ops.getattr(impl, "encoding")).value();
    }

    @Override
    public String errors() {
        return Ops.str(Ops.getattr(impl, "errors")).value();
    }

    @Override
    public FileStream buffer() {
        return null;
    }

    /** The binary stream under the text. */
    PyObject binary() {
        return Ops.getattr(impl, "buffer");
    }

    /** {@code detach()}: flushes and gives the binary stream back. */
    PyObject detach() {
        return call("detach");
    }
}
