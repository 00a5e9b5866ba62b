package org.weft.python.runtime;

/** The methods of {@code property}. CPython: property_* in descrobject.c. */
final class PropertyMethods {

    private PropertyMethods() {
    }

    private static final ArgParser INIT = ArgParser.of("property", "fget=", "fset=", "fdel=", "doc=");

    static void define(TypeBuilder b) {
        b.doc("property(fget=None, fset=None, fdel=None, doc=None)\n--\n\nProperty attribute.\n\n  fget\n    function to be used for getting an attribute value\n  fset\n    function to be used for setting an attribute value\n  fdel\n    function to be used for del'ing an attribute\n  doc\n    docstring\n\nTypical use is to define a managed attribute x:\n\nclass C(object):\n    def getx(self): return self._x\n    def setx(self, value): self._x = value\n    def delx(self): del self._x\n    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n\nDecorators make defining new properties or modifying existing ones easy:\n\nclass C(object):\n    @property\n    def x(self):\n        \"I am the 'x' property.\"\n        return self._x\n    @x.setter\n    def x(self, value):\n        self._x = value\n    @x.deleter\n    def x(self):\n        del self._x");
        b.newFn((type, args, kw) -> new PyProperty(type));
        b.initFn(PropertyMethods::init);
        b.readonlyMember("fget", self -> ((PyProperty) self).fget);
        b.readonlyMember("fset", self -> ((PyProperty) self).fset);
        b.readonlyMember("fdel", self -> ((PyProperty) self).fdel);
        b.getset("__doc__", self -> ((PyProperty) self).doc, (self, v) -> ((PyProperty) self).doc = v == null ? PyNone.NONE : v);
        b.getter("__isabstractmethod__", PropertyMethods::isAbstract);
        b.method("__get__", "__get__($self, instance, owner=None, /)", (self, args, kw) -> {
            ArgParser.checkPositional("__get__", args.length, 1, 2);
            PyObject obj = args[0] == PyNone.NONE ? null : args[0];
            PyType t = args.length > 1 && args[1] instanceof PyType tt ? tt : null;
            return ((PyProperty) self).get(obj, t);
        });
        b.method2("__set__", (self, obj, v) -> {
            ((PyProperty) self).set(obj, v);
            return PyNone.NONE;
        });
        b.method1("__delete__", (self, obj) -> {
            ((PyProperty) self).set(obj, null);
            return PyNone.NONE;
        });
        b.method2("__set_name__", (self, owner, name) -> {
            ((PyProperty) self).name = name;
            return PyNone.NONE;
        });
        b.method1("getter", (self, f) -> copy((PyProperty) self, f, null, null));
        b.method1("setter", (self, f) -> copy((PyProperty) self, null, f, null));
        b.method1("deleter", (self, f) -> copy((PyProperty) self, null, null, f));
    }

    private static PyObject init(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] a = INIT.parse(args, kw);
        PyProperty p = (PyProperty) self;
        p.fget = a[0] == null ? PyNone.NONE : a[0];
        p.fset = a[1] == null ? PyNone.NONE : a[1];
        p.fdel = a[2] == null ? PyNone.NONE : a[2];
        p.doc = a[3] == null ? PyNone.NONE : a[3];
        p.getterDoc = false;
        if ((a[3] == null || a[3] == PyNone.NONE) && p.fget != PyNone.NONE) {
            PyObject d = Ops.getattrOrNull(p.fget, "__doc__");
            if (d != null && d != PyNone.NONE) {
                if (p.type() == PyProperty.TYPE) {
                    p.doc = d;
                } else {
                    Ops.setattr(p, "__doc__", d);
                }
                p.getterDoc = true;
            }
        }
        return PyNone.NONE;
    }

    /** {@code @x.setter}: a new property of the same type with one function replaced. CPython: property_copy. */
    private static PyObject copy(PyProperty p, PyObject get, PyObject set, PyObject del) {
        // CPython's property_copy: None, like a missing function, keeps the old one, and a doc
        // taken from the getter is taken afresh whenever the copy has a getter
        PyObject g = get != null && get != PyNone.NONE ? get : p.fget;
        PyObject s = set != null && set != PyNone.NONE ? set : p.fset;
        PyObject d = del != null && del != PyNone.NONE ? del : p.fdel;
        PyObject doc = p.getterDoc && g != null && g != PyNone.NONE ? PyNone.NONE : p.doc;
        PyObject r = Ops.call(p.type(), g, s, d, doc);
        if (r instanceof PyProperty np) {
            np.name = p.name;
        }
        return r;
    }

    private static PyObject isAbstract(PyObject self) {
        PyProperty p = (PyProperty) self;
        for (PyObject f : new PyObject[] {p.fget, p.fset, p.fdel}) {
            PyObject v = Ops.getattrOrNull(f, "__isabstractmethod__");
            if (v != null && Ops.isTrue(v)) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }

    /** "property 'x' of 'C' object has no setter". CPython: property_descr_get/set messages. */
    static String missing(PyProperty p, PyObject obj, String what) {
        String owner = obj == null ? "NoneType" : Ops.typeName(obj);
        if (p.name != null) {
            return "property " + Ops.repr(p.name).value() + " of '" + owner + "' object has no " + what;
        }
        return "property of '" + owner + "' object has no " + what;
    }
}
