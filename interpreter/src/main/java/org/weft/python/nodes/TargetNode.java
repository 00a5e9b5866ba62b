package org.weft.python.nodes;

import org.weft.python.runtime.PyObject;

/**
 * Something a value can be stored into or deleted from: a name, an attribute, a subscript, or a
 * tuple/list of targets to unpack into.
 */
public abstract class TargetNode {

    /** Stores {@code value} ({@code target = value}). */
    public abstract void assign(Frame f, PyObject value);

    /** Deletes the target ({@code del target}). */
    public abstract void delete(Frame f);

    /**
     * Deletes the target and returns the value a name held (null for other targets): {@code del}
     * of a name is where CPython would free an object whose last reference it was.
     */
    public PyObject deleteName(Frame f) {
        delete(f);
        return null;
    }
}
