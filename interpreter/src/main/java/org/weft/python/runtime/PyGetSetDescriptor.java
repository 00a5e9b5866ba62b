package org.weft.python.runtime;

/**
 * A computed attribute of a built-in type ({@code int.real}, {@code type.__name__}): a Java getter
 * and optional setter. Always a data descriptor. CPython: getset_descriptor in descrobject.c.
 */
public final class PyGetSetDescriptor extends PyObject implements PyDescriptor {

    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyGetSetDescriptor.class,
            () -> PyObject.TYPE, DescriptorMethods::defineGetSet);

    final PyType owner;
    final String name;
    final String doc;
    final Fn0 getter;
    final FnSet setter;

    public PyGetSetDescriptor(PyType owner, String name, String doc, Fn0 getter, FnSet setter) {
        super(TYPE);
        this.owner = owner;
        this.name = name;
        this.doc = doc;
        this.getter = getter;
        this.setter = setter;
    }

    private void checkSelf(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner)) {
            throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                    owner.getName(), Ops.typeName(obj));
        }
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        checkSelf(obj);
        return getter.call(obj);
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        checkSelf(obj);
        if (setter == null) {
            throw PyErr.format(PyExc.AttributeError, "attribute '%s' of '%s' objects is not writable", name,
                    owner.getName());
        }
        setter.set(obj, value);
    }
}
