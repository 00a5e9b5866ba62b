package org.weft.python.runtime;

import java.util.Arrays;

/** Calling a type: {@code C(*args)} runs {@code __new__} then {@code __init__}. CPython: type_call. */
final class TypeCall {

    private TypeCall() {
    }

    static PyObject call(PyType type, PyObject[] args, String[] kwnames) {
        InstancePlan p = type.instancePlan();
        if (p.metaCall() != null) { // a metaclass overriding __call__
            return Special.callV(p.metaCall(), type, args, kwnames);
        }
        return typeCall(type, p, args, kwnames);
    }

    /** {@code type.__call__(type, *args)} proper. */
    static PyObject typeCall(PyType type, PyObject[] args, String[] kwnames) {
        return typeCall(type, type.instancePlan(), args, kwnames);
    }

    private static PyObject typeCall(PyType type, InstancePlan p, PyObject[] args, String[] kwnames) {
        boolean noKw = kwnames == null || kwnames.length == 0;
        if (type == PyType.TYPE && args.length == 1 && noKw) {
            return args[0].type();
        }
        if (!type.isHeapType()) {
            if (noKw && args.length == 1) {
                PyObject converted = convert(type, args[0]);
                if (converted != null) {
                    return converted;
                }
            }
            return construct(type, p, args, kwnames);
        }
        // A class has no vectorcall in CPython: calling it goes through _PyObject_MakeTpCall, one
        // level of recursion depth of its own, so a recursive __init__ runs out where CPython's does.
        ThreadState ts = ThreadState.current();
        ts.enterCall(" while calling a Python object");
        try {
            return construct(type, p, args, kwnames);
        } finally {
            ts.leaveCall();
        }
    }

    /**
     * {@code int(x)}, {@code float(x)} and {@code str(x)} of one positional argument, the
     * conversions loops call most: their {@code __new__} directly, without the argument parser and
     * the {@code object.__init__} check that construction runs (what it would do for these types
     * with one argument is nothing). Null for any other type.
     */
    private static PyObject convert(PyType type, PyObject x) {
        if (type == PyInt.TYPE) {
            return IntNew.toInt(x);
        }
        if (type == PyFloat.TYPE) {
            return x.type() == PyFloat.TYPE ? x : PyFloat.of(FloatNew.toDouble(x));
        }
        if (type == PyStr.TYPE) {
            return Ops.str(x);
        }
        return null;
    }

    private static PyObject construct(PyType type, InstancePlan p, PyObject[] args, String[] kwnames) {
        PyObject obj = p.objectNew() ? objectNew(type, p, args) : callNew(type, p.newd(), args, kwnames);
        PyType ot = obj.type();
        PyObject init;
        MethodDescriptor direct = null;
        if (ot == type && type.version() == p.version()) {
            init = p.init(); // __new__ did not change the class: the plan still holds
            direct = p.initDirect();
        } else if (ot.isSubtypeOf(type)) {
            init = ot.lookup("__init__");
        } else {
            return obj; // __new__ returned a non-instance: no __init__ (CPython semantics)
        }
        if (init == PyObjectMethods.INIT && args.length == 0) {
            return obj; // object.__init__ with no arguments does nothing
        }
        if (init != null) {
            PyObject r = direct != null ? direct.callBound(obj, args, kwnames) : Special.callV(init, obj, args, kwnames);
            if (r != PyNone.NONE) {
                throw PyErr.typeError("__init__() should return None, not '%s'", Ops.typeName(r));
            }
        }
        return obj;
    }

    /**
     * {@code object.__new__(type, *args)} with the plan's {@code __init__} in place of the two
     * lookups object_new makes ({@code __new__} is object's, known from the plan).
     * CPython: object_new in typeobject.c.
     */
    private static PyObject objectNew(PyType type, InstancePlan p, PyObject[] args) {
        if (args.length > 0 && p.init() == PyObjectMethods.INIT) {
            throw PyErr.typeError("%s() takes no arguments", type.getName());
        }
        if ((type.flags & PyType.ABSTRACT) != 0) {
            throw AbstractClasses.cannotInstantiate(type);
        }
        if (type.javaClass != PyObject.class && !type.isHeapType()) {
            // A built-in type whose instances are a Java class of their own and that has no __new__
            // (generator, frame, code, descriptors): CPython's types without tp_new.
            throw PyErr.typeError("cannot create '%s' instances", type.getName());
        }
        return Finalizers.newInstance(type);
    }

    /** Calls {@code type.__new__(type, *args)}, directly for built-in {@code __new__}s. */
    static PyObject callNew(PyType type, PyObject[] args, String[] kwnames) {
        return callNew(type, type.lookup("__new__"), args, kwnames);
    }

    private static PyObject callNew(PyType type, PyObject newd, PyObject[] args, String[] kwnames) {
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
