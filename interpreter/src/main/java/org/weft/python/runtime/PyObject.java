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
 * write: CPython gives no stronger guarantee); {@code dict} is set once, when the object is made.
 */
public class PyObject {

    /** The built-in type {@code object}. */
    public static final PyType TYPE = PyType.builtin("object", PyObject.class, null, PyObjectMethods::define);

    /** The Python type; set by the constructor, changed only by {@code __class__} assignment. */
    PyType type;
    /** The instance {@code __dict__}, or null when the object has none. */
    PyDict dict;

    /** An object of the given type; gives it a fresh {@code __dict__} when it is a class whose instances have one. */
    public PyObject(PyType type) {
        this.type = type;
        if (type != null && type.instancesHaveDict && type.isHeapType()) {
            this.dict = new PyDict();
        }
    }

    /** The Python type of this object ({@code type(self)}). */
    public final PyType type() {
        return type;
    }

    /** The instance {@code __dict__}, or null when this object has none. */
    public PyDict getDict() {
        PyDict d = dict;
        return d instanceof SlotStorage ? null : d;
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
