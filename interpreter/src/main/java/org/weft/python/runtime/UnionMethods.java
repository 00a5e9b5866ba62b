package org.weft.python.runtime;

import java.util.ArrayList;
import java.util.List;

/** Methods of {@code types.UnionType} and the {@code X | Y} operator on types. CPython: unionobject.c. */
final class UnionMethods {

    private UnionMethods() {
    }

    static void define(TypeBuilder b) {
        b.notBaseType();
        b.getter("__args__", self -> ((PyUnionType) self).args);
        b.method1("__or__", UnionMethods::union);
        b.method1("__ror__", (self, o) -> union(o, self));
        b.method0("__repr__", self -> PyStr.of(repr((PyUnionType) self)));
        b.method0("__hash__", self -> {
            long h = 0;
            for (PyObject m : ((PyUnionType) self).args.items()) {
                h ^= Ops.hash(m);
            }
            return PyInt.of(h == -1 ? -2 : h);
        });
        b.method1("__eq__", (self, o) -> o instanceof PyUnionType u
                ? PyBool.of(sameMembers(((PyUnionType) self).args, u.args)) : PyNotImplemented.NOT_IMPLEMENTED);
        b.method1("__instancecheck__", (self, o) -> PyBool.of(Ops.isInstance(o, ((PyUnionType) self).args)));
        b.method1("__subclasscheck__", (self, o) -> PyBool.of(Ops.isSubclass(o, ((PyUnionType) self).args)));
    }

    private static boolean unionable(PyObject o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyUnionType || o instanceof PyGenericAlias;
    }

    /** {@code a | b} for types, None and unions; NotImplemented for anything else. CPython: _Py_union_type_or. */
    static PyObject union(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        List<PyObject> members = new ArrayList<>();
        addMembers(members, a);
        addMembers(members, b);
        if (members.size() == 1) {
            return members.get(0);
        }
        return new PyUnionType(PyTuple.of(members.toArray(new PyObject[0])));
    }

    private static void addMembers(List<PyObject> out, PyObject o) {
        if (o instanceof PyUnionType u) {
            for (PyObject m : u.args.items()) {
                addMembers(out, m);
            }
            return;
        }
        PyObject m = o == PyNone.NONE ? PyNone.TYPE : o;
        if (!out.contains(m)) {
            out.add(m);
        }
    }

    private static boolean sameMembers(PyTuple x, PyTuple y) {
        List<PyObject> a = List.of(x.items());
        List<PyObject> b = List.of(y.items());
        return a.containsAll(b) && b.containsAll(a);
    }

    private static String repr(PyUnionType u) {
        StringBuilder sb = new StringBuilder();
        for (PyObject m : u.args.items()) {
            sb.append(sb.length() > 0 ? " | " : "");
            if (m == PyNone.TYPE) {
                sb.append("None");
            } else {
                sb.append(GenericAliasMethods.itemRepr(m));
            }
        }
        return sb.toString();
    }
}
