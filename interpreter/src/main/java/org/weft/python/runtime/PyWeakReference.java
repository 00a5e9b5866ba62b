package org.weft.python.runtime;

/**
 * A weak reference object ({@code weakref.ref} and its subclasses). Inline caches must not keep one
 * alive: {@code weakref.getweakrefcount} counts the references a program still holds, and CPython
 * drops one at the {@code del} of its last name.
 */
public interface PyWeakReference {
}
