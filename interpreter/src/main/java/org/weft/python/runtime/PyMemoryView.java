package org.weft.python.runtime;

/**
 * Python {@code memoryview}, the one-dimensional unsigned-byte ({@code 'B'}) case: a window
 * {@code start, start+step, ...} ({@code length} items) onto a bytes or bytearray. Reads see the
 * bytearray's current contents; while a view is live the bytearray cannot change size, as CPython.
 *
 * <p>Threads: the window is immutable; {@code released} is volatile and set once.
 */
public final class PyMemoryView extends PyObject {

    /** The built-in type {@code memoryview}. */
    public static final PyType TYPE = PyType.builtin("memoryview", PyMemoryView.class, () -> PyObject.TYPE,
            PyMemoryViewMethods::define);

    /** The exporting object: a PyBytes or PyByteArray. */
    final PyObject obj;
    final int start;
    final int step;
    final int length;
    private volatile boolean released;

    PyMemoryView(PyObject obj, int start, int step, int length) {
        super(TYPE);
        this.obj = obj;
        this.start = start;
        this.step = step;
        this.length = length;
        if (obj instanceof PyByteArray ba) {
            ba.export();
        }
    }

    /** {@code memoryview(o)}: "memoryview: a bytes-like object is required, not 'int'". */
    public static PyMemoryView of(PyObject o) {
        if (o instanceof PyMemoryView mv) {
            mv.checkLive();
            return new PyMemoryView(mv.obj, mv.start, mv.step, mv.length);
        }
        if (o instanceof PyBytes b) {
            return new PyMemoryView(b, 0, 1, b.size());
        }
        if (o instanceof PyByteArray ba) {
            return new PyMemoryView(ba, 0, 1, ba.size());
        }
        throw PyErr.typeError("memoryview: a bytes-like object is required, not '%s'", Ops.typeName(o));
    }

    boolean readonly() {
        return obj instanceof PyBytes;
    }

    boolean isReleased() {
        return released;
    }

    /** ValueError when released. */
    void checkLive() {
        if (released) {
            throw PyErr.valueError("operation forbidden on released memoryview object");
        }
    }

    /** {@code release()}: idempotent; lets a bytearray resize again. */
    void release() {
        synchronized (this) {
            if (released) {
                return;
            }
            released = true;
        }
        if (obj instanceof PyByteArray ba) {
            ba.unexport();
        }
    }

    /** The bytes in the window (a copy unless the window is the whole object); ValueError when released. */
    ByteView view() {
        checkLive();
        ByteView v = BytesMethods.view(obj);
        if (start == 0 && step == 1 && length == v.n()) {
            return v;
        }
        byte[] out = new byte[length];
        for (int k = 0; k < length; k++) {
            out[k] = v.buf()[start + k * step];
        }
        return new ByteView(out, length);
    }

    /** The byte at window index {@code i} (0 <= i < length). */
    int get(int i) {
        return BytesMethods.view(obj).buf()[start + i * step] & 0xff;
    }

    /** Sets the byte at window index {@code i}; the exporter is a bytearray. */
    void set(int i, byte b) {
        ((PyByteArray) obj).set(start + i * step, b);
    }
}
