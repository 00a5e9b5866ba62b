package org.weft.python.runtime;

/**
 * A Java-implemented iterator that {@link Ops#next} can advance without exceptions: the end is
 * {@code null}, not {@code StopIteration} (CPython's tp_iternext returning NULL with no error set).
 * The type's {@code __next__} should raise {@code StopIteration} when this returns null.
 */
public interface PyIterator {

    /** The next item, or null when exhausted. */
    PyObject nextItem();
}
