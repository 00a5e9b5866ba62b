package org.weft.python.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code type.__abstractmethods__} (set by the {@code abc} module) and the error when an abstract
 * class is instantiated. CPython: type_abstractmethods / type_set_abstractmethods, object_new.
 */
final class AbstractClasses {

    private AbstractClasses() {
    }

    static PyObject get(PyObject self) {
        PyType t = (PyType) self;
        PyObject v = t != PyType.TYPE ? t.getDict().getItem("__abstractmethods__") : null;
        if (v == null) {
            throw PyErr.attributeError("__abstractmethods__");
        }
        return v;
    }

    static void set(PyObject self, PyObject value) {
        PyType t = (PyType) self;
        if (value == null) {
            if (t.getDict().delItem(PyStr.of("__abstractmethods__")) == null) {
                throw PyErr.attributeError("__abstractmethods__");
            }
            t.flags &= ~PyType.ABSTRACT;
        } else {
            boolean abs = Ops.isTrue(value);
            t.getDict().setItem("__abstractmethods__", value);
            t.flags = abs ? t.flags | PyType.ABSTRACT : t.flags & ~PyType.ABSTRACT;
        }
        t.invalidate();
    }

    /** "Can't instantiate abstract class C with abstract methods f, g" (names sorted). */
    static PyException cannotInstantiate(PyType t) {
        List<String> names = new ArrayList<>();
        PyObject am = t.getDict().getItem("__abstractmethods__");
        if (am != null) {
            PyObject it = Ops.iter(am);
            for (PyObject n; (n = Ops.next(it)) != null;) {
                names.add(Ops.str(n).value());
            }
        }
        Collections.sort(names);
        return PyErr.typeError("Can't instantiate abstract class %s with abstract method%s %s", t.getName(),
                names.size() == 1 ? "" : "s", String.join(", ", names));
    }
}
