package org.weft.python.runtime;

/**
 * The writable buffer of an {@code array.array}. The array module (Python source) keeps its items
 * in a list of Python values checked on the way in; its {@code _weft_buffer_()} hands us that list
 * and the format ({@link BufferHook}), and this class packs and unpacks items to give the bytes CPython's array would
 * hold (native: little-endian). A write of whole or partial items replaces list items under the
 * list's own write lock, so it is atomic against the array's methods, which are list operations;
 * no Python code runs under that lock (the items are exact int, float or one-character str).
 */
final class ArrayExport implements BufferExport {

    private final PyObject obj;
    private final PyList items;
    private final String format;
    private final MemoryFormat fmt;
    private final int itemsize;

    ArrayExport(PyObject obj, PyList items, String format) {
        this.obj = obj;
        this.items = items;
        this.format = format;
        this.fmt = format.equals("w") ? MemoryFormat.WCHAR : MemoryFormat.parse(format);
        this.itemsize = fmt.itemsize;
    }

    @Override
    public PyObject obj() {
        return obj;
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public MemoryFormat itemFormat() {
        return fmt;
    }

    @Override
    public boolean readonly() {
        return false;
    }

    @Override
    public int nbytes() {
        return items.size() * itemsize;
    }

    @Override
    public void read(int off, byte[] dst, int dstOff, int n) {
        byte[] item = new byte[itemsize];
        for (int k = 0; k < n; ) {
            int i = (off + k) / itemsize;
            int within = (off + k) % itemsize;
            PyObject x = items.getOrNull(i);
            if (x == null) {
                throw BufferExport.outOfBounds();
            }
            packItem(x, item);
            int m = Math.min(itemsize - within, n - k);
            System.arraycopy(item, within, dst, dstOff + k, m);
            k += m;
        }
    }

    @Override
    public void write(int off, byte[] src, int srcOff, int n) {
        byte[] item = new byte[itemsize];
        items.lockWrite();
        try {
            for (int k = 0; k < n; ) {
                int i = (off + k) / itemsize;
                int within = (off + k) % itemsize;
                if (i >= items.size) {
                    throw BufferExport.outOfBounds();
                }
                int m = Math.min(itemsize - within, n - k);
                if (m < itemsize) {
                    packItem(items.item(i), item);
                }
                System.arraycopy(src, srcOff + k, item, within, m);
                items.store(i, unpackItem(item));
                k += m;
            }
        } finally {
            items.unlockWrite();
        }
    }

    @Override
    public void export() {
        Ops.callMethod(obj, "_weft_export_", PyInt.of(1));
    }

    @Override
    public void unexport() {
        Ops.callMethod(obj, "_weft_export_", PyInt.of(-1));
    }

    private void packItem(PyObject x, byte[] out) {
        if (fmt == MemoryFormat.WCHAR) {
            int cp = ((PyStr) x).codePointAt(0);
            for (int k = 0; k < 4; k++) {
                out[k] = (byte) (cp >>> (8 * k));
            }
            return;
        }
        fmt.pack(x, out, 0);
    }

    private PyObject unpackItem(byte[] item) {
        if (fmt == MemoryFormat.WCHAR) {
            int cp = (item[0] & 0xff) | (item[1] & 0xff) << 8 | (item[2] & 0xff) << 16 | (item[3] & 0xff) << 24;
            if (cp < 0 || cp > Character.MAX_CODE_POINT) {
                throw PyErr.valueError("character U+%x is not in range [U+0000; U+10ffff]", cp);
            }
            return PyStr.ofCodePoint(cp);
        }
        return fmt.unpack(item, 0);
    }
}
