package org.weft.python.runtime;

/**
 * {@code types.GenericAlias}: {@code list[int]}, made by {@code __class_getitem__} of the built-in
 * generic types. Immutable. Built-in types declare
 * {@code b.classmethod("__class_getitem__", null, PyGenericAlias::classGetItem)}.
 * CPython: genericaliasobject.c.
 */
public final class PyGenericAlias extends PyObject {

    public static final PyType TYPE = PyType.builtin("types.GenericAlias", PyGenericAlias.class, () -> PyObject.TYPE,
            GenericAliasMethods::define);

    final PyObject origin;
    final PyTuple args;
    /** True for {@code *tuple[int, str]}, what iterating the alias gives (PEP 646). */
    final boolean unpacked;

    public PyGenericAlias(PyObject origin, PyObject args) {
        this(TYPE, origin, args);
    }

    PyGenericAlias(PyType type, PyObject origin, PyObject args) {
        this(type, origin, args, false);
    }

    PyGenericAlias(PyType type, PyObject origin, PyObject args, boolean unpacked) {
        super(type);
        this.origin = origin;
        this.args = args instanceof PyTuple t && args.type() == PyTuple.TYPE ? t : PyTuple.of(args);
        this.unpacked = unpacked;
    }

    /** The body of a built-in {@code __class_getitem__}: {@code cls[item]}. */
    public static PyObject classGetItem(PyObject cls, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("__class_getitem__", kwnames);
        ArgParser.checkPositional("__class_getitem__", args.length, 1, 1);
        return new PyGenericAlias(cls, args[0]);
    }

    public PyObject getOrigin() {
        return origin;
    }

    public PyTuple getArgs() {
        return args;
    }
}
