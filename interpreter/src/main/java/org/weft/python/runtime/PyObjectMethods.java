package org.weft.python.runtime;

import java.util.LinkedHashSet;
import java.util.Set;

/** The methods of {@code object}. CPython: object_* functions in typeobject.c. */
final class PyObjectMethods {

    private PyObjectMethods() {
    }

    static final PyMethodDescriptor GETATTRIBUTE = new PyMethodDescriptor(PyObject.TYPE,
            MethodDef.of1("object", "__getattribute__", "__getattribute__($self, name, /)\n--\n\nReturn getattr(self, name).",
                    (self, name) -> Attributes.genericGetattr(self, attrName(name))));
    static final PyMethodDescriptor SETATTR = new PyMethodDescriptor(PyObject.TYPE,
            MethodDef.of2("object", "__setattr__", "__setattr__($self, name, value, /)\n--\n\nImplement setattr(self, name, value).",
                    (self, name, v) -> {
                        Attributes.genericSetattr(self, attrName(name), v);
                        return PyNone.NONE;
                    }));
    static final PyMethodDescriptor DELATTR = new PyMethodDescriptor(PyObject.TYPE,
            MethodDef.of1("object", "__delattr__", "__delattr__($self, name, /)\n--\n\nImplement delattr(self, name).",
                    (self, name) -> {
                        Attributes.genericSetattr(self, attrName(name), null);
                        return PyNone.NONE;
                    }));

    /** {@code object.__new__} and {@code object.__init__}, compared by identity in the excess-argument rules. */
    static final PyBuiltinFunction NEW = new PyBuiltinFunction(MethodDef.ofNew("object", PyObjectMethods::objectNew),
            PyObject.TYPE);
    static final PyMethodDescriptor INIT = new PyMethodDescriptor(PyObject.TYPE,
            MethodDef.ofV("object", "__init__", "__init__($self, /, *args, **kwargs)\n--\n\nInitialize self.  See help(type(self)) for accurate signature.",
                    PyObjectMethods::objectInit));

