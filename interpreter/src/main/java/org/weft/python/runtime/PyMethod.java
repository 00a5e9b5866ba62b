package org.weft.python.runtime;

/**
 * A bound method: a function and the object it is bound to ({@code obj.f}). Calling it calls the
 * function with the object first. CPython: method in classobject.c. Methods: {@link PyMethodMethods}.
 */
public final class PyMethod extends PyObject implements PyCallable {

    public static final PyType TYPE = PyType.builtin("method", PyMethod.class, () -> PyObject.TYPE,
            PyMethodMethods::define);

    final PyObject func;
    final PyObject self;

    public PyMethod(PyObject function, PyObject self) {
        super(TYPE);
        this.func = function;
        this.self = self;
    }

    /** {@code __func__}. */
    public PyObject getFunction() {
        return func;
    }

    /** {@code __self__}. */
    public PyObject getSelf() {
        return self;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (func instanceof MethodDescriptor m && !func.type().isHeapType()) {
            return m.callBound(self, args, kwnames);
        }
        return Ops.call(func, TypeCall.prepend(self, args), kwnames);
    }
}
