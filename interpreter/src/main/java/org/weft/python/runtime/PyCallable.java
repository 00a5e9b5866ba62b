package org.weft.python.runtime;

/**
 * A Java object that Python can call directly, without looking up {@code __call__}: built-in
 * functions, method descriptors, types, Python functions, bound methods. {@link Ops#call} uses it.
 */
public interface PyCallable {
    /** Calls with the vectorcall convention (see the README's "Calling convention"). */
    PyObject call(PyObject[] args, String[] kwnames);
}
