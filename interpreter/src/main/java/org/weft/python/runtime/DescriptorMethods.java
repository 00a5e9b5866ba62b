package org.weft.python.runtime;

/**
 * Python-level methods of the built-in callables and descriptors: method and wrapper descriptors,
 * built-in functions and method-wrappers, class-method descriptors, getsets, members and bound
 * methods ({@code __get__}, {@code __call__}, {@code __repr__}, {@code __name__}, {@code __doc__}...).
 * CPython: descrobject.c, methodobject.c, classobject.c.
 */
final class DescriptorMethods {

    private DescriptorMethods() {
    }

    private static final String MARKER = "\n--\n\n";

    /** The {@code __doc__} part of a doc in the text-signature convention; null when there is none. */
    static String docOf(String doc) {
        if (doc == null) {
            return null;
        }
        int m = doc.indexOf(MARKER);
        if (m >= 0) {
            return doc.substring(m + MARKER.length());
        }
        return isBareSignature(doc) ? null : doc;
    }

    /** The {@code __text_signature__}: "($self, /, x)" from "name($self, /, x)\n--\n\n...", or null. */
    static String textSignature(String doc) {
        if (doc == null) {
            return null;
        }
        int m = doc.indexOf(MARKER);
        String sig = m >= 0 ? doc.substring(0, m) : isBareSignature(doc) ? doc : null;
        if (sig == null) {
            return null;
        }
        int p = sig.indexOf('(');
        return p < 0 ? null : sig.substring(p);
    }

    private static boolean isBareSignature(String doc) {
        return doc.indexOf('\n') < 0 && doc.endsWith(")") && doc.indexOf('(') > 0;
    }

    private static PyObject strOrNone(String s) {
        return s == null ? PyNone.NONE : PyStr.of(s);
    }

    private static void defineDefAttrs(TypeBuilder b, java.util.function.Function<PyObject, MethodDef> def) {
        b.getter("__name__", self -> PyStr.of(def.apply(self).name));
        b.getter("__doc__", self -> strOrNone(docOf(def.apply(self).fullDoc())));
        b.getter("__text_signature__", self -> strOrNone(textSignature(def.apply(self).fullDoc())));
    }

    static void defineMethodDescriptor(TypeBuilder b) {
        b.notBaseType();
        defineDefAttrs(b, self -> ((PyMethodDescriptor) self).def);
        b.getter("__qualname__", self -> PyStr.of(((PyMethodDescriptor) self).owner.getQualname() + "."
                + ((PyMethodDescriptor) self).def.name));
        b.getter("__objclass__", self -> ((PyMethodDescriptor) self).owner);
        b.method("__get__", "__get__($self, instance, owner=None, /)", (self, args, kw) -> {
            ArgParser.checkPositional("__get__", args.length, 1, 2);
            return ((PyMethodDescriptor) self).get(args[0] == PyNone.NONE ? null : args[0], null);
        });
        b.method("__call__", "__call__($self, /, *args, **kwargs)",
                (self, args, kw) -> ((PyMethodDescriptor) self).call(args, kw));
        b.method0("__repr__", self -> {
            PyMethodDescriptor d = (PyMethodDescriptor) self;
            return PyStr.of("<" + (d.def.slot ? "slot wrapper" : "method") + " '" + d.def.name + "' of '"
                    + d.owner.getName() + "' objects>");
        });
    }

