package org.weft.python.runtime;

/**
 * Reading bytes-like arguments (bytes, bytearray, memoryview, array: CPython's buffer protocol) and byte
 * values, with CPython's messages.
 */
final class BytesArgs {

    private BytesArgs() {
    }

    /** The contents of a bytes-like object, or null when {@code o} is not one. */
    static ByteView viewOrNull(PyObject o) {
        if (o instanceof PyBytes b) {
            return new ByteView(b.value(), b.size());
        }
        if (o instanceof PyByteArray ba) {
            return ba.view();
        }
        if (o instanceof PyMemoryView mv) {
            return mv.view();
        }
        // Exporters written in Python (array.array, PickleBuffer): their bytes, as the buffer protocol gives them.
        PyMemoryView exported = BufferHook.viewOrNull(o);
        return exported == null ? null : exported.view();
    }

    /** The contents of a bytes-like argument: "a bytes-like object is required, not 'str'". */
    static ByteView view(PyObject o) {
        ByteView v = viewOrNull(o);
        if (v == null) {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", Ops.typeName(o));
        }
        return v;
    }

    /** The bytes of a bytes-like object as an exact array (maybe shared: never modify), or null. */
    static byte[] bufferOrNull(PyObject o) {
        ByteView v = viewOrNull(o);
        return v == null ? null : v.exact();
    }

    /** A byte value 0..255 from an int-like object: "byte must be in range(0, 256)". */
    static int byteValue(PyObject o) {
        return byteValue(o, "byte must be in range(0, 256)");
    }

    /** A byte value, with the message for one out of range ({@code bytes([256])} says "bytes must be"). */
    static int byteValue(PyObject o, String rangeMessage) {
        PyInt i = o instanceof PyInt pi ? pi : Ops.index(o);
        if (!i.isSmall() || i.longValue() < 0 || i.longValue() > 255) {
            throw PyErr.valueError(rangeMessage);
        }
        return (int) i.longValue();
    }

    /** The needle of find/count/index/in: a bytes-like object or an int byte value. */
    static ByteView needle(PyObject o) {
        ByteView v = o instanceof PyInt ? null : viewOrNull(o);
        if (v != null) {
            return v;
        }
        if (o instanceof PyInt || o.type().lookup("__index__") != null) {
            return new ByteView(new byte[] {(byte) byteValue(o)}, 1);
        }
        throw PyErr.typeError("argument should be integer or bytes-like object, not '%s'", Ops.typeName(o));
    }

    /** The operand of {@code b'%s' % v}: bytes-like or {@code __bytes__}. */
    static byte[] bytesForPercent(PyObject v) {
        byte[] b = bufferOrNull(v);
        if (b != null) {
            return b;
        }
        if (v.type().lookup("__bytes__") != null) {
            PyObject r = Ops.callMethod(v, "__bytes__");
            if (r instanceof PyBytes rb) {
                return rb.value();
            }
            throw PyErr.typeError("__bytes__ returned non-bytes (type %s)", Ops.typeName(r));
        }
        throw PyErr.typeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                Ops.typeName(v));
    }

    /** The bytes of an iterable of ints (list and tuple read directly). Runs Python code: hold no lock. */
    static byte[] fromIterable(PyObject o, String rangeMessage) {
        PyObject[] items = null;
        if (o instanceof PyTuple t) {
            items = t.items();
        } else if (o instanceof PyList l) {
            items = l.snapshot();
        }
        if (items != null) {
            byte[] out = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = (byte) byteValue(items[i], rangeMessage);
            }
            return out;
        }
        ByteBuilder out = new ByteBuilder(16);
        PyObject it = Ops.iter(o);
        for (PyObject x = Ops.next(it); x != null; x = Ops.next(it)) {
            out.append(byteValue(x, rangeMessage));
        }
        return out.toArray();
    }

    /** Whether {@code o} can be iterated (bytes(x) and bytearray.extend decide by this). */
    static boolean isIterable(PyObject o) {
        return o.type().lookup("__iter__") != null || o.type().lookup("__getitem__") != null;
    }
}
