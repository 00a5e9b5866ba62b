package org.weft.python.runtime;

/** The attributes of bound methods: {@code __func__}, {@code __self__}, {@code __repr__}, ... */
final class PyMethodMethods {
    private PyMethodMethods() {
    }

    static void define(TypeBuilder b) {
        b.notBaseType();
        // CPython: method_new in classobject.c (types.MethodType(func, obj)).
        b.newFn((type, args, kwnames) -> {
            ArgParser.noKeywords("method", kwnames);
            ArgParser.checkPositional("method", args.length, 2, 2);
            if (!(args[0] instanceof PyCallable) && args[0].type().lookup("__call__") == null) {
                throw PyErr.typeError("first argument must be callable");
            }
            if (args[1] == PyNone.NONE) {
                throw PyErr.typeError("instance must not be None");
            }
            return new PyMethod(args[0], args[1]);
        });
        b.readonlyMember("__func__", self -> ((PyMethod) self).func);
        b.readonlyMember("__self__", self -> ((PyMethod) self).self);
        b.getter("__name__", self -> Ops.getattr(((PyMethod) self).func, "__name__"));
        b.getter("__qualname__", self -> Ops.getattr(((PyMethod) self).func, "__qualname__"));
        b.getter("__doc__", self -> Ops.getattr(((PyMethod) self).func, "__doc__"));
        b.getter("__module__", self -> Ops.getattr(((PyMethod) self).func, "__module__"));
        // CPython: method_getattro in classobject.c: what the method type lacks is the function's.
        b.method1("__getattr__", (self, name) -> {
            if (!(name instanceof PyStr s)) {
                throw PyErr.typeError("attribute name must be string, not '%s'", Ops.typeName(name));
            }
            return Ops.getattr(((PyMethod) self).func, s.value());
        });
        b.method0("__repr__", self -> {
            PyMethod m = (PyMethod) self;
            PyObject q = Ops.getattrOrNull(m.func, "__qualname__");
            String name = q instanceof PyStr s ? s.value() : "?";
            return PyStr.of("<bound method " + name + " of " + Ops.repr(m.self).value() + ">");
        });
        b.method1("__eq__", (self, other) -> {
            if (!(other instanceof PyMethod o)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyMethod m = (PyMethod) self;
            return PyBool.of(m.func == o.func && m.self == o.self);
        });
        b.method0("__hash__", self -> PyInt.of(Ops.hash(((PyMethod) self).func) ^ Ops.id(((PyMethod) self).self)));
        b.method("__call__", "($self, /, *args, **kwargs)",
                (self, args, kwnames) -> ((PyMethod) self).call(args, kwnames));
    }
}