    static void defineBuiltinFunction(TypeBuilder b) {
        b.notBaseType();
        defineDefAttrs(b, self -> ((PyBuiltinFunction) self).def);
        b.getter("__qualname__", self -> {
            PyBuiltinFunction f = (PyBuiltinFunction) self;
            if (f.self == null || f.self instanceof PyModule) {
                return PyStr.of(f.def.name);
            }
            PyType owner = f.self instanceof PyType t ? t : f.self.type();
            return PyStr.of(owner.getQualname() + "." + f.def.name);
        });
        b.getter("__self__", self -> {
            PyBuiltinFunction f = (PyBuiltinFunction) self;
            return f.self == null || f.isStatic ? PyNone.NONE : f.self;
        });
        b.getter("__module__", self -> {
            PyObject s = ((PyBuiltinFunction) self).self;
            return s instanceof PyModule m ? PyStr.of(m.name()) : s == null ? PyStr.of("builtins") : PyNone.NONE;
        });
        b.method("__call__", "__call__($self, /, *args, **kwargs)",
                (self, args, kw) -> ((PyBuiltinFunction) self).call(args, kw));
        // CPython's meth_reduce: a global name, or getattr(owner, name) with the bound object as
        // stored (a static method's type too, though its __self__ reads None)
        b.method0("__reduce__", self -> {
            PyBuiltinFunction f = (PyBuiltinFunction) self;
            if (f.self == null || f.self instanceof PyModule) {
                return PyStr.of(f.def.name);
            }
            PyObject getattr = org.weft.python.Interpreter.current().builtinsModule().get("getattr");
            return PyTuple.of(getattr, PyTuple.of(f.self, PyStr.of(f.def.name)));
        });
        b.method0("__repr__", DescriptorMethods::builtinRepr);
        b.method1("__eq__", (self, o) -> {
            if (!(o instanceof PyBuiltinFunction g)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyBuiltinFunction f = (PyBuiltinFunction) self;
            return PyBool.of(f.def == g.def && f.self == g.self);
        });
        b.method0("__hash__", self -> {
            PyBuiltinFunction f = (PyBuiltinFunction) self;
            return PyInt.of(System.identityHashCode(f.def) * 31L + System.identityHashCode(f.self));
        });
    }

    private static PyObject builtinRepr(PyObject self) {
        PyBuiltinFunction f = (PyBuiltinFunction) self;
        if (f.self == null || f.self instanceof PyModule) {
            return PyStr.of("<built-in function " + f.def.name + ">");
        }
        String kind = f.def.slot ? "method-wrapper '" + f.def.name + "'" : "built-in method " + f.def.name;
        return PyStr.of("<" + kind + " of " + Ops.typeName(f.self) + " object at 0x"
                + Long.toHexString(Ops.id(f.self)) + ">");
    }

    static void defineClassMethodDescriptor(TypeBuilder b) {
        b.notBaseType();
        defineDefAttrs(b, self -> ((PyClassMethodDescriptor) self).def);
        b.getter("__objclass__", self -> ((PyClassMethodDescriptor) self).owner);
        b.getter("__qualname__", self -> PyStr.of(((PyClassMethodDescriptor) self).owner.getQualname() + "."
                + ((PyClassMethodDescriptor) self).def.name));
        b.method("__get__", "__get__($self, instance, owner=None, /)", (self, args, kw) -> {
            ArgParser.checkPositional("__get__", args.length, 1, 2);
            PyObject obj = args[0] == PyNone.NONE ? null : args[0];
            PyType t = args.length > 1 && args[1] instanceof PyType tt ? tt : null;
            return ((PyClassMethodDescriptor) self).get(obj, t);
        });
        b.method("__call__", "__call__($self, /, *args, **kwargs)",
                (self, args, kw) -> ((PyClassMethodDescriptor) self).call(args, kw));
        b.method0("__repr__", self -> PyStr.of("<method '" + ((PyClassMethodDescriptor) self).def.name + "' of '"
                + ((PyClassMethodDescriptor) self).owner.getName() + "' objects>"));
    }

    static void defineGetSet(TypeBuilder b) {
        b.notBaseType();
        b.getter("__name__", self -> PyStr.of(((PyGetSetDescriptor) self).name));
        b.getter("__qualname__", self -> PyStr.of(((PyGetSetDescriptor) self).owner.getQualname() + "."
                + ((PyGetSetDescriptor) self).name));
        b.getter("__doc__", self -> {
            PyGetSetDescriptor d = (PyGetSetDescriptor) self;
            return strOrNone(d.doc != null || d.owner.isHeapType() ? d.doc : BuiltinDocs.doc(d.owner.getName() + "." + d.name));
        });
        b.getter("__objclass__", self -> ((PyGetSetDescriptor) self).owner);
        defineDataDescriptorMethods(b);
        b.method0("__repr__", self -> PyStr.of("<attribute '" + ((PyGetSetDescriptor) self).name + "' of '"
                + ((PyGetSetDescriptor) self).owner.getName() + "' objects>"));
    }

    static void defineMember(TypeBuilder b) {
        b.notBaseType();
        b.getter("__name__", self -> PyStr.of(((PyMemberDescriptor) self).name));
        b.getter("__qualname__", self -> PyStr.of(((PyMemberDescriptor) self).owner.getQualname() + "."
                + ((PyMemberDescriptor) self).name));
        b.getter("__doc__", self -> PyNone.NONE);
        b.getter("__objclass__", self -> ((PyMemberDescriptor) self).owner);
        defineDataDescriptorMethods(b);
        b.method0("__repr__", self -> PyStr.of("<member '" + ((PyMemberDescriptor) self).name + "' of '"
                + ((PyMemberDescriptor) self).owner.getName() + "' objects>"));
    }

    private static void defineDataDescriptorMethods(TypeBuilder b) {
        b.method("__get__", "__get__($self, instance, owner=None, /)", (self, args, kw) -> {
            ArgParser.checkPositional("__get__", args.length, 1, 2);
            PyObject obj = args[0] == PyNone.NONE ? null : args[0];
            return ((PyDescriptor) self).get(obj, null);
        });
        b.method2("__set__", (self, obj, v) -> {
            ((PyDescriptor) self).set(obj, v);
            return PyNone.NONE;
        });
        b.method1("__delete__", (self, obj) -> {
            ((PyDescriptor) self).set(obj, null);
            return PyNone.NONE;
        });
    }
}
