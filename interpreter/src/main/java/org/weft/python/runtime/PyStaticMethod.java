package org.weft.python.runtime;

/**
 * {@code staticmethod(f)}: binding gives {@code f} itself; callable since 3.10. Has a
 * {@code __dict__} and copies {@code __name__}, {@code __doc__}... as {@code __wrapped__} does.
 * CPython: staticmethod in funcobject.c.
 */
public class PyStaticMethod extends PyObject implements PyDescriptor, PyCallable {

    public static final PyType TYPE = PyType.builtin("staticmethod", PyStaticMethod.class, () -> PyObject.TYPE,
            ClassStaticMethods::defineStatic);

    /** The wrapped callable; null only between {@code __new__} and {@code __init__}. */
    PyObject callable;

    public PyStaticMethod(PyObject callable) {
        this(TYPE, callable);
    }

    public PyStaticMethod(PyType type, PyObject callable) {
        super(type);
        this.callable = callable;
        if (dict == null) {
            dict = new PyDict();
        }
    }

    public PyObject getCallable() {
        return callable;
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (callable == null) {
            throw PyErr.runtimeError("uninitialized staticmethod object");
        }
        return callable;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return Ops.call(get(null, null), args, kwnames);
    }
}
