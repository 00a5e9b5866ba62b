package org.weft.python.runtime;

import java.util.ArrayList;
import java.util.List;

/** The methods and attributes of {@code type}. CPython: type_* functions in typeobject.c. */
final class PyTypeMethods {

    private PyTypeMethods() {
    }

    static final PyMethodDescriptor GETATTRIBUTE = new PyMethodDescriptor(PyType.TYPE,
            MethodDef.of1("type", "__getattribute__", "__getattribute__($self, name, /)\n--\n\nReturn getattr(self, name).",
                    PyTypeMethods::getattribute));
    /**
     * CPython: type_getattro itself, not PyObject_GetAttr: a metaclass's own __getattribute__
     * calling {@code type.__getattribute__(cls, name)} must not be dispatched back to itself.
     */
    private static PyObject getattribute(PyObject self, PyObject name) {
        String n = PyObjectMethods.attrName(name);
        PyObject v = Attributes.typeGetattrOrNull((PyType) self, n);
        if (v == null) {
            // no name/obj: only PyObject_GetAttr's set_attribute_error_context adds them
            throw PyErr.format(PyExc.AttributeError, "type object '%s' has no attribute '%s'",
                    ((PyType) self).getName(), n);
        }
        return v;
    }

    static final PyMethodDescriptor SETATTR = new PyMethodDescriptor(PyType.TYPE,
            MethodDef.of2("type", "__setattr__", "__setattr__($self, name, value, /)\n--\n\nImplement setattr(self, name, value).",
                    (self, name, v) -> {
                        Attributes.typeSetattr((PyType) self, PyObjectMethods.attrName(name), v);
                        return PyNone.NONE;
                    }));
    static final PyMethodDescriptor DELATTR = new PyMethodDescriptor(PyType.TYPE,
            MethodDef.of1("type", "__delattr__", "__delattr__($self, name, /)\n--\n\nImplement delattr(self, name).",
                    (self, name) -> {
                        Attributes.typeSetattr((PyType) self, PyObjectMethods.attrName(name), null);
                        return PyNone.NONE;
                    }));
    static final PyMethodDescriptor CALL = new PyMethodDescriptor(PyType.TYPE,
            MethodDef.ofV("type", "__call__", "__call__($self, /, *args, **kwargs)\n--\n\nCall self as a function.",
                    (self, args, kw) -> TypeCall.typeCall((PyType) self, args, kw)));

