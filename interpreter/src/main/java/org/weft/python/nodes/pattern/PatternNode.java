package org.weft.python.nodes.pattern;

import org.weft.python.nodes.Frame;
import org.weft.python.runtime.PyObject;

/** A {@code case} pattern: tests a subject and binds its capture names on success. */
public abstract class PatternNode {

    /** True when {@code subject} matches; capture targets may be bound even when it does not. */
    public abstract boolean match(Frame f, PyObject subject);
}
