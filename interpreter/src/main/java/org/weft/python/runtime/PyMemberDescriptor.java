package org.weft.python.runtime;

/**
 * A {@code __slots__} entry: a data descriptor holding one value per instance.
 * CPython: member_descriptor in descrobject.c.
 *
 * <p>Storage: instances are the Java class of their built-in base, which has no room for slots,
 * so the values live in a dict: in the {@code dict} field when the class's instances have no
 * {@code __dict__} (hidden: the attribute protocol ignores it for such classes), otherwise in the
 * instance dict keyed by this descriptor (not a str, so never an attribute name).
 */
public final class PyMemberDescriptor extends PyObject implements PyDescriptor {

    public static final PyType TYPE = PyType.builtin("member_descriptor", PyMemberDescriptor.class,
            () -> PyObject.TYPE, DescriptorMethods::defineMember);

    final PyType owner;
    final String name;

    PyMemberDescriptor(PyType owner, String name) {
        super(TYPE);
        this.owner = owner;
        this.name = name;
    }

    /** Where {@code obj} keeps this slot: see the class comment. */
    private PyObject key(PyObject obj) {
        return obj.type().instancesHaveDict ? this : PyStr.of(name);
    }

    private PyDict storage(PyObject obj, boolean create) {
        PyDict d = obj.dict;
        if (d == null && create) {
            synchronized (obj) {
                d = obj.dict;
                if (d == null) {
                    obj.dict = d = new PyDict();
                }
            }
        }
        return d;
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
        PyDict d = storage(obj, false);
        PyObject v = d == null ? null : d.getItem(key(obj));
        if (v == null) {
            throw PyErr.noAttribute(obj, name);
        }
        return v;
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        checkSelf(obj);
        if (value != null) {
            storage(obj, true).setItem(key(obj), value);
            return;
        }
        PyDict d = storage(obj, false);
        if (d == null || d.delItem(key(obj)) == null) {
            throw PyErr.format(PyExc.AttributeError, "%s", name); // CPython: member_set's bare name
        }
    }
}
