package org.weft.python.runtime;

/**
 * {@code memory_iterator}: the items of a 1-D memoryview, read live (a write through the view or
 * its exporter during iteration is seen). CPython: memoryiter_next in memoryobject.c.
 *
 * <p>Threads: the position is a plain field; sharing one iterator between threads may show an item
 * twice, never a Java exception.
 */
final class MemoryViewIterator extends PyObject implements PyIterator {

    static final PyType TYPE = PyType.builtin("memory_iterator", MemoryViewIterator.class, () -> PyObject.TYPE,
            MemoryViewIterator::define);

    private final PyMemoryView view;
    private int index;

    private MemoryViewIterator(PyMemoryView view) {
        super(TYPE);
        this.view = view;
    }

    /** {@code iter(m)}, with CPython's errors for 0-dim, multi-dimensional and unreadable views. */
    static MemoryViewIterator of(PyMemoryView m) {
        m.checkLive();
        if (m.ndim() == 0) {
            throw PyErr.typeError("invalid indexing of 0-dim memory");
        }
        if (m.ndim() > 1) {
            throw PyErr.notImplementedError("multi-dimensional sub-views are not implemented");
        }
        if (m.fmt == MemoryFormat.WCHAR) {
            throw m.fmt.unsupported();
        }
        return new MemoryViewIterator(m);
    }

    @Override
    public PyObject nextItem() {
        view.checkLive();
        int i = index;
        if (i >= view.shape[0]) {
            return null;
        }
        index = i + 1;
        return view.readItem(view.offset + i * view.strides[0]);
    }

    private static void define(TypeBuilder b) {
        b.notBaseType();
        b.method0("__iter__", self -> self);
        b.method0("__next__", self -> {
            PyObject x = ((MemoryViewIterator) self).nextItem();
            if (x == null) {
                throw PyErr.stopIteration(null);
            }
            return x;
        });
    }
}
