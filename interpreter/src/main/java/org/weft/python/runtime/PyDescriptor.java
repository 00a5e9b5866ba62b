package org.weft.python.runtime;

/**
 * A built-in descriptor that the attribute protocol can use without looking up {@code __get__}:
 * method descriptors, getsets, members, properties, functions, class/static methods. Used only when
 * the descriptor's type is not a Python subclass (which might override {@code __get__}).
 */
public interface PyDescriptor {

    /** {@code __get__(obj, type)}; {@code obj} is null when looked up on the type itself. */
    PyObject get(PyObject obj, PyType type);

    /** True for data descriptors (those with {@code __set__} or {@code __delete__}). */
    default boolean isData() {
        return false;
    }

    /** {@code __set__(obj, value)}, or {@code __delete__(obj)} when value is null. */
    default void set(PyObject obj, PyObject value) {
        throw PyErr.format(PyExc.AttributeError, "__set__");
    }
}
