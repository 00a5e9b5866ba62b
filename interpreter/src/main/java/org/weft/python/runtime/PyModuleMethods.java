package org.weft.python.runtime;

/** The behaviour of module objects: attribute access with PEP 562 {@code __getattr__}, repr, dir. */
final class PyModuleMethods {
    private PyModuleMethods() {
    }

    static void define(TypeBuilder b) {
        b.method0("__repr__", PyModuleMethods::repr);
        b.method0("__dir__", self -> {
            PyList l = new PyList();
            for (PyObject k : self.getDict().keys()) {
                l.append(k);
            }
            return l;
        });
    }

    // CPython: module_repr in moduleobject.c
    private static PyObject repr(PyObject self) {
        PyModule m = (PyModule) self;
        PyObject file = m.get("__file__");
        String name = m.name();
        if (file instanceof PyStr f) {
            return PyStr.of("<module '" + name + "' from '" + f.value() + "'>");
        }
        return PyStr.of("<module '" + name + "' (built-in)>");
    }
}
