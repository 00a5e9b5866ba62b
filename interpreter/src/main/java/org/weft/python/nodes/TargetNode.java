package org.weft.python.nodes;

import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.SourceSpan;

/**
 * Something a value can be stored into or deleted from: a name, an attribute, a subscript, or a
 * tuple/list of targets to unpack into.
 */
public abstract class TargetNode {

    /**
     * Where the target lies, for the carets under it when storing or deleting fails; set only on
     * the targets that record it, once, by the compiler, before the code is published.
     */
    protected SourceSpan span;

    /** Sets {@link #span} (the compiler does, once); returns this target. */
    public TargetNode withSpan(SourceSpan s) {
        this.span = s;
        return this;
    }

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
