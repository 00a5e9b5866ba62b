package org.weft.python.runtime;

/**
 * {@code property(fget, fset, fdel, doc)}: a data descriptor calling Python functions.
 * CPython: property in descrobject.c.
 */
public class PyProperty extends PyObject implements PyDescriptor {

    public static final PyType TYPE = PyType.builtin("property", PyProperty.class, () -> PyObject.TYPE,
            PropertyMethods::define);

    PyObject fget = PyNone.NONE;
    PyObject fset = PyNone.NONE;
    PyObject fdel = PyNone.NONE;
    PyObject doc = PyNone.NONE;
    /** The attribute name, from {@code __set_name__}, for error messages; may be null. */
    PyObject name;
    /** True when the doc came from fget's {@code __doc__} (so copies refresh it). */
    boolean getterDoc;

    public PyProperty(PyType type) {
        super(type);
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (obj == null || obj == PyNone.NONE && type != null && !type.isSubtypeOf(PyNone.TYPE)) {
            return this;
        }
        if (fget == PyNone.NONE) {
            throw PyErr.attributeError(PropertyMethods.missing(this, obj, "getter"));
        }
        return Ops.call(fget, obj);
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        PyObject f = value == null ? fdel : fset;
        if (f == PyNone.NONE) {
            throw PyErr.attributeError(PropertyMethods.missing(this, obj, value == null ? "deleter" : "setter"));
        }
        if (value == null) {
            Ops.call(f, obj);
        } else {
            Ops.call(f, obj, value);
        }
    }
}
