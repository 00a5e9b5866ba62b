package org.weft.python.runtime;

/**
 * Python {@code memoryview}, the one-dimensional unsigned-byte ({@code 'B'}) case: a window
 * {@code start, start+step, ...} ({@code length} items) onto a bytes or bytearray. Reads and
 * writes go to the bytearray's current contents.
 *
 * <p>Exports: CPython forbids resizing a bytearray while any memoryview of it is alive, and
 * reference counting ends a temporary view at once. With no reference counting, a dropped view
 * would lock its bytearray until some garbage collection, at a time no program can predict; so
 * here only a view inside a {@code with} block (entered, not yet released) forbids resizing, which
 * keeps CPython's {@code BufferError} where programs can rely on it. A window that a shrink has
 * cut short raises IndexError for the missing bytes.
 *
 * <p>Threads: the window is immutable; {@code released} is volatile and set once; the export
 * state changes under this object's monitor.
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
    /** Whether this view holds an export of a bytearray (from {@code __enter__} until release). */
    private boolean exporting;

    PyMemoryView(PyObject obj, int start, int step, int length) {
        super(TYPE);
        this.obj = obj;
        this.start = start;
        this.step = step;
        this.length = length;
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

    /** {@code __enter__}: from now until release, the bytearray may not change size. */
    void enter() {
        checkLive();
        synchronized (this) {
            if (!exporting && obj instanceof PyByteArray ba) {
                ba.export();
                exporting = true;
            }
        }
    }

    /** {@code release()}: idempotent; lets a bytearray resize again. */
    void release() {
        boolean unexport;
        synchronized (this) {
            released = true;
            unexport = exporting;
            exporting = false;
        }
        if (unexport) {
            ((PyByteArray) obj).unexport();
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
            out[k] = v.buf()[checked(start + k * step, v.n())];
        }
        return new ByteView(out, length);
    }

    private static int checked(int i, int n) {
        if (i >= n) {
            throw PyErr.indexError("index out of bounds on dimension 1");
        }
        return i;
    }

    /** The byte at window index {@code i} (0 <= i < length). */
    int get(int i) {
        ByteView v = BytesMethods.view(obj);
        return v.buf()[checked(start + i * step, v.n())] & 0xff;
    }

    /** Sets the byte at window index {@code i}; the exporter is a bytearray. */
    void set(int i, byte b) {
        if (!((PyByteArray) obj).set(start + i * step, b)) {
            throw PyErr.indexError("index out of bounds on dimension 1");
        }
    }
}
