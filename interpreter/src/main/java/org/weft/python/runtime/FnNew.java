package org.weft.python.runtime;

/**
 * A built-in {@code __new__}: {@code type} is the type to instantiate (maybe a Python subclass of
 * the type that declares it), {@code args}/{@code kwnames} the remaining arguments.
 */
@FunctionalInterface
public interface FnNew {
    PyObject call(PyType type, PyObject[] args, String[] kwnames);
}
