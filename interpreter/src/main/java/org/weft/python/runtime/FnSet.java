package org.weft.python.runtime;

/** The setter half of a built-in getset attribute; {@code value} is null for {@code del}. */
@FunctionalInterface
public interface FnSet {
    void set(PyObject self, PyObject value);
}
