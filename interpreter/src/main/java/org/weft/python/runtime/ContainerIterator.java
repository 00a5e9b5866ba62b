package org.weft.python.runtime;

/**
 * Base of the containers' iterator objects ({@code list_iterator}, {@code dict_keyiterator},
 * {@code set_iterator}, ...): {@link #nextItem} returns null at the end so {@link Ops#next}
 * needs no exception, and {@code __next__} raises StopIteration.
 *
 * <p>Threads: an iterator's position is a plain field. Sharing one iterator between threads is
 * safe (never a Java exception, never a torn container read) but two threads may see the same
 * item, as in CPython's free-threaded build.
 */
abstract class ContainerIterator extends PyObject implements PyIterator {

    ContainerIterator(PyType type) {
        super(type);
    }

    /** The next item, or null at the end; declared here so that callers dispatch by class, not interface. */
    @Override
    public abstract PyObject nextItem();

    /** An estimate of the items left ({@code __length_hint__}). */
    abstract int lengthHint();

    /** Declares {@code __iter__}, {@code __next__} and {@code __length_hint__} on an iterator type. */
    static void defineIterator(TypeBuilder b) {
        b.notBaseType();
        b.method0("__iter__", self -> self);
        b.method0("__next__", self -> {
            PyObject x = ((PyIterator) self).nextItem();
            if (x == null) {
                throw PyErr.stopIteration(null);
            }
            return x;
        });
        b.method0("__length_hint__", self -> PyInt.of(((ContainerIterator) self).lengthHint()));
    }
}
