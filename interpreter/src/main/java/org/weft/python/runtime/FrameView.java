package org.weft.python.runtime;

/**
 * What the core needs to know about the running function's frame; the engine's {@code Frame}
 * implements it, and {@link ThreadState#frame()} is the running frame. Used by zero-argument
 * {@code super()} (CPython: super_init_without_args) and by {@code type(name, bases, dict)} to set
 * {@code __module__} from the caller's globals (CPython: type_new_set_module).
 */
public interface FrameView {

    /** The running code's globals. */
    PyDict frameGlobals();

    /** The value of the function's first parameter now, or null when there is none or it was deleted. */
    PyObject superFirstArgument();

    /** True when the first parameter exists but its local was deleted. */
    default boolean superFirstArgumentDeleted() {
        return false;
    }

    /** The function's {@code __class__} cell, or null when it has none. */
    PyCell superClassCell();
}
