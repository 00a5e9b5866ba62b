package org.weft.python.modules;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyNotImplemented;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * {@code types.SimpleNamespace}: an object whose attributes are its keyword arguments, shown as
 * {@code namespace(a=1, b=2)}; {@code sys.implementation} and {@code time.get_clock_info()} return
 * one. CPython: Objects/namespaceobject.c. Threads: the attributes live in a {@link PyDict}.
 */
public final class SimpleNamespace extends PyObject {

    public static final PyType TYPE = PyType.builtin("types.SimpleNamespace", SimpleNamespace.class,
            () -> PyObject.TYPE, SimpleNamespace::define);

    SimpleNamespace(PyType type) {
        super(type);
        if (getDict() == null) {
            setDict(new PyDict());
        }
    }

    /** A namespace with the given attributes: name, value, name, value, ... */
    public static SimpleNamespace of(Object... nameValues) {
        SimpleNamespace ns = new SimpleNamespace(TYPE);
        for (int i = 0; i < nameValues.length; i += 2) {
            ns.getDict().setItem((String) nameValues[i], (PyObject) nameValues[i + 1]);
        }
        return ns;
    }

    private static void define(TypeBuilder b) {
        b.doc("A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)");
        b.instanceDict();
        b.newFn((type, args, kwnames) -> new SimpleNamespace(type));
        b.initFn((self, args, kwnames) -> {
            int nkw = kwnames == null ? 0 : kwnames.length;
            if (args.length > nkw) {
                throw PyErr.typeError("no positional arguments expected");
            }
            for (int i = 0; i < nkw; i++) {
                self.getDict().setItem(kwnames[i], args[args.length - nkw + i]);
            }
            return null;
        });
        b.method0("__repr__", SimpleNamespace::repr);
        b.method1("__eq__", (self, o) -> compare(self, o, true));
        b.method1("__ne__", (self, o) -> compare(self, o, false));
        // CPython: a type that defines __eq__ and no __hash__ is unhashable (namespace_type)
        b.constant("__hash__", PyNone.NONE);
        b.method0("__reduce__", self -> PyTuple.of(self.type(), PyTuple.EMPTY, self.getDict()));
    }

    // CPython: namespace_repr in namespaceobject.c
    private static PyObject repr(PyObject self) {
        String name = self.type() == TYPE ? "namespace" : self.type().getName();
        if (!Ops.reprEnter(self)) {
            return PyStr.of(name + "(...)");
        }
        try {
            StringBuilder sb = new StringBuilder(name).append('(');
            boolean first = true;
            PyDict d = self.getDict();
            for (PyObject key : d.keys()) {
                PyObject value = d.getItem(key);
                if (!(key instanceof PyStr k) || value == null) {
                    continue;
                }
                sb.append(first ? "" : ", ").append(k.value()).append('=').append(Ops.repr(value).value());
                first = false;
            }
            return PyStr.of(sb.append(')').toString());
        } finally {
            Ops.reprLeave(self);
        }
    }

    // CPython: namespace_richcompare in namespaceobject.c
    private static PyObject compare(PyObject self, PyObject other, boolean eq) {
        if (!(other instanceof SimpleNamespace)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(Ops.eqForContainer(self.getDict(), other.getDict()) == eq);
    }
}
