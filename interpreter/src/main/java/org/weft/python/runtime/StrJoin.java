package org.weft.python.runtime;

/** {@code sep.join(iterable)}. CPython: PyUnicode_Join in unicodeobject.c. */
final class StrJoin {

    private StrJoin() {
    }

    static PyStr join(PyStr sep, PyObject iterable) {
        PyObject[] items = items(iterable);
        if (items.length == 1 && items[0].type() == PyStr.TYPE) {
            return (PyStr) items[0];
        }
        String s = sep.value();
        long total = (long) s.length() * Math.max(0, items.length - 1);
        String[] parts = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyStr p)) {
                throw PyErr.typeError("sequence item %d: expected str instance, %s found", i, Ops.typeName(items[i]));
            }
            parts[i] = p.value();
            total += parts[i].length();
        }
        StrArgs.checkedSize(total); // MemoryError before the JVM's own limit
        // String.join sizes the result once and builds it in place: no StringBuilder growth, no copy.
        return PyStr.of(String.join(s, parts));
    }

    /** The items of a list or tuple (a snapshot), or of any iterable ("can only join an iterable"). */
    static PyObject[] items(PyObject iterable) {
        if (iterable instanceof PyTuple t) {
            return t.items();
        }
        if (iterable instanceof PyList l) {
            return l.snapshot();
        }
        if (iterable.type().lookup("__iter__") == null && iterable.type().lookup("__getitem__") == null) {
            throw PyErr.typeError("can only join an iterable");
        }
        PyObject it = Ops.iter(iterable);
        if (it instanceof PyGenerator g && g.drainable()) {
            Sequences.Collector c = new Sequences.Collector();
            g.drain(null, c);
            return c.toArray();
        }
        java.util.ArrayList<PyObject> out = new java.util.ArrayList<>();
        for (PyObject x = Ops.next(it); x != null; x = Ops.next(it)) {
            out.add(x);
        }
        return out.toArray(new PyObject[0]);
    }
}
