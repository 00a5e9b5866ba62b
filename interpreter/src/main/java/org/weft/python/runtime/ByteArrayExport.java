package org.weft.python.runtime;

/**
 * The writable buffer of a {@code bytearray}: reads take a snapshot of its contents without a
 * lock, writes go through the bytearray's monitor as its own methods do (see {@link PyByteArray}).
 */
record ByteArrayExport(PyByteArray obj) implements BufferExport {

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
        return false;
    }

    @Override
    public int nbytes() {
        return obj.size();
    }

    @Override
    public void read(int off, byte[] dst, int dstOff, int n) {
        ByteView v = obj.view();
        if (off + n > v.n()) {
            throw BufferExport.outOfBounds();
        }
        System.arraycopy(v.buf(), off, dst, dstOff, n);
    }

    @Override
    public void write(int off, byte[] src, int srcOff, int n) {
        if (!obj.write(off, src, srcOff, n)) {
            throw BufferExport.outOfBounds();
        }
    }

    @Override
    public int byteAt(int off) {
        int b = obj.get(off);
        if (b < 0) {
            throw BufferExport.outOfBounds();
        }
        return b;
    }

    @Override
    public void writeByte(int off, byte b) {
        if (!obj.set(off, b)) {
            throw BufferExport.outOfBounds();
        }
    }

    @Override
    public void export() {
        obj.export();
    }

    @Override
    public void unexport() {
        obj.unexport();
    }
}
