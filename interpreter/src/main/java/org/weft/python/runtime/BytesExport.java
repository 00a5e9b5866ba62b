package org.weft.python.runtime;

/** The read-only buffer of a {@code bytes}: immutable, so reads need no lock. */
record BytesExport(PyBytes obj) implements BufferExport {

    @Override
    public String format() {
        return "B";
    }

    @Override
    public MemoryFormat itemFormat() {
        return MemoryFormat.UBYTE;
    }

    @Override
    public boolean readonly() {
        return true;
    }

    @Override
    public int nbytes() {
        return obj.size();
    }

    @Override
    public void read(int off, byte[] dst, int dstOff, int n) {
        System.arraycopy(obj.value(), off, dst, dstOff, n);
    }

    @Override
    public void write(int off, byte[] src, int srcOff, int n) {
        throw PyErr.typeError("cannot modify read-only memory");
    }

    @Override
    public int byteAt(int off) {
        return obj.value()[off] & 0xff;
    }
}
