package org.weft.python.runtime;

/**
 * {@code memoryview ==} and {@code hash(memoryview)}. Views compare equal when their shapes are
 * equal and every pair of items, unpacked in each view's own format, compares equal (so a 'b' and
 * a 'B' view agree below 128, 1.0 in a 'd' view equals 1 in a 'q' view, and a NaN item makes a view
 * unequal to itself). CPython: memory_richcompare and memory_hash in memoryobject.c.
 */
final class MemoryViewCompare {

    private MemoryViewCompare() {
    }

    /** {@code self == other}, or NotImplemented when {@code other} exports no buffer. */
    static PyObject eq(PyMemoryView self, PyObject other, boolean wantEqual) {
        if (self.isReleased()) {
            return PyBool.of((self == other) == wantEqual);
        }
        PyMemoryView w;
        if (other instanceof PyMemoryView om) {
            if (om.isReleased()) {
                return PyBool.of((self == other) == wantEqual);
            }
            w = om;
        } else {
            try {
                w = PyMemoryView.ofOrNull(other);
            } catch (PyException e) {
                w = null; // CPython clears a failed PyObject_GetBuffer and answers NotImplemented
            }
            if (w == null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
        }
        return PyBool.of(equal(self, w) == wantEqual);
    }

    private static boolean equal(PyMemoryView v, PyMemoryView w) {
        if (!sameShape(v, w)) {
            return false;
        }
        // A format the struct module cannot unpack ('w') compares unequal, as CPython.
        if (v.fmt == MemoryFormat.WCHAR || w.fmt == MemoryFormat.WCHAR) {
            return false;
        }
        if (v.fmt == w.fmt && v.fmt != MemoryFormat.FLOAT && v.fmt != MemoryFormat.DOUBLE) {
            // Items of one integer, char or bool format are equal exactly when their bytes are (CPython
            // compares two '?' items as stored, so b'\x01' and b'\x02' differ).
            ByteView a = v.view();
            ByteView b = w.view();
            return java.util.Arrays.equals(a.buf(), 0, a.n(), b.buf(), 0, b.n());
        }
        int[] vo = v.itemOffsets(false);
        int[] wo = w.itemOffsets(false);
        for (int k = 0; k < vo.length; k++) {
            if (!Ops.isTrue(Ops.eq(v.readItem(vo[k]), w.readItem(wo[k])))) {
                return false;
            }
        }
        return true;
    }

    /** CPython's equiv_shape: the same number of dimensions and the same extents. */
    static boolean sameShape(PyMemoryView v, PyMemoryView w) {
        if (v.ndim() != w.ndim()) {
            return false;
        }
        for (int d = 0; d < v.ndim(); d++) {
            if (v.shape[d] != w.shape[d]) {
                return false;
            }
            if (v.shape[d] == 0) {
                break;
            }
        }
        return true;
    }

    /** {@code hash(m)}: read-only byte formats only; the hash of the bytes, kept after release. */
    static PyObject hash(PyMemoryView m) {
        Long cached = m.cachedHash();
        if (cached != null) {
            return PyInt.of(cached);
        }
        m.checkLive();
        if (!m.readonly) {
            throw PyErr.valueError("cannot hash writable memoryview object");
        }
        if (!m.fmt.isByte()) {
            throw PyErr.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        }
        // CPython hashes the exporter first, so a read-only view of a bytearray is unhashable.
        Ops.hash(m.obj());
        long h = PyBytes.of(m.toBytes(false)).hash();
        m.cacheHash(h);
        return PyInt.of(h);
    }
}
