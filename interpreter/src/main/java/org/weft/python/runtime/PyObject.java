package org.weft.python.runtime;

/**
 * The root Java class of every Python object: a Python type and, for objects that have one, an
 * instance {@code __dict__}.
 *
 * <p>Never use Java {@code equals}/{@code hashCode}/{@code toString} for Python semantics; use
 * {@link Ops#eq}, {@link Ops#hash}, {@link Ops#repr}. An instance of a Python subclass of a built-in
 * ({@code class C(list)}) is the built-in's Java class with {@code type} = the subclass.
 *
 * <p>Threads: {@code type} changes only through {@code __class__} assignment (a volatile-free plain
 * write: CPython gives no stronger guarantee); {@code dict} is set when the object is made, and
 * replaced by {@code __dict__} assignment or when {@link InstanceValues} move into a real dict.
 */
public class PyObject {

    /** The built-in type {@code object}. */
    public static final PyType TYPE = PyType.builtin("object", PyObject.class, null, PyObjectMethods::define);

    /** The Python type; set by the constructor, changed only by {@code __class__} assignment. */
    PyType type;
    /**
     * The instance {@code __dict__} (a {@link PyDict}), null when the object has none, or hidden
     * attribute storage that {@link #getDict()} never returns: {@link InstanceValues}, or the
     * {@code PyObject[]} cells of {@code __slots__} ({@link SlotStorage}).
     */
    Object dict;

    /**
     * An object of the given type; gives it a fresh {@code __dict__} when it is a class whose
     * instances have one, or its {@code __slots__} storage ({@link SlotStorage}).
     */
    public PyObject(PyType type) {
        this.type = type;
        if (type != null && type.isHeapType()) {
            // A class with __slots__ and no __dict__ gets its slot cells here, so slot stores never lock.
            if (!type.instancesHaveDict) {
                this.dict = SlotStorage.forType(type);
            } else {
                // Plain instances keep attributes by shape until asked for __dict__; subclasses of
                // built-ins keep a dict, since their Java class may manage it (getDict overrides).
                if (getClass() == PyObject.class || this instanceof PyFinalizable) {
                    this.dict = new InstanceValues();
                    if (type.inlineInstances < SharedKeysSize.LIMIT) {
                        type.inlineInstances++;
                    }
                } else {
                    this.dict = new PyDict();
                }
            }
        }
    }

    /** The Python type of this object ({@code type(self)}). */
    public final PyType type() {
        return type;
    }

    /** The instance {@code __dict__}, or null when this object has none. */
    public PyDict getDict() {
        Object d = dict;
        if (d instanceof InstanceValues iv) {
            return iv.materialize(this); // the attributes move to a real dict, for good
        }
        return d instanceof PyDict real ? real : null;
    }

    /**
     * The storage field as the real dict it always is for types, modules and functions (never
     * instance values or slot cells there); null when not made yet.
     */
    final PyDict plainDict() {
        return (PyDict) dict;
    }

    /**
     * The storage field itself, for a built-in class whose instances never have a {@code __dict__}
     * and keep other per-object state there instead: a frame's trace state ({@code Frame#trace}),
     * so that frames, which calls allocate by the million, need no field of their own for it.
     */
    protected final Object storage() {
        return dict;
    }

    /** Sets {@link #storage()}; only for such classes (never a real dict, values or slot cells). */
    protected final void setStorage(Object value) {
        dict = value;
    }

    /** Replaces the instance {@code __dict__} ({@code obj.__dict__ = d}). */
    public void setDict(PyDict dict) {
        this.dict = dict;
    }

    /** For debugging only: never Python semantics. */
    @Override
    public String toString() {
        return "<" + (type == null ? "?" : type.getName()) + " object>";
    }
}
