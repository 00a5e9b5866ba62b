package org.weft.python.runtime;

/**
 * {@code classmethod(f)}: binding gives {@code f} bound to the class (or to the instance's class).
 * CPython: classmethod in funcobject.c (3.11 also chains {@code __get__} of the wrapped object).
 */
public class PyClassMethod extends PyObject implements PyDescriptor {

    public static final PyType TYPE = PyType.builtin("classmethod", PyClassMethod.class, () -> PyObject.TYPE,
            ClassStaticMethods::defineClass);

    PyObject callable;

    public PyClassMethod(PyObject callable) {
        this(TYPE, callable);
    }

    public PyClassMethod(PyType type, PyObject callable) {
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
            throw PyErr.runtimeError("uninitialized classmethod object");
        }
        PyType t = type != null ? type : obj.type();
        PyObject get = callable.type().lookup("__get__");
        if (get != null && !(callable instanceof MethodDescriptor)) {
            // CPython 3.9-3.12: classmethod wraps other descriptors (e.g. property) by chaining __get__.
            return Special.call(get, callable, t, t);
        }
        return new PyMethod(callable, t);
    }
}
