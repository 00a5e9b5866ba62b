package org.weft.python.runtime;

/** The methods of {@code super}. CPython: super_init, super_getattro, supercheck in typeobject.c. */
final class SuperMethods {

    private SuperMethods() {
    }

    static void define(TypeBuilder b) {
        b.doc("super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\n"
                + "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
                + "super(type, type2) -> bound super object; requires issubclass(type2, type)\n"
                + "Typical use to call a cooperative superclass method:\nclass C(B):\n    def meth(self, arg):\n"
                + "        super().meth(arg)\nThis works for class methods too:\nclass C(B):\n    @classmethod\n"
                + "    def cmeth(cls, arg):\n        super().cmeth(arg)\n");
        b.newFn((type, args, kw) -> new PySuper(type));
        b.initFn((self, args, kw) -> {
            ArgParser.noKeywords("super", kw);
            if (args.length == 0) {
                zeroArgInit((PySuper) self);
                return PyNone.NONE;
            }
            ArgParser.checkPositional("super()", args.length, 1, 2); // CPython names it so
            if (!(args[0] instanceof PyType t)) {
                // not an argument-clinic message: None shows as NoneType
                throw PyErr.typeError("super() argument 1 must be a type, not %s", Ops.typeName(args[0]));
            }
            init((PySuper) self, t, args.length > 1 && args[1] != PyNone.NONE ? args[1] : null);
            return PyNone.NONE;
        });
        b.constant("__getattribute__", new PyMethodDescriptor(PySuper.TYPE, MethodDef.of1("super", "__getattribute__",
                "__getattribute__($self, name, /)\n--\n\nReturn getattr(self, name).",
                (self, name) -> getattr((PySuper) self, PyObjectMethods.attrName(name)))));
        b.getter("__thisclass__", self -> orNone(((PySuper) self).thisType));
        b.getter("__self__", self -> orNone(((PySuper) self).obj));
        b.getter("__self_class__", self -> orNone(((PySuper) self).objType));
        b.method("__get__", "__get__($self, instance, owner=None, /)", (self, args, kw) -> {
            ArgParser.checkPositional("__get__", args.length, 1, 2);
            return ((PySuper) self).get(args[0] == PyNone.NONE ? null : args[0], null);
        });
        b.method0("__repr__", self -> {
            PySuper s = (PySuper) self;
            String cls = s.thisType == null ? "NULL" : s.thisType.getName();
            return PyStr.of(s.objType == null ? "<super: <class '" + cls + "'>, NULL>"
                    : "<super: <class '" + cls + "'>, <" + s.objType.getName() + " object>>");
        });
    }

    /** {@code super()} inside a method: {@code __class__} and the first argument. CPython: super_init_without_args. */
    private static void zeroArgInit(PySuper s) {
        if (!(ThreadState.current().frame() instanceof FrameView f)) {
            throw PyErr.runtimeError("super(): no current frame");
        }
        PyObject first = f.superFirstArgument();
        if (first == null) {
            throw PyErr.runtimeError(f.superFirstArgumentDeleted() ? "super(): arg[0] deleted" : "super(): no arguments");
        }
        PyCell cell = f.superClassCell();
        if (cell == null) {
            throw PyErr.runtimeError("super(): __class__ cell not found");
        }
        PyObject cls = cell.value;
        if (cls == null) {
            throw PyErr.runtimeError("super(): empty __class__ cell");
        }
        if (!(cls instanceof PyType t)) {
            throw PyErr.runtimeError("super(): __class__ is not a type (%s)", Ops.typeName(cls));
        }
        init(s, t, first);
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    static void init(PySuper s, PyType type, PyObject obj) {
        s.thisType = type;
        s.obj = obj;
        s.objType = obj == null ? null : check(type, obj);
    }

    /** The type whose MRO to search. CPython: supercheck. */
    private static PyType check(PyType type, PyObject obj) {
        if (obj instanceof PyType t && t.isSubtypeOf(type)) {
            return t;
        }
        if (obj.type().isSubtypeOf(type)) {
            return obj.type();
        }
        PyObject cls = Ops.getattrOrNull(obj, "__class__");
        if (cls instanceof PyType ct && cls != obj.type() && ct.isSubtypeOf(type)) {
            return ct;
        }
        throw PyErr.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    /** CPython: super_getattro: search the MRO after thisType, binding to obj. */
    static PyObject getattr(PySuper s, String name) {
        if (s.objType != null && !name.equals("__class__")) {
            PyType[] mro = s.objType.getMro();
            int i = 0;
            while (i < mro.length && mro[i] != s.thisType) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].getDict().getItem(name);
                if (v != null) {
                    PyObject self = s.obj == s.objType ? null : s.obj;
                    return Attributes.get(v, self, s.objType);
                }
            }
        }
        PyObject v = Attributes.genericGetattrOrNull(s, name);
        if (v == null) {
            throw PyErr.format(PyExc.AttributeError, "'super' object has no attribute '%s'", name);
        }
        return v;
    }
}
