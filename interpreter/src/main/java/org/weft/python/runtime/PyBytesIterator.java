package org.weft.python.runtime;

/**
 * The iterator over a bytes or bytearray, yielding ints. Over a bytearray it reads the live
 * contents at each step, as CPython's bytearray_iterator does.
 *
 * <p>Threads: the position is a plain field; a shared iterator may repeat or skip, never fail.
 */
public final class PyBytesIterator extends PyObject implements PyIterator {

    public static final PyType BYTES_ITERATOR = PyType.builtin("bytes_iterator", PyBytesIterator.class,
            () -> PyObject.TYPE, PyBytesIterator::define);
    public static final PyType BYTEARRAY_ITERATOR = PyType.builtin("bytearray_iterator", PyBytesIterator.class,
            () -> PyObject.TYPE, PyBytesIterator::define);

    private final PyObject seq;
    private int index;

    PyBytesIterator(PyObject seq) {
        super(seq instanceof PyByteArray ? BYTEARRAY_ITERATOR : BYTES_ITERATOR);
        this.seq = seq;
    }

    @Override
    public PyObject nextItem() {
        ByteView v = BytesMethods.view(seq);
        int i = index;
        if (i >= v.n()) {
            return null;
        }
        index = i + 1;
        return PyInt.of(v.buf()[i] & 0xff);
    }

    private static void define(TypeBuilder b) {
        b.notBaseType();
        b.method0("__iter__", self -> self);
        b.method0("__next__", self -> {
            PyObject x = ((PyBytesIterator) self).nextItem();
            if (x == null) {
                throw PyErr.stopIteration(null);
            }
            return x;
        });
        b.method0("__length_hint__", self -> {
            PyBytesIterator it = (PyBytesIterator) self;
            return PyInt.of(Math.max(0, BytesMethods.view(it.seq).n() - it.index));
        });
    }
}
