package org.weft.python.runtime;

/**
 * An iterator whose every item is a fresh 2-tuple ({@code enumerate}, {@code zip} of two
 * iterables, {@code dict.items()}): a {@code for} loop that unpacks each item into two targets
 * asks for the pair's halves instead, and no tuple is made per step (CPython reuses the tuple when
 * nobody holds it; a tree-walker on the JVM cannot see that, so it never builds it).
 */
public interface PairIterator {

    /**
     * True when {@link #nextPair} may stand for {@code __next__}: the object is of the exact
     * built-in type (a subclass may override {@code __next__}) and yields pairs.
     */
    boolean yieldsPairs();

    /**
     * The second item of the next pair, with the first stored in {@code first[0]}; null when the
     * iterator is exhausted. Every effect of {@code __next__} happens, in the same order.
     */
    PyObject nextPair(PyObject[] first);
}
