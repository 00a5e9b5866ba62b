package org.weft.python.runtime;

/**
 * A Java-implemented iterator that {@link Ops#next} can advance without exceptions: the end is
 * {@code null}, not {@code StopIteration} (CPython's tp_iternext returning NULL with no error set).
 * The type's {@code __next__} should raise {@code StopIteration} when this returns null. An iterator
 * that ends with a value (a generator's {@code return 7}) throws {@code StopIteration(7)} instead of
 * returning null; {@link Ops#next} absorbs it, and builtin {@code next()} lets it through.
 */
public interface PyIterator {

    /** The next item, or null when exhausted. */
    PyObject nextItem();
}
