package org.weft.python.compiler;

/**
 * Where a name used in a block lives, once analysis is done: CPython's {@code LOCAL},
 * {@code GLOBAL_EXPLICIT}, {@code GLOBAL_IMPLICIT}, {@code FREE} and {@code CELL} scopes.
 */
public enum NameScope {
    /** Bound in this block and not captured: a frame slot (or the namespace at module/class level). */
    LOCAL,
    /** Bound in this block and captured by an inner function: a cell owned by this frame. */
    CELL,
    /** Bound in an enclosing function: a cell received through the closure. */
    FREE,
    /** Declared {@code global} in this block. */
    GLOBAL_EXPLICIT,
    /** Not bound anywhere visible: looked up in globals, then builtins. */
    GLOBAL_IMPLICIT
}
