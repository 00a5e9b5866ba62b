package org.weft.python.runtime;

/** The attributes of Python functions ({@code __name__}, {@code __defaults__}, {@code __code__}, ...). */
final class PyFunctionMethods {
    private PyFunctionMethods() {
    }

    static void define(TypeBuilder b) {
        b.notBaseType();
        b.newFn(FunctionNew::create);
        b.method0("__sizeof__", self -> PyInt.of(136)); // CPython's sizeof(PyFunctionObject)
        b.getset("__name__", self -> PyStr.of(fn(self).name), (self, v) -> fn(self).name = strValue(v, "__name__"));
        b.getset("__qualname__", self -> PyStr.of(fn(self).qualname),
                (self, v) -> fn(self).qualname = strValue(v, "__qualname__"));
        b.getset("__doc__", self -> fn(self).doc, (self, v) -> fn(self).doc = v == null ? PyNone.NONE : v);
        b.getset("__module__", self -> fn(self).module, (self, v) -> fn(self).module = v == null ? PyNone.NONE : v);
        b.getset("__defaults__", self -> {
            PyObject[] d = fn(self).defaults;
            return d == null ? PyNone.NONE : PyTuple.of(d);
        }, (self, v) -> fn(self).defaults = v == null || v == PyNone.NONE ? null
                : typed(v, PyTuple.class, "__defaults__", "tuple").items().clone());
        b.getset("__kwdefaults__", self -> {
            PyDict d = fn(self).kwdefaults;
            return d == null ? PyNone.NONE : d;
        }, (self, v) -> fn(self).kwdefaults = v == null || v == PyNone.NONE ? null
                : typed(v, PyDict.class, "__kwdefaults__", "dict"));
        b.getset("__annotations__", self -> {
            PyFunction f = fn(self);
            if (f.annotations == null) {
                f.annotations = new PyDict();
            }
            return f.annotations;
        }, (self, v) -> fn(self).annotations = v == null || v == PyNone.NONE ? null
                : typed(v, PyDict.class, "__annotations__", "dict"));
        b.getset("__code__", self -> fn(self).code, (self, v) -> setCode(fn(self), v));
        b.getset("__dict__", HeapTypes::getInstanceDict, HeapTypes::setInstanceDict);
        b.readonlyMember("__globals__", self -> fn(self).globals);
        b.readonlyMember("__builtins__", self -> fn(self).builtins);
        b.readonlyMember("__closure__", self -> {
            PyCell[] c = fn(self).closure;
            return c == null || c.length == 0 ? PyNone.NONE : PyTuple.of(c.clone());
        });
        b.method0("__repr__", self -> PyStr.of("<function " + fn(self).qualname + " at 0x"
                + Long.toHexString(Ops.id(self)) + ">"));
        b.method("__call__", "($self, /, *args, **kwargs)", (self, args, kwnames) -> fn(self).call(args, kwnames));
        b.method("__get__", "__get__($self, instance, owner=None, /)", (self, args, kw) -> {
            ArgParser.noKeywords("__get__", kw);
            ArgParser.checkPositional("__get__", args.length, 1, 2);
            PyObject obj = args[0];
            if (obj == PyNone.NONE && (args.length < 2 || args[1] == PyNone.NONE)) {
                throw PyErr.typeError("__get__(None, None) is invalid");
            }
            return obj == PyNone.NONE ? self : new PyMethod(self, obj);
        });
    }

    // CPython: func_set_code in funcobject.c
    private static void setCode(PyFunction f, PyObject v) {
        if (!(v instanceof PyCode code)) {
            throw PyErr.typeError("__code__ must be set to a code object");
        }
        int nclosure = f.closure == null ? 0 : f.closure.length;
        if (code.freevars.length != nclosure) {
            throw PyErr.valueError("%s() requires a code object with %d free vars, not %d", f.name, nclosure,
                    code.freevars.length);
        }
        f.code = code;
    }

    private static PyFunction fn(PyObject self) {
        return (PyFunction) self;
    }

    /** {@code v} as a {@code cls}, else CPython's "__defaults__ must be set to a tuple object". */
    private static <T extends PyObject> T typed(PyObject v, Class<T> cls, String attr, String typeName) {
        if (!cls.isInstance(v)) {
            throw PyErr.typeError("%s must be set to a %s object", attr, typeName);
        }
        return cls.cast(v);
    }

    private static String strValue(PyObject v, String what) {
        if (!(v instanceof PyStr s)) {
            throw PyErr.typeError("%s must be set to a string object", what);
        }
        return s.value();
    }
}
