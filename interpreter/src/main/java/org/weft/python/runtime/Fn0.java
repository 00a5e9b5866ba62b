package org.weft.python.runtime;

/** A built-in method body taking only {@code self} (CPython METH_NOARGS). */
@FunctionalInterface
public interface Fn0 {
    PyObject call(PyObject self);
}
