package org.weft.python.runtime;

/**
 * A {@code __slots__} entry: a data descriptor holding one value per instance.
 * CPython: member_descriptor in descrobject.c.
 *
 * <p>Storage: instances are the Java class of their built-in base, which has no room for slots.
 * When the class's instances have no {@code __dict__}, the values live in a dict in the
 * {@code dict} field, hidden (the attribute protocol ignores that field for such classes). When
 * they also have a {@code __dict__} (a slotted base, a dict-having subclass: rare), the values live
 * in this descriptor's weak identity map, so that {@code vars(obj)} does not show them.
 */
public final class PyMemberDescriptor extends PyObject implements PyDescriptor {

    public static final PyType TYPE = PyType.builtin("member_descriptor", PyMemberDescriptor.class,
            () -> PyObject.TYPE, DescriptorMethods::defineMember);

    final PyType owner;
    final String name;
    /** The storage key, made once: the same object for every store and load, so lookups hit by identity. */
    private final PyStr key;

    PyMemberDescriptor(PyType owner, String name) {
        super(TYPE);
        this.owner = owner;
        this.name = name;
        this.key = PyStr.of(name);
    }

    /** Slot values of instances that also have a {@code __dict__}; see the class comment. */
    private final WeakIdentityMap<PyObject> withDict = new WeakIdentityMap<>();

    private PyObject key() {
        return key;
    }

    private PyDict storage(PyObject obj, boolean create) {
        PyDict d = obj.dict;
        if (d == null && create) {
            synchronized (obj) {
                d = obj.dict;
                if (d == null) {
                    obj.dict = d = new SlotStorage();
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
        PyObject v;
        if (obj.type().instancesHaveDict) {
            v = withDict.get(obj);
        } else {
            PyDict d = storage(obj, false);
            v = d == null ? null : d.getItem(key());
        }
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
        if (obj.type().instancesHaveDict) {
            if (value != null) {
                withDict.put(obj, value);
            } else if (withDict.remove(obj) == null) {
                throw PyErr.format(PyExc.AttributeError, "%s", name);
            }
            return;
        }
        if (value != null) {
            storage(obj, true).setItem(key(), value);
            return;
        }
        PyDict d = storage(obj, false);
        if (d == null || d.delItem(key()) == null) {
            throw PyErr.format(PyExc.AttributeError, "%s", name); // CPython: member_set's bare name
        }
    }
}
