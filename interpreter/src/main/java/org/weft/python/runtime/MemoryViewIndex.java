package org.weft.python.runtime;

/**
 * {@code memoryview.__getitem__} and {@code __setitem__}: integers, tuples of integers (one per
 * dimension), slices of the first dimension, {@code ...} and {@code ()} on 0-dim views.
 * CPython: memory_subscript and memory_ass_sub in memoryobject.c, messages word for word.
 */
final class MemoryViewIndex {

    private MemoryViewIndex() {
    }

    static PyObject getItem(PyMemoryView m, PyObject key) {
        m.checkLive();
        if (m.ndim() == 0) {
            if (key instanceof PyTuple t && t.size() == 0) {
                return m.readItem(m.offset);
            }
            if (key == PyEllipsis.ELLIPSIS) {
                return m;
            }
            throw PyErr.typeError("invalid indexing of 0-dim memory");
        }
        if (isIndex(key)) {
            if (m.ndim() > 1) {
                throw PyErr.notImplementedError("multi-dimensional sub-views are not implemented");
            }
            return m.readItem(itemOffset(m, 0, key));
        }
        if (key instanceof PySlice slice) {
            return sliced(m, slice);
        }
        if (isMultiIndex(key)) {
            PyTuple t = (PyTuple) key;
            if (t.size() < m.ndim()) {
                throw PyErr.notImplementedError("sub-views are not implemented");
            }
            return m.readItem(tupleOffset(m, t));
        }
        if (isMultiSlice(key)) {
            throw PyErr.notImplementedError("multi-dimensional slicing is not implemented");
        }
        throw PyErr.typeError("memoryview: invalid slice key");
    }

    static void setItem(PyMemoryView m, PyObject key, PyObject value) {
        m.checkLive();
        if (m.readonly) {
            throw PyErr.typeError("cannot modify read-only memory");
        }
        if (m.ndim() == 0) {
            if (key == PyEllipsis.ELLIPSIS || (key instanceof PyTuple t && t.size() == 0)) {
                m.writeItem(m.offset, value);
                return;
            }
            throw PyErr.typeError("invalid indexing of 0-dim memory");
        }
        if (isIndex(key)) {
            if (m.ndim() > 1) {
                throw PyErr.notImplementedError("sub-views are not implemented");
            }
            int off = itemOffset(m, 0, key);
            m.writeItem(off, value);
            return;
        }
        if (key instanceof PySlice slice && m.ndim() == 1) {
            assignSlice(sliced(m, slice), value);
            return;
        }
        if (isMultiIndex(key)) {
            PyTuple t = (PyTuple) key;
            if (t.size() < m.ndim()) {
                throw PyErr.notImplementedError("sub-views are not implemented");
            }
            int off = tupleOffset(m, t);
            m.writeItem(off, value);
            return;
        }
        if (key instanceof PySlice || isMultiSlice(key)) {
            throw PyErr.notImplementedError("memoryview slice assignments are currently restricted to ndim = 1");
        }
        throw PyErr.typeError("memoryview: invalid slice key");
    }

    /** {@code m[slice]}: the first dimension cut down, sharing memory. */
    private static PyMemoryView sliced(PyMemoryView m, PySlice slice) {
        SliceIndices si = SliceIndices.of(slice, m.shape[0]);
        int[] shape = m.shape.clone();
        int[] strides = m.strides.clone();
        shape[0] = (int) si.length();
        strides[0] = (int) (m.strides[0] * si.step());
        return m.withShape(m.offset + (int) si.start() * m.strides[0], shape, strides, m.readonly);
    }

    // CPython: copy_single; the source must have the same format and shape as the destination.
    private static void assignSlice(PyMemoryView dest, PyObject value) {
        PyMemoryView src = PyMemoryView.ofOrNull(value);
        if (src == null) {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", Ops.typeName(value));
        }
        if (!stripAt(dest.format).equals(stripAt(src.format)) || dest.itemsize() != src.itemsize()
                || !MemoryViewCompare.sameShape(dest, src)) {
            throw PyErr.valueError("memoryview assignment: lvalue and rvalue have different structures");
        }
        // Read all first: source and destination may overlap (m[1:] = m[:-1]).
        byte[] data = src.toBytes(false);
        int size = dest.itemsize();
        int[] offs = dest.itemOffsets(false);
        for (int k = 0; k < offs.length; k++) {
            dest.mem.write(offs[k], data, k * size, size);
        }
    }

    private static String stripAt(String f) {
        return f.startsWith("@") ? f.substring(1) : f;
    }

    /** The byte offset of index {@code key} along dimension {@code dim} from the view's start. */
    private static int itemOffset(PyMemoryView m, int dim, PyObject key) {
        return m.offset + dimOffset(m, dim, key);
    }

    private static int dimOffset(PyMemoryView m, int dim, PyObject key) {
        long i = SliceIndices.itemIndex(key, "memoryview");
        m.checkLive(); // __index__ ran Python, which may have released the view (CPython: CHECK_RELEASED_AGAIN)
        int n = m.shape[dim];
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyErr.indexError("index out of bounds on dimension %d", dim + 1);
        }
        return (int) i * m.strides[dim];
    }

    // CPython: ptr_from_tuple
    private static int tupleOffset(PyMemoryView m, PyTuple t) {
        if (t.size() > m.ndim()) {
            throw PyErr.typeError("cannot index %d-dimension view with %d-element tuple", m.ndim(), t.size());
        }
        int off = m.offset;
        PyObject[] keys = t.items();
        for (int d = 0; d < keys.length; d++) {
            off += dimOffset(m, d, keys[d]);
        }
        return off;
    }

    private static boolean isIndex(PyObject key) {
        return key instanceof PyInt || (!(key instanceof PyTuple) && key.type().lookup("__index__") != null);
    }

    private static boolean isMultiIndex(PyObject key) {
        if (!(key instanceof PyTuple t)) {
            return false;
        }
        for (PyObject k : t.items()) {
            if (!isIndex(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMultiSlice(PyObject key) {
        if (!(key instanceof PyTuple t)) {
            return false;
        }
        for (PyObject k : t.items()) {
            if (!(k instanceof PySlice)) {
                return false;
            }
        }
        return true;
    }
}
