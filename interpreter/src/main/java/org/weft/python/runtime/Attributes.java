package org.weft.python.runtime;

/**
 * The attribute protocol: {@code object.__getattribute__/__setattr__/__delattr__} and
 * {@code type.__getattribute__/__setattr__}. CPython: PyObject_GenericGetAttr,
 * _PyObject_GenericSetAttrWithDict in object.c; type_getattro, type_setattro in typeobject.c.
 */
final class Attributes {

    private Attributes() {
    }

    private static boolean builtinDescr(PyObject d) {
        return !d.type().isHeapType();
    }

    /** Whether {@code descr} is a data descriptor (its type has {@code __set__} or {@code __delete__}). */
    static boolean isDataDescr(PyObject descr) {
        if (descr instanceof PyDescriptor d && builtinDescr(descr)) {
            return d.isData();
        }
        PyType t = descr.type();
        return t.lookup("__set__") != null || t.lookup("__delete__") != null;
    }

    /** Calls {@code descr.__get__(obj, type)}; returns descr itself when it is not a descriptor. */
    static PyObject get(PyObject descr, PyObject obj, PyType type) {
        if (descr instanceof PyDescriptor d && builtinDescr(descr)) {
            return d.get(obj, type);
        }
        PyObject get = descr.type().lookup("__get__");
        if (get == null) {
            return descr;
        }
        return Special.call(get, descr, obj == null ? PyNone.NONE : obj, type);
    }

    /** The instance dict, or null; for a class with {@code __slots__} only, the dict field is slot storage. */
    static PyDict instanceDict(PyObject obj, PyType t) {
        return t.isHeapType() && !t.instancesHaveDict ? null : obj.getDict();
    }

    /**
     * The instance's own value for {@code name} (its dict or its {@link InstanceValues}), or null;
     * never moves {@link InstanceValues} into a dict (unlike {@code obj.getDict()}).
     */
    static PyObject ownValue(PyObject obj, PyType t, String name) {
        if (obj.dict instanceof InstanceValues iv) {
            PyObject v = iv.get(name); // no move to a dict just to read
            if (v != AttributeSite.NOT_SHAPED) {
                return v;
            }
        }
        PyDict d = instanceDict(obj, t);
        return d == null ? null : d.getItem(name);
    }

    /** PyObject_GenericGetAttr; returns null instead of raising AttributeError when absent. */
    static PyObject genericGetattrOrNull(PyObject obj, String name) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr != null && isDataDescr(descr)) {
            return get(descr, obj, t);
        }
        PyObject v = ownValue(obj, t, name);
        if (v != null) {
            return v;
        }
        if (descr != null) {
            return get(descr, obj, t);
        }
        return null;
    }

    static PyObject genericGetattr(PyObject obj, String name) {
        PyObject v = genericGetattrOrNull(obj, name);
        if (v == null) {
            throw PyErr.noAttribute(obj, name);
        }
        return v;
    }

    /** _PyObject_GenericSetAttrWithDict; value null means delete. */
    static void genericSetattr(PyObject obj, String name, PyObject value) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr != null) {
            if (descr instanceof PyDescriptor d && builtinDescr(descr)) {
                if (d.isData()) {
                    d.set(obj, value);
                    return;
                }
            } else {
                PyObject f = descr.type().lookup(value == null ? "__delete__" : "__set__");
                if (f != null) {
                    if (value == null) {
                        Special.call1(f, descr, obj);
                    } else {
                        Special.call(f, descr, obj, value);
                    }
                    return;
                }
                if (isDataDescr(descr)) {
                    throw PyErr.attributeError(value == null ? "__delete__" : "__set__");
                }
            }
        }
        if (value != null && obj.dict instanceof InstanceValues iv && iv.put(obj, PyStr.of(name), value, null)) {
            return;
        }
        PyDict d = instanceDict(obj, t);
        if (d == null) {
            if (descr == null) {
                throw PyErr.format(PyExc.AttributeError, "'%s' object has no attribute '%s'", t.getTpName(), name);
            }
            throw PyErr.format(PyExc.AttributeError, "'%s' object attribute '%s' is read-only", t.getName(), name);
        }
        if (value != null) {
            d.setItem(name, value);
        } else if (d.delItem(PyStr.of(name)) == null) {
            throw PyErr.noAttribute(obj, name);
        }
    }

    /** type_getattro: the metatype's data descriptors, then the type's MRO, then the metatype's rest. */
    static PyObject typeGetattrOrNull(PyType type, String name) {
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null && isDataDescr(metaAttr)) {
            return get(metaAttr, type, meta);
        }
        PyObject attr = type.lookup(name);
        if (attr != null) {
            if (attr instanceof PyDescriptor d && builtinDescr(attr)) {
                return d.get(null, type);
            }
            PyObject g = attr.type().lookup("__get__");
            return g == null ? attr : Special.call(g, attr, PyNone.NONE, type);
        }
        if (metaAttr != null) {
            return get(metaAttr, type, meta);
        }
        return null;
    }

    /** type_setattro: heap types only; invalidates lookup caches of the type and its subclasses. */
    static void typeSetattr(PyType type, String name, PyObject value) {
        if (!type.isHeapType()) {
            throw PyErr.typeError("cannot set '%s' attribute of immutable type '%s'", name, type.getName());
        }
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null && isDataDescr(metaAttr)) {
            genericSetattr(type, name, value);
            return;
        }
        PyDict d = type.getDict();
        try {
            if (value != null) {
                d.setItem(name, value);
            } else if (d.delItem(PyStr.of(name)) == null) {
                throw PyErr.format(PyExc.AttributeError, "type object '%s' has no attribute '%s'", type.getName(),
                        name);
            }
        } finally {
            type.invalidate();
        }
    }
}
