package org.weft.python.runtime;

/**
 * {@code super(type, obj)}: attribute lookup that starts after {@code type} in the MRO of
 * {@code obj}'s type. The engine supplies the zero-argument form's {@code __class__} cell and first
 * argument and calls {@link #of}. CPython: super in typeobject.c.
 */
public class PySuper extends PyObject implements PyDescriptor {

    public static final PyType TYPE = PyType.builtin("super", PySuper.class, () -> PyObject.TYPE,
            SuperMethods::define);

    /** The class after which lookup starts (None-less: null only before __init__). */
    PyType thisType;
    /** The instance or class bound, or null for an unbound super. */
    PyObject obj;
    /** The type whose MRO is searched: type(obj), or obj itself when obj is a class. */
    PyType objType;

    public PySuper(PyType type) {
        super(type);
    }

    /** {@code super(type, obj)} made from Java (the engine's zero-argument super). */
    public static PySuper of(PyType type, PyObject obj) {
        PySuper s = new PySuper(TYPE);
        SuperMethods.init(s, type, obj);
        return s;
    }

    @Override
    public PyObject get(PyObject o, PyType type) {
        if (o == null || this.obj != null) {
            return this;
        }
        if (type() != TYPE) {
            return Ops.call(type(), thisType, o);
        }
        return of(thisType, o);
    }
}
