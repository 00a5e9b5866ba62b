package org.weft.python.runtime;

/**
 * Calling a special method found by {@link PyType#lookup} on an object's type, without making a
 * bound method when the descriptor is a {@link MethodDescriptor} (CPython: vectorcall_method and
 * lookup_maybe_method in typeobject.c). Other descriptors are bound with {@code __get__} first;
 * plain callables are called as they are.
 */
final class Special {

    private Special() {
    }

    /** True when {@code d}'s Java behaviour can be trusted (its type is not a Python subclass). */
    private static boolean builtinDescr(PyObject d) {
        return !d.type().isHeapType();
    }

    /** Binds {@code descr} to {@code self} as attribute access would. */
    static PyObject bind(PyObject descr, PyObject self) {
        if (descr instanceof PyDescriptor d && builtinDescr(descr)) {
            return d.get(self, self.type());
        }
        PyObject get = descr.type().lookup("__get__");
        if (get == null) {
            return descr;
        }
        return call(get, descr, self, self.type());
    }

    static PyObject call0(PyObject descr, PyObject self) {
        if (descr instanceof MethodDescriptor m && builtinDescr(descr)) {
            return m.callBound0(self);
        }
        return Ops.call(bind(descr, self), Ops.NO_ARGS, null);
    }

    static PyObject call1(PyObject descr, PyObject self, PyObject a) {
        if (descr instanceof MethodDescriptor m && builtinDescr(descr)) {
            return m.callBound1(self, a);
        }
        return Ops.call(bind(descr, self), new PyObject[] {a}, null);
    }

    static PyObject call(PyObject descr, PyObject self, PyObject a, PyObject b) {
        if (descr instanceof MethodDescriptor m && builtinDescr(descr)) {
            return m.callBound2(self, a, b);
        }
        return Ops.call(bind(descr, self), new PyObject[] {a, b}, null);
    }

    static PyObject callV(PyObject descr, PyObject self, PyObject[] args, String[] kwnames) {
        if (descr instanceof MethodDescriptor m && builtinDescr(descr)) {
            return m.callBound(self, args, kwnames);
        }
        return Ops.call(bind(descr, self), args, kwnames);
    }
}
