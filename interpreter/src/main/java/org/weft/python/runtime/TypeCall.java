package org.weft.python.runtime;

import java.util.Arrays;

/** Calling a type: {@code C(*args)} runs {@code __new__} then {@code __init__}. CPython: type_call. */
final class TypeCall {

    private TypeCall() {
    }

    static PyObject call(PyType type, PyObject[] args, String[] kwnames) {
        PyType meta = type.type();
        if (meta != PyType.TYPE) {
            PyObject metaCall = meta.lookup("__call__");
            if (metaCall != PyTypeMethods.CALL) {
                return Special.callV(metaCall, type, args, kwnames);
            }
        }
        return typeCall(type, args, kwnames);
    }

    /** {@code type.__call__(type, *args)} proper. */
    static PyObject typeCall(PyType type, PyObject[] args, String[] kwnames) {
        boolean noKw = kwnames == null || kwnames.length == 0;
        if (type == PyType.TYPE && args.length == 1 && noKw) {
            return args[0].type();
        }
        PyObject obj = callNew(type, args, kwnames);
        if (!obj.type().isSubtypeOf(type)) {
            return obj;
        }
        PyObject init = obj.type().lookup("__init__");
        if (init == PyObjectMethods.INIT && args.length == 0) {
            return obj; // object.__init__ with no arguments does nothing
        }
        if (init != null) {
            PyObject r = Special.callV(init, obj, args, kwnames);
            if (r != PyNone.NONE) {
                throw PyErr.typeError("__init__() should return None, not '%s'", Ops.typeName(r));
            }
        }
        return obj;
    }

    /** Calls {@code type.__new__(type, *args)}, directly for built-in {@code __new__}s. */
    static PyObject callNew(PyType type, PyObject[] args, String[] kwnames) {
        PyObject newd = type.lookup("__new__");
        if (newd == null) {
            throw PyErr.typeError("cannot create '%s' instances", type.getName());
        }
        if (newd instanceof PyBuiltinFunction f && f.def.kind == MethodDef.Kind.NEW) {
            return f.def.newBody().call(type, args, kwnames);
        }
        PyObject fn = Attributes.get(newd, null, type);
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = type;
        System.arraycopy(args, 0, full, 1, args.length);
        return Ops.call(fn, full, kwnames);
    }

    /** Prepends {@code first} to {@code args}. */
    static PyObject[] prepend(PyObject first, PyObject[] args) {
        PyObject[] r = new PyObject[args.length + 1];
        r[0] = first;
        System.arraycopy(args, 0, r, 1, args.length);
        return r;
    }

    /** Drops the first argument. */
    static PyObject[] rest(PyObject[] args) {
        return Arrays.copyOfRange(args, 1, args.length);
    }
}
