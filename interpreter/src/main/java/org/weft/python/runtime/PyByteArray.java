package org.weft.python.runtime;

import java.util.Arrays;

/**
 * Python {@code bytearray}: a mutable sequence of bytes.
 *
 * <p>Threads (DESIGN.md rule 2): every write takes this object's monitor; reads take no lock. The
 * contents are an immutable-length {@link ByteView} behind a volatile field, replaced after each
 * write. Bytes below a published view's length are never rewritten except by item and same-size
 * slice assignment (which CPython does not make atomic either), so a reader's snapshot is
 * consistent: appends write past the end of the buffer before publishing the longer view, and
 * anything that shifts bytes copies into a fresh buffer. One exception, accepted: after a shrink
 * (pop, del of a tail) a later append may reuse a slot that a stale reader still counts.
 * No Python code runs while the monitor is held: iterables are read into arrays first.
 *
 * <p>Methods live in {@link PyByteArrayMethods} and, shared with bytes, {@link BytesMethods}.
 */
public final class PyByteArray extends PyObject {

    /** The built-in type {@code bytearray}. */
    public static final PyType TYPE = PyType.builtin("bytearray", PyByteArray.class, () -> PyObject.TYPE,
            PyByteArrayMethods::define);

    private volatile ByteView view = ByteView.EMPTY;
    /** Live memoryviews; while positive the size may not change. Guarded by this object's monitor. */
    private int exports;

    public PyByteArray() {
        this(TYPE);
    }

    public PyByteArray(PyType type) {
        super(type);
    }

    /** A bytearray owning {@code data} (not copied). */
    public PyByteArray(byte[] data) {
        super(TYPE);
        this.view = new ByteView(data, data.length);
    }

    /** The current contents; never modify the returned view's buffer. */
    ByteView view() {
        return view;
    }

    /** {@code len(self)}, without a lock. */
    public int size() {
        return view.n();
    }

    /** A copy of the contents. */
    public byte[] toByteArray() {
        return view.copy();
    }

    /** The byte at {@code i} (0 <= i < size), or -1 when out of range. */
    int get(int i) {
        ByteView v = view;
        return i >= 0 && i < v.n() ? v.buf()[i] & 0xff : -1;
    }

    // ---- writes: each under this object's monitor -------------------------------------------------

    /** {@code self.append(b)}. */
    public synchronized void append(byte b) {
        checkResizable();
        ByteView v = view;
        byte[] buf = v.buf();
        int n = v.n();
        if (n == buf.length) {
            buf = Arrays.copyOf(buf, grow(n, 1));
        }
        buf[n] = b;
        view = new ByteView(buf, n + 1);
    }

    /** Appends {@code data[0:len]} ({@code extend}, {@code +=}). */
    public synchronized void extend(byte[] data, int len) {
        if (len == 0) {
            return;
        }
        checkResizable();
        ByteView v = view;
        byte[] buf = v.buf();
        int n = v.n();
        if ((long) n + len > buf.length) {
            buf = Arrays.copyOf(buf, grow(n, len));
        }
        System.arraycopy(data, 0, buf, n, len);
        view = new ByteView(buf, n + len);
    }

    /** Replaces bytes {@code [start, end)} by {@code data} (slice assignment, del, insert), in a fresh buffer. */
    synchronized void replace(int start, int end, byte[] data) {
        ByteView v = view;
        int n = v.n();
        start = Math.min(Math.max(start, 0), n);
        end = Math.min(Math.max(end, start), n);
        if (data.length == end - start) {
            System.arraycopy(data, 0, v.buf(), start, data.length);
            return;
        }
        checkResizable();
        int size = StrArgs.checkedSize((long) n - (end - start) + data.length);
        byte[] buf = new byte[Math.max(size, 8)];
        System.arraycopy(v.buf(), 0, buf, 0, start);
        System.arraycopy(data, 0, buf, start, data.length);
        System.arraycopy(v.buf(), end, buf, start + data.length, n - end);
        view = new ByteView(buf, size);
    }

    /** Sets byte {@code i}, already checked to be in range of a recent snapshot; false when it no longer is. */
    synchronized boolean set(int i, byte b) {
        ByteView v = view;
        if (i < 0 || i >= v.n()) {
            return false;
        }
        v.buf()[i] = b;
        return true;
    }

    /** Overwrites {@code n} bytes at {@code i} with {@code src[srcOff:]} (a memoryview's item); false if out of range. */
    synchronized boolean write(int i, byte[] src, int srcOff, int n) {
        ByteView v = view;
        if (i < 0 || i + n > v.n()) {
            return false;
        }
        System.arraycopy(src, srcOff, v.buf(), i, n);
        return true;
    }

    /**
     * {@code self[start:stop:step] = data}, or {@code del} when {@code data} is null. The bounds are
     * raw (CPython's PySlice_Unpack), resolved against the length under the lock.
     */
    synchronized void setSlice(long rawStart, long rawStop, long step, byte[] data) {
        ByteView v = view;
        SliceIndices si = SliceIndices.adjust(v.n(), rawStart, rawStop, step);
        if (step == 1) {
            int start = (int) si.start();
            replace(start, Math.max((int) si.stop(), start), data == null ? ByteView.EMPTY.buf() : data);
            return;
        }
        int count = (int) si.length();
        if (data != null) {
            if (data.length != count) {
                throw PyErr.valueError("attempt to assign bytes of size %d to extended slice of size %d",
                        data.length, count);
            }
            for (int k = 0; k < count; k++) {
                v.buf()[(int) (si.start() + k * step)] = data[k];
            }
            return;
        }
        if (count == 0) {
            return;
        }
        checkResizable();
        boolean[] gone = new boolean[v.n()];
        for (int k = 0; k < count; k++) {
            gone[(int) (si.start() + k * step)] = true;
        }
        byte[] buf = new byte[v.n() - count];
        for (int i = 0, j = 0; i < v.n(); i++) {
            if (!gone[i]) {
                buf[j++] = v.buf()[i];
            }
        }
        view = new ByteView(buf, buf.length);
    }

    /** Removes and returns the byte at {@code i} (negative counts from the end), or -1 when out of range. */
    synchronized int pop(long i) {
        ByteView v = view;
        int n = v.n();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            return -1;
        }
        checkResizable();
        int b = v.buf()[(int) i] & 0xff;
        if (i == n - 1) {
            view = new ByteView(v.buf(), n - 1);
        } else {
            replace((int) i, (int) i + 1, ByteView.EMPTY.buf());
        }
        return b;
    }

    /** Replaces the whole contents ({@code __init__}, {@code clear}, {@code *=}, {@code reverse}). */
    synchronized void setAll(byte[] data) {
        if (data.length != view.n()) {
            checkResizable();
        }
        view = new ByteView(data, data.length);
    }

    /** A memoryview starts exporting this buffer. */
    synchronized void export() {
        exports++;
    }

    /** A memoryview is released. */
    synchronized void unexport() {
        exports--;
    }

    private void checkResizable() {
        if (exports > 0) {
            throw PyErr.format(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
        }
    }

    private static int grow(int n, int extra) {
        long want = Math.max((long) n + extra, n + (n >> 1) + 16L);
        if ((long) n + extra > Integer.MAX_VALUE - 8) {
            throw PyErr.of(PyExc.MemoryError);
        }
        return (int) Math.min(want, Integer.MAX_VALUE - 8);
    }

    /** For debugging only: never Python semantics. */
    @Override
    public String toString() {
        ByteView v = view;
        return "bytearray(" + BytesRepr.repr(v.buf(), v.n()) + ")";
    }
}
