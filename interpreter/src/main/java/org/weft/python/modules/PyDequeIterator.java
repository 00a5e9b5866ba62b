package org.weft.python.modules;

import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyIterator;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * {@code _collections._deque_iterator} and {@code _deque_reverse_iterator}: read item by item
 * under the deque's lock and raise "deque mutated during iteration" once the deque has changed
 * since the iterator was made. CPython: dequeiter_next in _collectionsmodule.c.
 * Threads: one iterator is meant for one thread; its position is a plain field.
 */
final class PyDequeIterator extends PyObject implements PyIterator {

    static final PyType TYPE = PyType.builtin("_collections._deque_iterator", PyDequeIterator.class,
            () -> PyObject.TYPE, PyDequeIterator::define);
    static final PyType REVERSE_TYPE = PyType.builtin("_collections._deque_reverse_iterator",
            PyDequeIterator.class, () -> PyObject.TYPE, PyDequeIterator::define);

    private final PyDeque deque;
    private final long expected;
    private final boolean reverse;
    private int index;
    private boolean done;

    PyDequeIterator(PyDeque deque, boolean reverse) {
        super(reverse ? REVERSE_TYPE : TYPE);
        this.deque = deque;
        this.reverse = reverse;
        this.expected = deque.state();
    }

    @Override
    public PyObject nextItem() {
        if (done) {
            return null;
        }
        int n = deque.size();
        if (deque.state() != expected) {
            done = true;
            throw PyErr.runtimeError("deque mutated during iteration");
        }
        if (index >= n) {
            done = true;
            return null;
        }
        PyObject x = deque.getIfUnchanged(reverse ? n - 1 - index : index, expected);
        if (x == null) {
            done = true;
            throw PyErr.runtimeError("deque mutated during iteration");
        }
        index++;
        return x;
    }

    private static void define(TypeBuilder b) {
        b.notBaseType();
        b.method0("__iter__", self -> self);
        b.method0("__next__", self -> {
            PyObject x = ((PyDequeIterator) self).nextItem();
            if (x == null) {
                throw PyErr.stopIteration(null);
            }
            return x;
        });
        b.method0("__length_hint__", self -> {
            PyDequeIterator it = (PyDequeIterator) self;
            return PyInt.of(it.done ? 0 : Math.max(0, it.deque.size() - it.index));
        });
    }
}
