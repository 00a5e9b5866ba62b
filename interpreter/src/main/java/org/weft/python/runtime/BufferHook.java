package org.weft.python.runtime;

/**
 * The buffer protocol for exporters written in Python (our {@code array.array} and
 * {@code pickle.PickleBuffer}): a type with a method {@code _weft_buffer_()} exports memory, which
 * that method describes in one of two ways:
 * <ul>
 *   <li>a memoryview: the object exports that view's memory, format and shape (as PickleBuffer
 *       passes on the buffer it wraps);</li>
 *   <li>a tuple {@code (items, format)}: a list of Python values holding the items of a C array of
 *       that single-item format ({@link ArrayExport}); views read and write the list.</li>
 * </ul>
 * Such a type may also define {@code _weft_export_(delta)}, told +1 and -1 as views in a
 * {@code with} block start and stop pinning its size.
 */
final class BufferHook {

    private BufferHook() {
    }

    /** A new view of what {@code o} exports through {@code _weft_buffer_}, or null when its type has no hook. */
    static PyMemoryView viewOrNull(PyObject o) {
        if (o.type().lookup("_weft_buffer_") == null) {
            return null;
        }
        PyObject r = Ops.callMethod(o, "_weft_buffer_");
        if (r instanceof PyMemoryView mv) {
            return PyMemoryView.of(mv);
        }
        if (r instanceof PyTuple t && t.size() == 2 && t.items()[0] instanceof PyList l
                && t.items()[1] instanceof PyStr s
                && (s.value().equals("w") || MemoryFormat.parse(s.value()) != null)) {
            return PyMemoryView.whole(new ArrayExport(o, l, s.value()));
        }
        throw PyErr.typeError("%s._weft_buffer_() must return a memoryview or (list, format)", Ops.typeName(o));
    }
}