    /** An attribute name argument: must be a str. */
    static String attrName(PyObject name) {
        if (name instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("attribute name must be string, not '%s'", Ops.typeName(name));
    }

    /**
     * object.__str__ calls the type's __repr__ without checking what it returns: str() checks it and names
     * __str__ in its message.
     */
    // CPython: object_str in typeobject.c
    private static PyObject objectStr(PyObject self) {
        // One level of recursion depth here, as when this went through Ops.repr: CPython's object_str
        // counts none, but Weft's levels elsewhere differ from CPython's by one on this path, and
        // with it a __repr__ that recurses through str() runs out where CPython's does, with its
        // message (errors/recursion_in_repr_fstring).
        return ThreadState.current().deeper(" while getting the repr of an object", self,
                o -> Special.call0(o.type().lookup("__repr__"), o));
    }

    static void define(TypeBuilder b) {
        b.doc("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new "
                + "featureless\ninstance that has no instance attributes and cannot be given any.\n");
        b.constant("__new__", NEW);
        b.constant("__init__", INIT);
        b.constant("__getattribute__", GETATTRIBUTE);
        b.constant("__setattr__", SETATTR);
        b.constant("__delattr__", DELATTR);
        b.method0("__repr__", "__repr__($self, /)\n--\n\nReturn repr(self).", self -> PyStr.of(defaultRepr(self)));
        b.method0("__str__", "__str__($self, /)\n--\n\nReturn str(self).", PyObjectMethods::objectStr);
        b.method0("__hash__", "__hash__($self, /)\n--\n\nReturn hash(self).",
                self -> PyInt.of(System.identityHashCode(self)));
        b.method1("__eq__", "__eq__($self, value, /)\n--\n\nReturn self==value.",
                (self, o) -> self == o ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED);
        b.method1("__ne__", "__ne__($self, value, /)\n--\n\nReturn self!=value.", PyObjectMethods::objectNe);
        for (CompareOp op : new CompareOp[] {CompareOp.LT, CompareOp.LE, CompareOp.GT, CompareOp.GE}) {
            b.method1(op.dunder, op.dunder + "($self, value, /)\n--\n\nReturn self" + op.symbol + "value.",
                    (self, o) -> PyNotImplemented.NOT_IMPLEMENTED);
        }
        b.method1("__format__", "__format__($self, format_spec, /)\n--\n\nDefault object formatter.",
                PyObjectMethods::objectFormat);
        b.method0("__dir__", "__dir__($self, /)\n--\n\nDefault dir() implementation.", PyObjectMethods::objectDir);
        b.method0("__sizeof__", "__sizeof__($self, /)\n--\n\nSize of object in memory, in bytes.",
                self -> PyInt.of(basicSize(self.type())));
        b.method0("__getstate__", "__getstate__($self, /)\n--\n\nHelper for pickle.", PyObjectMethods::objectGetstate);
        // CPython: object___reduce___impl and object___reduce_ex___impl in typeobject.c, whose
        // reductions copyreg holds here (the same code pickle and copy use).
        b.method0("__reduce__", "__reduce__($self, /)\n--\n\nHelper for pickle.",
                self -> Ops.callMethod(ModuleImports.importOnThisThread("copyreg"), "_reduce_ex", self, PyInt.of(0)));
        b.method1("__reduce_ex__", "__reduce_ex__($self, protocol, /)\n--\n\nHelper for pickle.", (self, protocol) -> {
            PyInt proto = Ops.index(protocol);
            return Ops.callMethod(ModuleImports.importOnThisThread("copyreg"), "_default_reduce_ex", self, proto);
        });
        b.classmethod("__init_subclass__", "__init_subclass__($cls, /)\n--\n\nThis method is called when a class is "
                + "subclassed.\n\nThe default implementation does nothing. It may be\noverridden to extend subclasses.\n",
                (cls, args, kw) -> {
                    if (kw != null && kw.length > 0) {
                        throw PyErr.typeError("%s.__init_subclass__() takes no keyword arguments",
                                ((PyType) cls).getName());
                    }
                    if (args.length > 0) {
                        throw PyErr.typeError("%s.__init_subclass__() takes no arguments (%d given)",
                                ((PyType) cls).getName(), args.length);
                    }
                    return PyNone.NONE;
                });
        b.classmethod("__subclasshook__", null, (cls, args, kw) -> PyNotImplemented.NOT_IMPLEMENTED);
        b.getset("__class__", PyObject::type, PyObjectMethods::setClass);
    }

    private static boolean excessArgs(PyObject[] args) {
        return args.length > 0;
    }

    /** CPython: object_new. */
    private static PyObject objectNew(PyType type, PyObject[] args, String[] kwnames) {
        if (excessArgs(args)) {
            if (type.lookup("__new__") != NEW) {
                throw PyErr.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (type.lookup("__init__") == INIT) {
                throw PyErr.typeError("%s() takes no arguments", type.getName());
            }
        }
        if ((type.flags & PyType.ABSTRACT) != 0) {
            throw AbstractClasses.cannotInstantiate(type);
        }
        return Finalizers.newInstance(type);
    }

    /** CPython: object_init. */
    private static PyObject objectInit(PyObject self, PyObject[] args, String[] kwnames) {
        if (excessArgs(args)) {
            PyType type = self.type();
            if (type.lookup("__init__") != INIT) {
                throw PyErr.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (type.lookup("__new__") == NEW) {
                throw PyErr.typeError("%s.__init__() takes exactly one argument (the instance to initialize)",
                        type.getName());
            }
        }
        return PyNone.NONE;
    }

    /** {@code <__main__.C object at 0x7f...>}. CPython: object_repr. */
    static String defaultRepr(PyObject self) {
        PyType t = self.type();
        String mod = t.getModule();
        String name = mod.equals("builtins") ? t.getQualname() : mod + "." + t.getQualname();
        return "<" + name + " object at 0x" + Long.toHexString(Ops.id(self)) + ">";
    }

    /** {@code !=}: the inverse of {@code __eq__} unless that is NotImplemented. CPython: object_richcompare. */
    private static PyObject objectNe(PyObject self, PyObject o) {
        PyObject eq = self.type().lookup("__eq__");
        if (eq == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject r = Special.call1(eq, self, o);
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        return PyBool.of(!Ops.isTrue(r));
    }

    /** CPython: object___format___impl. */
    private static PyObject objectFormat(PyObject self, PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw PyErr.typeError("__format__() argument must be str, not %s", Ops.argTypeName(spec));
        }
        if (!s.value().isEmpty()) {
            throw PyErr.typeError("unsupported format string passed to %s.__format__", Ops.typeName(self));
        }
        // CPython's object.__format__ is METH_O: its call is a level of recursion depth of its own
        // (cfunction_vectorcall_O) before str()'s, so a __str__ that formats itself (f"{self}")
        // runs out where, and as, CPython's does.
        return ThreadState.current().deeper(" while calling a Python object", self, Ops::str);
    }

    /** The instance dict's keys, then every attribute of the class and its bases. CPython: object___dir___impl. */
    /**
     * {@code object.__getstate__()}: a copy of the instance dict (None when empty or absent), paired
     * with a dict of the set {@code __slots__} values when there are any. CPython:
     * object_getstate_default in typeobject.c (required=0).
     */
    private static PyObject objectGetstate(PyObject self) {
        PyObject d = self.getDict();
        PyObject state = d instanceof PyDict dict && dict.size() > 0 ? dict.copy() : PyNone.NONE;
        PyDict slots = new PyDict();
        for (PyType t : self.type().getMro()) {
            if (t.slotNames == null) {
                continue;
            }
            for (String name : t.slotNames) {
                PyObject v = Ops.getattrOrNull(self, name);
                if (v != null) {
                    slots.setItem(name, v);
                }
            }
        }
        return slots.size() > 0 ? PyTuple.of(state, slots) : state;
    }

    private static PyObject objectDir(PyObject self) {
        Set<PyObject> names = new LinkedHashSet<>();
        PyObject d = Ops.getattrOrNull(self, "__dict__");
        if (d instanceof PyDict dict) {
            names.addAll(dict.keys());
        }
        PyObject cls = Ops.getattrOrNull(self, "__class__");
        if (cls instanceof PyType t) {
            for (PyType m : t.getMro()) {
                names.addAll(m.getDict().keys());
            }
        }
        return PyList.of(dedupe(names));
    }

    private static PyObject[] dedupe(Set<PyObject> names) {
        Set<String> seen = new LinkedHashSet<>();
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        for (PyObject n : names) {
            if (n instanceof PyStr s && seen.add(s.value())) {
                out.add(n);
            }
        }
        return out.toArray(new PyObject[0]);
    }

    /** {@code obj.__class__ = C}. CPython: object_set_class and compatible_for_assignment. */
    private static void setClass(PyObject self, PyObject value) {
        if (value == null) {
            throw PyErr.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType newType)) {
            throw PyErr.typeError("__class__ must be set to a class, not '%s' object", Ops.typeName(value));
        }
        PyType old = self.type();
        boolean modules = old.isSubtypeOf(PyModule.TYPE) && newType.isSubtypeOf(PyModule.TYPE);
        if (!modules && (!old.isHeapType() || !newType.isHeapType())) {
            throw PyErr.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (!HeapTypes.sameLayout(old, newType)) {
            throw PyErr.typeError("__class__ assignment: '%s' object layout differs from '%s'", newType.getName(),
                    old.getName());
        }
        self.type = newType;
    }

    /**
     * CPython 3.11's tp_basicsize of a class's instances: the 16-byte header, 8 bytes per slot
     * and one for __weakref__ (the __dict__ lives before the object, counted by sys.getsizeof).
     */
    static long basicSize(PyType t) {
        int builtin = CPythonSizes.basicSize(t);
        long size = builtin < 0 ? 16 : builtin;
        for (PyType c : t.getMro()) {
            if (c.slotNames != null) {
                for (String name : c.slotNames) {
                    if (!name.equals("__dict__") && !name.equals("__weakref__")) {
                        size += 8;
                    }
                }
            }
        }
        return t.instancesHaveWeakref && t.isHeapType() ? size + 8 : size;
    }
}
