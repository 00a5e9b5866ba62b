package org.weft.python.runtime;

/**
 * A built-in class method in a type's dict ({@code dict.fromkeys}): binding it to a type, or to an
 * instance's type, gives a {@link PyBuiltinFunction} whose self is that type.
 * CPython: classmethod_descriptor in descrobject.c.
 */
public final class PyClassMethodDescriptor extends PyObject implements PyDescriptor, PyCallable {

    public static final PyType TYPE = PyType.builtin("classmethod_descriptor", PyClassMethodDescriptor.class,
            () -> PyObject.TYPE, DescriptorMethods::defineClassMethodDescriptor);

    final PyType owner;
    final MethodDef def;

    public PyClassMethodDescriptor(PyType owner, MethodDef def) {
        super(TYPE);
        this.owner = owner;
        this.def = def;
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        PyType t = type != null ? type : obj.type();
        if (!t.isSubtypeOf(owner)) {
            throw PyErr.typeError("descriptor '%s' for type '%s' doesn't apply to type '%s'", def.name,
                    owner.getName(), t.getName());
        }
        return new PyBuiltinFunction(def, t);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1 || !(args[0] instanceof PyType t)) {
            throw PyErr.typeError("descriptor '%s' of '%s' object needs a type, not %s", def.name,
                    owner.getName(), npos < 1 ? "nothing" : "a '" + Ops.typeName(args[0]) + "' object");
        }
        return get(null, t) instanceof PyBuiltinFunction f
                ? f.call(java.util.Arrays.copyOfRange(args, 1, args.length), kwnames) : null;
    }
}
