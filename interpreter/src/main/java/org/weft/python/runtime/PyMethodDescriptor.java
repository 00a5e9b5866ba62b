package org.weft.python.runtime;

import java.util.Arrays;

/**
 * A built-in method in a type's dict: {@code list.append} ({@code method_descriptor}) or a dunder
 * such as {@code int.__add__} ({@code wrapper_descriptor}). Binding it gives a
 * {@link PyBuiltinFunction}. CPython: descrobject.c.
 */
public final class PyMethodDescriptor extends PyObject implements MethodDescriptor, PyDescriptor {

    public static final PyType TYPE = PyType.builtin("method_descriptor", PyMethodDescriptor.class,
            () -> PyObject.TYPE, DescriptorMethods::defineMethodDescriptor);
    public static final PyType WRAPPER_TYPE = PyType.builtin("wrapper_descriptor", PyMethodDescriptor.class,
            () -> PyObject.TYPE, DescriptorMethods::defineMethodDescriptor);

    final PyType owner;
    final MethodDef def;

    public PyMethodDescriptor(PyType owner, MethodDef def) {
        super(def.slot ? WRAPPER_TYPE : TYPE);
        this.owner = owner;
        this.def = def;
    }

    public MethodDef getDef() {
        return def;
    }

    public PyType getOwner() {
        return owner;
    }

    private void checkSelf(PyObject self) {
        if (self.type() != owner && !self.type().isSubtypeOf(owner)) {
            throw def.slot
                    ? PyErr.typeError("descriptor '%s' requires a '%s' object but received a '%s'", def.name,
                            owner.getName(), Ops.typeName(self))
                    : PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", def.name,
                            owner.getName(), Ops.typeName(self));
        }
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            throw def.slot
                    ? PyErr.typeError("descriptor '%s' of '%s' object needs an argument", def.name, owner.getName())
                    : PyErr.typeError("unbound method %s() needs an argument", def.displayName());
        }
        checkSelf(args[0]);
        return def.call(args[0], Arrays.copyOfRange(args, 1, args.length), kwnames);
    }

    @Override
    public PyObject callBound(PyObject self, PyObject[] args, String[] kwnames) {
        checkSelf(self);
        return def.call(self, args, kwnames);
    }

    @Override
    public PyObject callBound0(PyObject self) {
        checkSelf(self);
        return def.call0(self);
    }

    @Override
    public PyObject callBound1(PyObject self, PyObject a) {
        checkSelf(self);
        return def.call1(self, a);
    }

    @Override
    public PyObject callBound2(PyObject self, PyObject a, PyObject b) {
        checkSelf(self);
        return def.call2(self, a, b);
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        checkSelf(obj);
        return new PyBuiltinFunction(def, obj);
    }
}