    static void define(TypeBuilder b) {
        b.layoutHasDictAndWeakref();
        b.doc(TYPE_DOC);
        b.constant("__getattribute__", GETATTRIBUTE);
        b.constant("__setattr__", SETATTR);
        b.constant("__delattr__", DELATTR);
        b.constant("__call__", CALL);
        b.newFn(PyTypeMethods::typeNew);
        b.initFn(PyTypeMethods::typeInit);
        b.method0("__repr__", self -> PyStr.of(repr((PyType) self)));
        b.getset("__name__", self -> PyStr.of(((PyType) self).name), (self, v) -> setName((PyType) self, v, false));
        b.getset("__qualname__", self -> PyStr.of(((PyType) self).qualname),
                (self, v) -> setName((PyType) self, v, true));
        b.getset("__module__", self -> moduleOf((PyType) self), PyTypeMethods::setModule);
        b.getset("__bases__", self -> PyTuple.of(((PyType) self).getBases().clone()),
                (self, v) -> HeapTypes.setBases((PyType) self, v));
        // members in CPython (type_members): writing them says "readonly attribute"
        b.readonlyMember("__base__", self -> orNone(((PyType) self).getBase()));
        b.readonlyMember("__mro__", self -> PyTuple.of(((PyType) self).getMro().clone()));
        b.getter("__dict__", self -> new PyMappingProxy(((PyType) self).getDict()));
        b.getset("__doc__", PyTypeMethods::getDoc, PyTypeMethods::setDoc);
        b.getset("__abstractmethods__", AbstractClasses::get, AbstractClasses::set);
        b.getter("__text_signature__", self -> PyNone.NONE);
        b.method0("mro", "mro($self, /)\n--\n\nReturn a type's method resolution order.",
                self -> PyList.of(((PyType) self).getMro().clone()));
        b.method0("__subclasses__", "__subclasses__($self, /)\n--\n\nReturn a list of immediate subclasses.",
                self -> PyList.of(BuiltinSubclasses.of((PyType) self).toArray(new PyObject[0])));
        b.method1("__instancecheck__", (self, o) -> PyBool.of(TypeChecks.recursiveIsInstance(o, self)));
        b.method1("__subclasscheck__", (self, o) -> PyBool.of(TypeChecks.recursiveIsSubclass(o, self)));
        b.classmethod("__prepare__", "__prepare__($cls, name, bases, /, **kwds)\n--\n\nCreate the namespace for "
                + "the class statement", (cls, args, kw) -> new PyDict());
        b.method1("__or__", UnionMethods::union);
        b.method1("__ror__", (self, o) -> UnionMethods.union(o, self));
        b.method0("__dir__", PyTypeMethods::dir);
        b.method0("__sizeof__", self -> PyInt.of(880));
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    /** {@code <class 'mod.Qualname'>}; in builtins, the plain name (tp_name). CPython: type_repr. */
    static String repr(PyType t) {
        String mod = t.getModule();
        return "<class '" + (mod.equals("builtins") ? t.getName() : mod + "." + t.qualname) + "'>";
    }

    private static PyObject moduleOf(PyType t) {
        if (t.isHeapType()) {
            PyObject m = t.getDict().getItem("__module__");
            if (m == null) {
                throw PyErr.attributeError("__module__");
            }
            return m;
        }
        return PyStr.of(t.getModule());
    }

    private static void checkHeapSet(PyType t, String attr, PyObject v) {
        if (!t.isHeapType()) {
            throw PyErr.typeError("cannot set '%s' attribute of immutable type '%s'", attr, t.getName());
        }
        if (v == null) {
            throw PyErr.typeError("cannot delete '%s' attribute of immutable type '%s'", attr, t.getName());
        }
    }

    private static void setName(PyType t, PyObject v, boolean qual) {
        String attr = qual ? "__qualname__" : "__name__";
        checkHeapSet(t, attr, v);
        if (!(v instanceof PyStr s)) {
            throw PyErr.typeError("can only assign string to %s.%s, not '%s'", t.name, attr, Ops.typeName(v));
        }
        if (!qual && s.value().indexOf('\0') >= 0) {
            throw PyErr.valueError("type name must not contain null characters");
        }
        if (qual) {
            t.qualname = s.value();
        } else {
            t.name = s.value();
        }
    }

    private static void setModule(PyObject self, PyObject v) {
        PyType t = (PyType) self;
        checkHeapSet(t, "__module__", v);
        t.getDict().setItem("__module__", v);
        t.invalidate();
    }

    private static final String TYPE_DOC = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";

    /** CPython: type_get_doc: a heap type's {@code __doc__} may itself be a descriptor. */
    private static PyObject getDoc(PyObject self) {
        PyType t = (PyType) self;
        PyObject d = t.getDict().getItem("__doc__");
        if (d == null) {
            return PyNone.NONE;
        }
        if (d instanceof PyGetSetDescriptor) {
            // type's own dict holds this very getset under __doc__; its doc is tp_doc in CPython
            return PyStr.of(TYPE_DOC);
        }
        return t.isHeapType() ? Attributes.get(d, null, t) : d;
    }

    private static void setDoc(PyObject self, PyObject v) {
        PyType t = (PyType) self;
        checkHeapSet(t, "__doc__", v);
        t.getDict().setItem("__doc__", v);
        t.invalidate();
    }

    /** CPython: type___dir___impl: the names in the type and all its bases. */
    private static PyObject dir(PyObject self) {
        List<PyObject> names = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (PyType m : ((PyType) self).getMro()) {
            for (PyObject k : m.getDict().keys()) {
                if (k instanceof PyStr s && seen.add(s.value())) {
                    names.add(k);
                }
            }
        }
        return PyList.of(names.toArray(new PyObject[0]));
    }

    /** {@code type(x)} or {@code type(name, bases, dict, **kw)}. CPython: type_new. */
    private static PyObject typeNew(PyType meta, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (meta == PyType.TYPE && npos == 1 && nkw == 0) {
            return args[0].type();
        }
        if (npos != 3) {
            throw PyErr.typeError("type() takes 1 or 3 arguments");
        }
        if (!(args[0] instanceof PyStr name)) {
            throw PyErr.typeError("type.__new__() argument 1 must be str, not %s", Ops.argTypeName(args[0]));
        }
        if (!(args[1] instanceof PyTuple bases)) {
            throw PyErr.typeError("type.__new__() argument 2 must be tuple, not %s", Ops.argTypeName(args[1]));
        }
        if (!(args[2] instanceof PyDict ns)) {
            throw PyErr.typeError("type.__new__() argument 3 must be dict, not %s", Ops.argTypeName(args[2]));
        }
        for (PyObject b : bases.items()) {
            // CPython: type_new_get_bases; only a class statement (or types.new_class) resolves them
            if (!(b instanceof PyType) && Ops.getattrOrNull(b, "__mro_entries__") != null) {
                throw PyErr.typeError("type() doesn't support MRO entry resolution; use types.new_class()");
            }
        }
        PyType winner = HeapTypes.calculateMetaclass(meta, bases.items());
        if (winner != meta) {
            PyObject winnerNew = winner.lookup("__new__");
            if (winnerNew != PyType.TYPE.getDict().getItem("__new__")) {
                return Ops.call(Attributes.get(winnerNew, null, winner), TypeCall.prepend(winner, args), kwnames);
            }
        }
        PyType[] bt = new PyType[bases.size()];
        for (int i = 0; i < bt.length; i++) {
            if (!(bases.get(i) instanceof PyType t)) {
                throw PyErr.typeError("bases must be types");
            }
            bt[i] = t;
        }
        PyDict kw = new PyDict();
        for (int i = 0; i < nkw; i++) {
            kw.setItem(kwnames[i], args[npos + i]);
        }
        return HeapTypes.newType(winner, name.value(), bt, ns, kw);
    }

    /** CPython: type_init. */
    private static PyObject typeInit(PyObject self, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos == 1 && nkw != 0) {
            throw PyErr.typeError("type.__init__() takes no keyword arguments");
        }
        if (npos != 1 && npos != 3) {
            throw PyErr.typeError("type.__init__() takes 1 or 3 arguments");
        }
        return PyNone.NONE;
    }
}
