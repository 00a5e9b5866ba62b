package org.weft.python.runtime;

/**
 * What zero-argument {@code super()} needs from the running function's frame (the engine's
 * {@code Frame} implements it; {@link ThreadState#frame()} is the running frame).
 * CPython: super_init_without_args in typeobject.c.
 */
public interface SuperFrame {

    /** The value of the function's first parameter now, or null when there is none or it was deleted. */
    PyObject superFirstArgument();

    /** True when the first parameter exists but its local was deleted. */
    default boolean superFirstArgumentDeleted() {
        return false;
    }

    /** The function's {@code __class__} cell, or null when it has none. */
    PyCell superClassCell();
}
