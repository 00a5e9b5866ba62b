package org.weft.python.runtime;

/**
 * {@code isinstance} and {@code issubclass}, honouring {@code __instancecheck__} and
 * {@code __subclasscheck__} on metaclasses. CPython: object_recursive_isinstance,
 * object_issubclass in abstract.c.
 */
final class TypeChecks {

    private TypeChecks() {
    }

    static boolean isInstance(PyObject o, PyObject cls) {
        if (o.type() == cls) {
            return true;
        }
        if (cls.type() == PyType.TYPE) {
            return recursiveIsInstance(o, (PyType) cls);
        }
        if (cls instanceof PyTuple t && cls.type() == PyTuple.TYPE) {
            for (PyObject c : t.items()) {
                if (isInstance(o, c)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof PyUnionType u) {
            return isInstance(o, u.args);
        }
        PyObject checker = cls.type().lookup("__instancecheck__");
        if (checker != null) {
            ThreadState ts = ThreadState.current();
            ts.enterCall(" in __instancecheck__");
            try {
                return Ops.isTrue(Special.call1(checker, cls, o));
            } finally {
                ts.leaveCall();
            }
        }
        return recursiveIsInstance(o, cls);
    }

    /** isinstance without the metaclass hook: the type, or {@code o.__class__}. */
    static boolean recursiveIsInstance(PyObject o, PyObject cls) {
        if (cls instanceof PyType t) {
            if (o.type().isSubtypeOf(t)) {
                return true;
            }
            PyObject c = Ops.getattrOrNull(o, "__class__");
            return c != null && c != o.type() && c instanceof PyType ct && ct.isSubtypeOf(t);
        }
        if (!checkClass(cls)) {
            throw PyErr.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        PyObject c = Ops.getattrOrNull(o, "__class__");
        return c != null && abstractIsSubclass(c, cls);
    }

    static boolean isSubclass(PyObject derived, PyObject cls) {
        if (cls.type() == PyType.TYPE && derived.type() == PyType.TYPE) {
            return derived == cls || ((PyType) derived).isSubtypeOf((PyType) cls);
        }
        if (cls instanceof PyTuple t && cls.type() == PyTuple.TYPE) {
            for (PyObject c : t.items()) {
                if (isSubclass(derived, c)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof PyUnionType u) {
            return isSubclass(derived, u.args);
        }
        PyObject checker = cls.type().lookup("__subclasscheck__");
        if (checker != null) {
            return Ops.isTrue(Special.call1(checker, cls, derived));
        }
        return recursiveIsSubclass(derived, cls);
    }

    /** issubclass without the metaclass hook. CPython: recursive_issubclass. */
    static boolean recursiveIsSubclass(PyObject derived, PyObject cls) {
        if (derived instanceof PyType d && cls instanceof PyType c) {
            return d.isSubtypeOf(c);
        }
        if (!checkClass(derived)) {
            throw PyErr.typeError("issubclass() arg 1 must be a class");
        }
        if (!checkClass(cls) && !(cls instanceof PyUnionType)) {
            throw PyErr.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return abstractIsSubclass(derived, cls);
    }

    /** A type, or any object with a tuple {@code __bases__}. CPython: check_class. */
    private static boolean checkClass(PyObject c) {
        return c instanceof PyType || Ops.getattrOrNull(c, "__bases__") instanceof PyTuple;
    }

    /** Walks {@code __bases__} (for classes that are not types). CPython: abstract_issubclass. */
    private static boolean abstractIsSubclass(PyObject derived, PyObject cls) {
        if (derived == cls) {
            return true;
        }
        if (derived instanceof PyType d && cls instanceof PyType c) {
            return d.isSubtypeOf(c);
        }
        PyObject bases = Ops.getattrOrNull(derived, "__bases__");
        if (!(bases instanceof PyTuple t)) {
            return false;
        }
        for (PyObject b : t.items()) {
            if (abstractIsSubclass(b, cls)) {
                return true;
            }
        }
        return false;
    }
}
