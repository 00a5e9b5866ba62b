package org.weft.python.runtime;

/** {@code bytes.translate(table, delete)} and {@code bytes.maketrans(frm, to)}. CPython: bytes_translate_impl. */
final class BytesTranslate {

    private BytesTranslate() {
    }

    static byte[] translate(ByteView v, PyObject tableArg, PyObject deleteArg) {
        ByteView table = null;
        if (tableArg != PyNone.NONE) {
            table = BytesArgs.view(tableArg);
            if (table.n() != 256) {
                throw PyErr.valueError("translation table must be 256 characters long");
            }
        }
        boolean[] deleted = new boolean[256];
        if (deleteArg != null) {
            ByteView d = BytesArgs.view(deleteArg);
            for (int i = 0; i < d.n(); i++) {
                deleted[d.buf()[i] & 0xff] = true;
            }
        }
        ByteBuilder out = new ByteBuilder(v.n());
        for (int i = 0; i < v.n(); i++) {
            int c = v.buf()[i] & 0xff;
            if (!deleted[c]) {
                out.append(table == null ? c : table.buf()[c]);
            }
        }
        return out.toArray();
    }

    static byte[] maketrans(ByteView from, ByteView to) {
        if (from.n() != to.n()) {
            throw PyErr.valueError("maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (byte) i;
        }
        for (int i = 0; i < from.n(); i++) {
            table[from.buf()[i] & 0xff] = to.buf()[i];
        }
        return table;
    }
}
