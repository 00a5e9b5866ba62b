package org.weft.python.runtime;

/** {@code sep.join(iterable)} for bytes and bytearray. CPython: stringlib/join.h. */
final class BytesJoin {

    private BytesJoin() {
    }

    static byte[] join(ByteView sep, PyObject iterable) {
        PyObject[] items = StrJoin.items(iterable);
        ByteView[] parts = new ByteView[items.length];
        long total = (long) sep.n() * Math.max(0, items.length - 1);
        for (int i = 0; i < items.length; i++) {
            parts[i] = BytesArgs.viewOrNull(items[i]);
            if (parts[i] == null) {
                throw PyErr.typeError("sequence item %d: expected a bytes-like object, %s found", i,
                        Ops.typeName(items[i]));
            }
            total += parts[i].n();
        }
        byte[] out = new byte[StrArgs.checkedSize(total)];
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                System.arraycopy(sep.buf(), 0, out, at, sep.n());
                at += sep.n();
            }
            System.arraycopy(parts[i].buf(), 0, out, at, parts[i].n());
            at += parts[i].n();
        }
        return out;
    }
}
