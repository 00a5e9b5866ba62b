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
}
