package org.weft.python.runtime;

/**
 * A {@code __slots__} entry: a data descriptor holding one value per instance.
 * CPython: member_descriptor in descrobject.c.
 *
 * <p>Storage: instances are the Java class of their built-in base, which has no room for slots.
 * When the class's instances have no {@code __dict__}, the values live in a {@link SlotStorage}
 * array in the {@code dict} field, hidden (the attribute protocol ignores that field for such
 * classes), at this descriptor's {@link #index}. When they also have a {@code __dict__} (a slotted
 * base, a dict-having subclass: rare), the values live in this descriptor's weak identity map, so
 * that {@code vars(obj)} does not show them.
 */
public final class PyMemberDescriptor extends PyObject implements PyDescriptor {

    public static final PyType TYPE = PyType.builtin("member_descriptor", PyMemberDescriptor.class,
            () -> PyObject.TYPE, DescriptorMethods::defineMember);

    final PyType owner;
    final String name;
    /** The cell of the slots ({@link SlotStorage}) holding this slot: after the slots of the owner's base chain. */
    final int index;

    /** A slot of {@code owner}, whose {@code slotNames} (mangled) already lists {@code name}. */
    PyMemberDescriptor(PyType owner, String name) {
        super(TYPE);
        this.owner = owner;
        this.name = name;
        this.index = SlotStorage.size(owner.base) + java.util.Arrays.asList(owner.slotNames).indexOf(name);
    }

    /** Slot values of instances that also have a {@code __dict__}; see the class comment. */
    private final WeakIdentityMap<PyObject> withDict = new WeakIdentityMap<>();

    /**
     * Gives {@code obj} a storage with room for this slot. Objects are made with their storage
     * (PyObject's constructor); this covers any other way in, so it is rare and may lock.
     */
    private PyObject[] widen(PyObject obj) {
        synchronized (obj) {
            PyObject[] old = obj.dict instanceof PyObject[] cells ? cells : null;
            if (old != null && old.length > index) {
                return old;
            }
            PyObject[] cells = SlotStorage.copyOf(old, Math.max(SlotStorage.size(obj.type()), index + 1));
            obj.dict = cells;
            return cells;
        }
    }

    private void checkSelf(PyObject obj) {
        PyType t = obj.type();
        if (t != owner && !t.isSubtypeOf(owner)) {
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
        if (obj.dict instanceof PyObject[] cells) {
            v = SlotStorage.get(cells, index);
        } else if (obj.type().instancesHaveDict) {
            v = withDict.get(obj);
        } else {
            v = null;
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
            if (!(obj.dict instanceof PyObject[] cells && SlotStorage.set(cells, index, value))) {
                SlotStorage.set(widen(obj), index, value);
            }
            return;
        }
        if (!(obj.dict instanceof PyObject[] cells && SlotStorage.delete(cells, index))) {
            throw PyErr.format(PyExc.AttributeError, "%s", name); // CPython: member_set's bare name
        }
    }
}
