package org.weft.python.runtime;

/**
 * The behaviour of module objects: {@code module(name, doc=None)}, {@code __dict__}, repr, dir
 * (attribute access with PEP 562 {@code __getattr__} lives in {@code Ops.getattr}).
 */
final class PyModuleMethods {
    private PyModuleMethods() {
    }

    private static final ArgParser INIT = ArgParser.of("module", "name", "doc=");

    static void define(TypeBuilder b) {
        b.doc("module(name, doc=None)\n--\n\nCreate a module object.\n\n"
                + "The name must be a string; the optional doc argument can have any type.");
        b.instanceDict();
        // CPython's module __dict__ is a read-only member: replacing it is an error
        b.getset("__dict__", self -> self.getDict(), (self, v) -> {
            throw PyErr.attributeError("readonly attribute");
        });
        b.newFn((type, args, kwnames) -> new PyModule(type));
        b.initFn(PyModuleMethods::init);
        b.method0("__repr__", PyModuleMethods::repr);
        b.method0("__dir__", PyModuleMethods::dir);
    }

    // CPython: module_dir in moduleobject.c: a __dir__ in the module's dict (PEP 562) answers
    private static PyObject dir(PyObject self) {
        PyDict d = self.getDict();
        PyObject dirFunc = d.getItem("__dir__");
        if (dirFunc != null) {
            return Ops.call(dirFunc);
        }
        PyList l = new PyList();
        for (PyObject k : d.keys()) {
            l.append(k);
        }
        return l;
    }

    // CPython: module___init___impl and module_init_dict in moduleobject.c
    private static PyObject init(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] a = INIT.parse(args, kwnames);
        if (!(a[0] instanceof PyStr)) {
            throw PyErr.typeError("module() argument 'name' must be str, not %s", Ops.argTypeName(a[0]));
        }
        PyDict d = self.getDict();
        d.setItem("__name__", a[0]);
        d.setItem("__doc__", a[1] == null ? PyNone.NONE : a[1]);
        d.setItem("__package__", PyNone.NONE);
        d.setItem("__loader__", PyNone.NONE);
        d.setItem("__spec__", PyNone.NONE);
        return null;
    }

    // CPython: module_repr in moduleobject.c, through importlib._bootstrap._module_repr: a module
    // with a __file__ says where it came from; one without says "(built-in)" when a built-in
    // loader made it, and nothing more otherwise (types.ModuleType("x") is <module 'x'>)
    private static PyObject repr(PyObject self) {
        PyModule m = (PyModule) self;
        PyObject nameObj = m.get("__name__");
        String name = nameObj instanceof PyStr s ? s.value() : "?";
        PyObject file = m.get("__file__");
        if (file instanceof PyStr f) {
            return PyStr.of("<module '" + name + "' from '" + f.value() + "'>");
        }
        if (m.isBuiltIn()) {
            return PyStr.of("<module '" + name + "' (built-in)>");
        }
        return PyStr.of("<module '" + name + "'>");
    }
}
