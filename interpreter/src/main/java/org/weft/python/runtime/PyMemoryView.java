package org.weft.python.runtime;

/**
 * Python {@code memoryview}: a typed, possibly multi-dimensional window onto the memory of a
 * bytes, bytearray, array.array or other exporter ({@link BufferExport}, {@link BufferHook}).
 * Item {@code (i0, i1, ...)} lies at byte {@code offset + i0*strides[0] + i1*strides[1] + ...} of
 * the exporter, read and written in the view's item format. Views made from a view (slices,
 * casts, {@code memoryview(m)}) share the exporter's memory, as in CPython.
 *
 * <p>Exports: CPython forbids resizing a bytearray or array while any memoryview of it is alive,
 * and reference counting ends a temporary view at once. With no reference counting, a dropped view
 * would lock its exporter until some garbage collection, at a time no program can predict; so
 * here only a view inside a {@code with} block (entered, not yet released) forbids resizing, which
 * keeps CPython's {@code BufferError} where programs can rely on it. A window that a shrink has
 * cut short raises IndexError for the missing items.
 *
 * <p>Threads: the window is immutable; {@code released} is volatile and set once; the export
 * state changes under this object's monitor. Item reads and writes follow the exporter's rules.
 * Methods live in {@link PyMemoryViewMethods}, indexing in {@link MemoryViewIndex}, casts in
 * {@link MemoryViewCast}, comparison and hashing in {@link MemoryViewCompare}.
 */
public final class PyMemoryView extends PyObject {

    /** The built-in type {@code memoryview}. */
    public static final PyType TYPE = PyType.builtin("memoryview", PyMemoryView.class, () -> PyObject.TYPE,
            PyMemoryViewMethods::define);

    static final int MAX_NDIM = 64;

    final BufferExport mem;
    /** The format string as shown ({@code '@h'} stays {@code '@h'}). */
    final String format;
    final MemoryFormat fmt;
    final int offset;
    final int[] shape;
    final int[] strides;
    final boolean readonly;
    private volatile boolean released;
    /** Whether this view holds an export (from {@code __enter__} until release). */
    private boolean exporting;
    /** The cached hash (CPython keeps it, so a released view still hashes); 0 while unknown. */
    private volatile long hash;
    private volatile boolean hashed;

    PyMemoryView(BufferExport mem, String format, MemoryFormat fmt, int offset, int[] shape, int[] strides,
            boolean readonly) {
        super(TYPE);
        this.mem = mem;
        this.format = format;
        this.fmt = fmt;
        this.offset = offset;
        this.shape = shape;
        this.strides = strides;
        this.readonly = readonly;
    }

    /** {@code memoryview(o)}: "memoryview: a bytes-like object is required, not 'int'". */
    public static PyMemoryView of(PyObject o) {
        PyMemoryView m = ofOrNull(o);
        if (m == null) {
            throw PyErr.typeError("memoryview: a bytes-like object is required, not '%s'", Ops.typeName(o));
        }
        return m;
    }

    /** A new view of what {@code o} exports, or null when it exports no buffer. */
    static PyMemoryView ofOrNull(PyObject o) {
        if (o instanceof PyMemoryView mv) {
            mv.checkLive();
            return mv.withShape(mv.offset, mv.shape, mv.strides, mv.readonly);
        }
        BufferExport mem = BufferExport.of(o);
        return mem != null ? whole(mem) : BufferHook.viewOrNull(o);
    }

    /** A 1-D view of all of an exporter's memory in its own format. */
    static PyMemoryView whole(BufferExport mem) {
        MemoryFormat f = mem.itemFormat();
        int n = mem.nbytes() / f.itemsize;
        return new PyMemoryView(mem, mem.format(), f, 0, new int[] {n}, new int[] {f.itemsize}, mem.readonly());
    }

    /**
     * The bytes of any bytes-like object (bytes, bytearray, memoryview, array.array, ...), or null
     * when it is not one: for consumers outside this package, such as binary files' {@code write}.
     * The array may be shared with the object: never modify it.
     */
    public static byte[] bytesOrNull(PyObject o) {
        return BytesArgs.bufferOrNull(o);
    }

    /**
     * The raw bytes of a writable buffer, as one 1-D unsigned-byte view ({@code readinto}'s target):
     * TypeError "readinto() argument must be read-write bytes-like object, not bytes" for anything
     * else (read-only, not contiguous, no buffer).
     */
    public static PyMemoryView writableBytes(PyObject o, String fname) {
        PyMemoryView m = ofOrNull(o);
        // CPython's "w*" argument format: writable and C-contiguous, else this one message.
        if (m == null || m.readonly || !m.isCContiguous()) {
            throw PyErr.typeError("%s() argument must be read-write bytes-like object, not %s", fname,
                    Ops.typeName(o));
        }
        int n = m.nbytes();
        return new PyMemoryView(m.mem, "B", MemoryFormat.UBYTE, m.offset, new int[] {n}, new int[] {1}, false);
    }

    /** The size in bytes of this view's items. */
    public int byteLength() {
        checkLive();
        return nbytes();
    }

