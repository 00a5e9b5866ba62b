package org.weft.python.runtime;

/**
 * The methods of {@code staticmethod} and {@code classmethod}: construction, {@code __func__},
 * {@code __wrapped__} and the copied function attributes ({@code functools.wraps}-like, 3.10+).
 * CPython: sm_* and cm_* in funcobject.c.
 */
final class ClassStaticMethods {

    private ClassStaticMethods() {
    }

    static void defineStatic(TypeBuilder b) {
        b.doc("staticmethod(function) -> method\n\nConvert a function to be a static method.\n\nA static method does not receive an implicit first argument.\nTo declare a static method, use this idiom:\n\n     class C:\n         @staticmethod\n         def f(arg1, arg2, argN):\n             ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()). Both the class and the instance are ignored, and\nneither is passed implicitly as the first argument to the method.\n\nStatic methods in Python are similar to those found in Java or C++.\nFor a more advanced concept, see the classmethod builtin.");
        b.instanceDict();
        b.newFn((type, args, kw) -> new PyStaticMethod(type, null));
        b.initFn((self, args, kw) -> {
            PyObject f = oneArg("staticmethod", args, kw);
            ((PyStaticMethod) self).callable = f;
            copyAttrs(self, f);
            return PyNone.NONE;
        });
        b.readonlyMember("__func__", self -> ((PyStaticMethod) self).callable);
        b.getter("__wrapped__", self -> ((PyStaticMethod) self).callable);
        b.getter("__isabstractmethod__", self -> isAbstract(((PyStaticMethod) self).callable));
        b.method("__get__", "__get__($self, instance, owner=None, /)",
                (self, args, kw) -> ((PyStaticMethod) self).get(null, null));
        b.method("__call__", "__call__($self, /, *args, **kwargs)",
                (self, args, kw) -> ((PyStaticMethod) self).call(args, kw));
        b.method0("__repr__", self -> PyStr.of("<staticmethod(" + Ops.repr(((PyStaticMethod) self).callable).value() + ")>"));
    }

    static void defineClass(TypeBuilder b) {
        b.doc("classmethod(function) -> method\n\nConvert a function to be a class method.\n\nA class method receives the class as implicit first argument,\njust like an instance method receives the instance.\nTo declare a class method, use this idiom:\n\n  class C:\n      @classmethod\n      def f(cls, arg1, arg2, argN):\n          ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()).  The instance is ignored except for its class.\nIf a class method is called for a derived class, the derived class\nobject is passed as the implied first argument.\n\nClass methods are different than C++ or Java static methods.\nIf you want those, see the staticmethod builtin.");
        b.instanceDict();
        b.newFn((type, args, kw) -> new PyClassMethod(type, null));
        b.initFn((self, args, kw) -> {
            PyObject f = oneArg("classmethod", args, kw);
            ((PyClassMethod) self).callable = f;
            copyAttrs(self, f);
            return PyNone.NONE;
        });
        b.readonlyMember("__func__", self -> ((PyClassMethod) self).callable);
        b.getter("__wrapped__", self -> ((PyClassMethod) self).callable);
        b.getter("__isabstractmethod__", self -> isAbstract(((PyClassMethod) self).callable));
        b.method("__get__", "__get__($self, instance, owner=None, /)", (self, args, kw) -> {
            ArgParser.checkPositional("__get__", args.length, 1, 2);
            PyObject obj = args[0] == PyNone.NONE ? null : args[0];
            PyType t = args.length > 1 && args[1] instanceof PyType tt ? tt : null;
            if (obj == null && t == null) {
                throw PyErr.typeError("__get__(None, None) is invalid");
            }
            return ((PyClassMethod) self).get(obj, t);
        });
        b.method0("__repr__", self -> PyStr.of("<classmethod(" + Ops.repr(((PyClassMethod) self).callable).value() + ")>"));
    }

    private static PyObject oneArg(String name, PyObject[] args, String[] kw) {
        ArgParser.noKeywords(name, kw);
        ArgParser.checkPositional(name, args.length, 1, 1);
        return args[0];
    }

    /** Copies __module__, __name__, __qualname__, __doc__ (and __annotations__) as functools.wraps. */
    private static void copyAttrs(PyObject self, PyObject f) {
        PyDict d = self.getDict();
        for (String a : new String[] {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
            PyObject v = Ops.getattrOrNull(f, a);
            if (v != null) {
                d.setItem(a, v);
            }
        }
    }

    private static PyObject isAbstract(PyObject f) {
        PyObject v = f == null ? null : Ops.getattrOrNull(f, "__isabstractmethod__");
        return PyBool.of(v != null && Ops.isTrue(v));
    }
}
