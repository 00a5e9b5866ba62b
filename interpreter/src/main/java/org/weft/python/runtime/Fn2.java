package org.weft.python.runtime;

/** A built-in method body taking {@code self} and exactly two positional arguments. */
@FunctionalInterface
public interface Fn2 {
    PyObject call(PyObject self, PyObject a, PyObject b);
}