    /** Stores {@code data[0:n]} at the start of this C-contiguous view (n at most its size). */
    public void storeBytes(byte[] data, int n) {
        checkLive();
        if (n > nbytes() || !isCContiguous()) {
            throw new IllegalArgumentException("storeBytes past the view");
        }
        if (n > 0) {
            mem.write(offset, data, 0, n);
        }
    }

    /** A view of the same memory and format with another window. */
    PyMemoryView withShape(int offset, int[] shape, int[] strides, boolean readonly) {
        return new PyMemoryView(mem, format, fmt, offset, shape, strides, readonly);
    }

    PyObject obj() {
        return mem.obj();
    }

    int ndim() {
        return shape.length;
    }

    int itemsize() {
        return fmt.itemsize;
    }

    /** The number of items. */
    int count() {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    int nbytes() {
        return count() * fmt.itemsize;
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

    /** {@code __enter__}: from now until release, the exporter may not change size. */
    void enter() {
        checkLive();
        boolean export = false;
        synchronized (this) {
            if (!exporting) {
                exporting = true;
                export = true;
            }
        }
        if (export) {
            mem.export();
        }
    }

    /** {@code release()}: idempotent; lets the exporter resize again. */
    void release() {
        boolean unexport;
        synchronized (this) {
            released = true;
            unexport = exporting;
            exporting = false;
        }
        if (unexport) {
            mem.unexport();
        }
    }

    /** The item at byte {@code off} of the exporter. */
    PyObject readItem(int off) {
        if (fmt == MemoryFormat.UBYTE) {
            return PyInt.of(mem.byteAt(off));
        }
        if (fmt == MemoryFormat.WCHAR) {
            throw fmt.unsupported();
        }
        byte[] b = new byte[fmt.itemsize];
        mem.read(off, b, 0, b.length);
        return fmt.unpack(b, 0);
    }

    /** Writes {@code value} as the item at byte {@code off}; checks it before touching memory. */
    void writeItem(int off, PyObject value) {
        if (fmt == MemoryFormat.UBYTE && value instanceof PyInt i && i.isSmall()) {
            long x = i.longValue();
            if (x < 0 || x > 255) {
                throw fmt.invalidValue();
            }
            mem.writeByte(off, (byte) x);
            return;
        }
        byte[] b = new byte[fmt.itemsize];
        fmt.pack(value, b, 0);
        checkLive(); // CPython's CHECK_RELEASED_AGAIN: converting the value ran Python, which may release this view
        mem.write(off, b, 0, b.length);
    }

    /** The byte offsets of every item, in C (row-major) or, when {@code fortran}, column-major order. */
    int[] itemOffsets(boolean fortran) {
        int n = count();
        int[] out = new int[n];
        int[] idx = new int[shape.length];
        for (int k = 0; k < n; k++) {
            int off = offset;
            for (int d = 0; d < shape.length; d++) {
                off += idx[d] * strides[d];
            }
            out[k] = off;
            advance(idx, fortran);
        }
        return out;
    }

    private void advance(int[] idx, boolean fortran) {
        int nd = shape.length;
        for (int j = 0; j < nd; j++) {
            int d = fortran ? j : nd - 1 - j;
            if (++idx[d] < shape[d]) {
                return;
            }
            idx[d] = 0;
        }
    }

    /** The bytes of the items in C or Fortran order ({@code tobytes}); ValueError when released. */
    byte[] toBytes(boolean fortran) {
        checkLive();
        int size = fmt.itemsize;
        byte[] out = new byte[nbytes()];
        if (out.length == 0) {
            return out; // an empty slice's offset may lie outside the exporter
        }
        if (isCContiguous() && (!fortran || ndim() <= 1)) {
            mem.read(offset, out, 0, out.length);
            return out;
        }
        int[] offs = itemOffsets(fortran);
        for (int k = 0; k < offs.length; k++) {
            mem.read(offs[k], out, k * size, size);
        }
        return out;
    }

    /** The contents as bytes for other bytes-like consumers (C order); ValueError when released. */
    ByteView view() {
        checkLive();
        if (mem instanceof ByteArrayExport || mem instanceof BytesExport) {
            ByteView v = BytesMethods.view(mem.obj());
            if (offset == 0 && nbytes() == v.n() && isCContiguous()) {
                return v;
            }
        }
        byte[] b = toBytes(false);
        return new ByteView(b, b.length);
    }

    // CPython: init_flags in memoryobject.c (MV_CONTIGUOUS_NDIM1 for one dimension, so an empty
    // slice with a step is not contiguous), PyBuffer_IsContiguous for more.
    boolean isCContiguous() {
        return contiguous(false);
    }

    boolean isFContiguous() {
        return contiguous(true);
    }

    private boolean contiguous(boolean fortran) {
        if (shape.length == 1) {
            return shape[0] == 1 || strides[0] == fmt.itemsize;
        }
        if (count() == 0) {
            return true;
        }
        int sd = fmt.itemsize;
        int nd = shape.length;
        for (int j = 0; j < nd; j++) {
            int d = fortran ? j : nd - 1 - j;
            if (shape[d] > 1 && strides[d] != sd) {
                return false;
            }
            sd *= shape[d];
        }
        return true;
    }

    /** The hash cached by {@code __hash__}, or null while not computed. */
    Long cachedHash() {
        return hashed ? hash : null;
    }

    void cacheHash(long h) {
        hash = h;
        hashed = true;
    }
}
