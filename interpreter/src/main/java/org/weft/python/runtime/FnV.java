package org.weft.python.runtime;

/**
 * A built-in method body with the full calling convention: positional arguments then keyword
 * values in {@code args}, keyword names in {@code kwnames} (null or empty when none). Parse with
 * {@link ArgParser}. {@code self} is null for static methods and module functions without a module.
 */
@FunctionalInterface
public interface FnV {
    PyObject call(PyObject self, PyObject[] args, String[] kwnames);
}
