package org.weft.python.nodes.expression;

import org.weft.python.runtime.PyDescriptor;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyType;

/**
 * What an attribute site learned about one type version: whether instances of that type can be
 * read or written through their {@code __dict__} directly (the type uses object's generic
 * {@code __getattribute__}/{@code __setattr__} and has no data descriptor of that name), and the
 * type attribute found by the MRO lookup (null when none).
 *
 * <p>Immutable; sites publish it with a plain write and re-validate it on every use against the
 * receiver's type and the type's {@link PyType#version()}.
 */
record AttributeCache(PyType type, int version, boolean plainRead, boolean plainWrite, PyObject typeAttr) {

    static AttributeCache of(PyType t, String name) {
        int version = t.version();
        PyObject attr = t.lookup(name);
        boolean data = attr != null && isDataDescriptor(attr);
        boolean genericGet = t.lookup("__getattribute__") == PyObject.TYPE.lookup("__getattribute__");
        boolean genericSet = t.lookup("__setattr__") == PyObject.TYPE.lookup("__setattr__");
        boolean isType = t.isSubtypeOf(PyType.TYPE) || slotsOnly(t);
        return new AttributeCache(t, version, genericGet && !data && !isType, genericSet && !data && !isType, attr);
    }

    /**
     * True when every class in the MRO declares {@code __slots__} without {@code __dict__}: its
     * instances must reject new attributes even if the runtime gave them a dict.
     */
    static boolean slotsOnly(PyType t) {
        boolean anyHeap = false;
        for (PyType m : t.getMro()) {
            if (!m.isHeapType()) {
                continue;
            }
            anyHeap = true;
            PyObject slots = m.getDict().getItem("__slots__");
            if (slots == null) {
                return false;
            }
            if (org.weft.python.runtime.Ops.contains(slots, org.weft.python.runtime.PyStr.of("__dict__"))) {
                return false;
            }
        }
        return anyHeap;
    }

    boolean valid(PyType t) {
        return type == t && version == t.version();
    }

    static boolean isDataDescriptor(PyObject d) {
        PyType dt = d.type();
        if (d instanceof PyDescriptor pd && !dt.isHeapType()) {
            return pd.isData();
        }
        return dt.lookup("__set__") != null || dt.lookup("__delete__") != null;
    }
}
