package org.weft.python.runtime;

/**
 * A callable found in a type's dict that behaves as an unbound method: calling it with
 * {@code (obj, *args)} is the same as {@code obj.name(*args)} (CPython's
 * Py_TPFLAGS_METHOD_DESCRIPTOR). {@link Ops#callMethod} and the operator protocol call such
 * descriptors without making a bound method. Python functions ({@code PyFunction}) and built-in
 * method descriptors implement it.
 */
public interface MethodDescriptor extends PyCallable {

    /** Calls as a method of {@code self}. */
    PyObject callBound(PyObject self, PyObject[] args, String[] kwnames);

    default PyObject callBound0(PyObject self) {
        return callBound(self, Ops.NO_ARGS, null);
    }

    default PyObject callBound1(PyObject self, PyObject a) {
        return callBound(self, new PyObject[] {a}, null);
    }

    default PyObject callBound2(PyObject self, PyObject a, PyObject b) {
        return callBound(self, new PyObject[] {a, b}, null);
    }
}
