package org.weft.python.runtime;

/** A built-in method body taking {@code self} and one positional argument (CPython METH_O). */
@FunctionalInterface
public interface Fn1 {
    PyObject call(PyObject self, PyObject a);
}
