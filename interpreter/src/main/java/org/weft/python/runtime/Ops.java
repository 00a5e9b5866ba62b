package org.weft.python.runtime;

/**
 * The abstract object protocol: CPython's abstract.c and object.c in Java. Every operation tries
 * fast paths for exact built-in types, then the general path through the type's special methods.
 * Operators live in {@link BinaryOps}, attributes in {@link Attributes}; this class is the one
 * entry point the rest of the interpreter uses.
 */
public final class Ops {

    /** A shared empty argument array (never written). */
    public static final PyObject[] NO_ARGS = new PyObject[0];

    private Ops() {
    }

    // ---- identity and names -----------------------------------------------------------------

    /** The type's name as CPython's messages give it (its tp_name): {@code type(o).__name__} for most. */
    public static String typeName(PyObject o) {
        return o.type().getTpName();
    }

    /**
     * The name a bad-argument message gives {@code o}: its type's, but "None" for None.
     * CPython: _PyArg_BadArgument ("argument 1 must be str, not None").
     */
    public static String argTypeName(PyObject o) {
        return o == PyNone.NONE ? "None" : typeName(o);
    }

    /** {@code id(o)}: unique and stable while {@code o} lives. */
    public static long id(PyObject o) {
        return ObjectIds.id(o);
    }

    // ---- calls --------------------------------------------------------------------------------

    /** Calls any object (CPython: PyObject_Vectorcall). */
    public static PyObject call(PyObject callable, PyObject[] args, String[] kwnames) {
        if (callable instanceof PyCallable c) {
            return c.call(args, kwnames);
        }
        PyObject f = callable.type().lookup("__call__");
        if (f == null) {
            throw PyErr.typeError("'%s' object is not callable", typeName(callable));
        }
        return Special.callV(f, callable, args, kwnames);
    }

    /** Calls with positional arguments only. */
    public static PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, null);
    }

    /**
     * {@code obj.name(*args)}: looks the method up on the type and calls it without making a bound
     * method when it can (CPython: PyObject_VectorcallMethod); falls back to {@link #getattr}.
     */
    public static PyObject callMethod(PyObject obj, String name, PyObject... args) {
        return callMethod(obj, name, args, null);
    }

    /** {@code obj.name(*args, **kw)} with the vectorcall convention. */
    public static PyObject callMethod(PyObject obj, String name, PyObject[] args, String[] kwnames) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr instanceof MethodDescriptor m && !descr.type().isHeapType() && t.hasPlainGetattr()) {
            PyDict d = obj.getDict();
            if (d == null || d.getItem(name) == null) {
                return m.callBound(obj, args, kwnames);
            }
        }
        return call(getattr(obj, name), args, kwnames);
    }

    /** Looks up a special method on the type only (never the instance) and calls it; null when absent. */
    public static PyObject callSpecialOrNull(PyObject obj, String name, PyObject... args) {
        PyObject descr = obj.type().lookup(name);
        return descr == null ? null : Special.callV(descr, obj, args, null);
    }

    // ---- attributes ---------------------------------------------------------------------------

    /** {@code getattr(o, name)}: raises AttributeError when absent. CPython: PyObject_GetAttr. */
    public static PyObject getattr(PyObject o, String name) {
        try {
            PyObject v = getattribute(o, name, true);
            if (v == null) {
                PyObject hook = o.type().derived().getattrHook();
                if (hook != null) {
                    return Special.call1(hook, o, PyStr.of(name));
                }
                if (o instanceof PyModule m) {
                    return moduleGetattr(m, name, true);
                }
                throw PyErr.noAttribute(o, name);
            }
            return v;
        } catch (PyException e) {
            throw PyErr.withAttributeContext(e, o, name);
        }
    }

    /** A module's PEP 562 {@code __getattr__}, then "module 'm' has no attribute 'x'". CPython: module_getattro. */
    private static PyObject moduleGetattr(PyModule m, String name, boolean raise) {
        PyDict d = m.getDict();
        PyObject hook = d == null ? null : d.getItem("__getattr__");
        if (hook != null) {
            if (!raise) {
                try {
                    return call(hook, PyStr.of(name));
                } catch (PyException e) {
                    if (!e.matches(PyExc.AttributeError)) {
                        throw e;
                    }
                    return null;
                }
            }
            return call(hook, PyStr.of(name));
        }
        if (!raise) {
            return null;
        }
        PyObject n = d == null ? null : d.getItem("__name__");
        PyException e = n instanceof PyStr s
                ? PyErr.format(PyExc.AttributeError, "module '%s' has no attribute '%s'", s.value(), name)
                : PyErr.format(PyExc.AttributeError, "module has no attribute '%s'", name);
        if (e.value() instanceof PyAttributeError ae) {
            ae.name = PyStr.of(name);
            ae.obj = m;
        }
        throw e;
    }

    /**
     * {@code getattr(o, name, None)} without the exception cost when the attribute is absent: null
     * instead of AttributeError (other exceptions propagate).
     */
    public static PyObject getattrOrNull(PyObject o, String name) {
        PyObject v = getattribute(o, name, false);
        if (v == null) {
            PyObject hook = o.type().derived().getattrHook();
            if (hook != null) {
                try {
                    return Special.call1(hook, o, PyStr.of(name));
                } catch (PyException e) {
                    if (!e.matches(PyExc.AttributeError)) {
                        throw e;
                    }
                }
            } else if (o instanceof PyModule m) {
                return moduleGetattr(m, name, false);
            }
        }
        return v;
    }

    /**
     * {@code type(o).__getattribute__(o, name)}, null when absent. A custom {@code __getattribute__}'s
     * AttributeError propagates when {@code raise} is set and there is no {@code __getattr__} to try.
     */
    private static PyObject getattribute(PyObject o, String name, boolean raise) {
        PyType t = o.type();
        PyType.Derived d = t.derived();
        PyObject ga = d.getattribute();
        // An AttributeError raised inside the lookup (a property getter, a descriptor) means "absent"
        // when __getattr__ is there to try next, or when the caller asked for null instead.
        boolean absentOnError = !raise || d.getattrHook() != null;
        try {
            if (ga == PyObjectMethods.GETATTRIBUTE) {
                return Attributes.genericGetattrOrNull(o, name);
            } else if (ga == PyTypeMethods.GETATTRIBUTE && o instanceof PyType type) {
                return Attributes.typeGetattrOrNull(type, name);
            }
            return Special.call1(ga, o, PyStr.of(name));
        } catch (PyException e) {
            if (!absentOnError || !e.matches(PyExc.AttributeError)) {
                throw e;
            }
            return null;
        }
    }

    /** {@code hasattr(o, name)}. */
    public static boolean hasattr(PyObject o, String name) {
        return getattrOrNull(o, name) != null;
    }

    /** {@code setattr(o, name, value)}. CPython: PyObject_SetAttr. */
    public static void setattr(PyObject o, String name, PyObject value) {
        PyType t = o.type();
        PyObject sa = t.lookup("__setattr__");
        if (sa == PyObjectMethods.SETATTR) {
            Attributes.genericSetattr(o, name, value);
        } else if (sa == PyTypeMethods.SETATTR && o instanceof PyType type) {
            Attributes.typeSetattr(type, name, value);
        } else {
            Special.call(sa, o, PyStr.of(name), value);
        }
    }

    /** {@code delattr(o, name)}. */
    public static void delattr(PyObject o, String name) {
        PyType t = o.type();
        PyObject da = t.lookup("__delattr__");
        if (da == PyObjectMethods.DELATTR) {
            Attributes.genericSetattr(o, name, null);
        } else if (da == PyTypeMethods.DELATTR && o instanceof PyType type) {
            Attributes.typeSetattr(type, name, null);
        } else {
            Special.call1(da, o, PyStr.of(name));
        }
    }

    // ---- arithmetic (see BinaryOps) -------------------------------------------------------------

    // Fast paths: exact int and float operands skip the special-method protocol (the results are
    // the same as int.__add__ etc., which call the same numbers helpers).

    public static PyObject add(PyObject a, PyObject b) {
        PyType ta = a.type();
        if (ta == b.type()) {
            if (ta == PyInt.TYPE) {
                return IntArith.add((PyInt) a, (PyInt) b);
            } else if (ta == PyFloat.TYPE) {
                return PyFloat.of(((PyFloat) a).value() + ((PyFloat) b).value());
            } else if (ta == PyStr.TYPE) {
                return PyStrMethods.add(a, b); // str.__add__'s body: no __radd__ to try for the same type
            } else if (ta == PyList.TYPE) {
                return PyListArithmetic.add(a, b);
            }
        }
        if (MixedNumbers.floats(a, b)) {
            return PyFloat.of(MixedNumbers.value(a) + MixedNumbers.value(b));
        }
        return BinaryOps.binary(a, b, BinaryOps.Op.ADD);
    }

    public static PyObject sub(PyObject a, PyObject b) {
        PyType ta = a.type();
        if (ta == b.type()) {
            if (ta == PyInt.TYPE) {
                return IntArith.sub((PyInt) a, (PyInt) b);
            } else if (ta == PyFloat.TYPE) {
                return PyFloat.of(((PyFloat) a).value() - ((PyFloat) b).value());
            }
        }
        if (MixedNumbers.floats(a, b)) {
            return PyFloat.of(MixedNumbers.value(a) - MixedNumbers.value(b));
        }
        return BinaryOps.binary(a, b, BinaryOps.Op.SUB);
    }

    public static PyObject mul(PyObject a, PyObject b) {
        PyType ta = a.type();
        if (ta == b.type()) {
            if (ta == PyInt.TYPE) {
                return IntArith.mul((PyInt) a, (PyInt) b);
            } else if (ta == PyFloat.TYPE) {
                return PyFloat.of(((PyFloat) a).value() * ((PyFloat) b).value());
            }
        }
        if (MixedNumbers.floats(a, b)) {
            return PyFloat.of(MixedNumbers.value(a) * MixedNumbers.value(b));
        }
        return BinaryOps.binary(a, b, BinaryOps.Op.MUL);
    }

    public static PyObject truediv(PyObject a, PyObject b) {
        PyType ta = a.type();
        if (ta == b.type()) {
            if (ta == PyInt.TYPE) {
                return PyFloat.of(IntArith.truediv((PyInt) a, (PyInt) b));
            } else if (ta == PyFloat.TYPE) {
                double d = ((PyFloat) b).value();
                if (d != 0.0) {
                    return PyFloat.of(((PyFloat) a).value() / d);
                }
            }
        }
        if (MixedNumbers.floats(a, b)) {
            return PyFloat.of(FloatArith.truediv(MixedNumbers.value(a), MixedNumbers.value(b)));
        }
        return BinaryOps.binary(a, b, BinaryOps.Op.TRUEDIV);
    }

    public static PyObject floordiv(PyObject a, PyObject b) {
        if (a.type() == PyInt.TYPE && b.type() == PyInt.TYPE) {
            return IntArith.floordiv((PyInt) a, (PyInt) b);
        }
        if (MixedNumbers.floats(a, b)) {
            return PyFloat.of(FloatArith.floordiv(MixedNumbers.value(a), MixedNumbers.value(b)));
        }
        return BinaryOps.binary(a, b, BinaryOps.Op.FLOORDIV);
    }

    public static PyObject mod(PyObject a, PyObject b) {
        if (a.type() == PyInt.TYPE && b.type() == PyInt.TYPE) {
            return IntArith.mod((PyInt) a, (PyInt) b);
        }
        if (MixedNumbers.floats(a, b)) {
            return PyFloat.of(FloatArith.mod(MixedNumbers.value(a), MixedNumbers.value(b)));
        }
        return BinaryOps.binary(a, b, BinaryOps.Op.MOD);
    }

    public static PyObject divmod(PyObject a, PyObject b) {
        return BinaryOps.binary(a, b, BinaryOps.Op.DIVMOD);
    }

    public static PyObject pow(PyObject a, PyObject b) {
        if (MixedNumbers.floats(a, b)) {
            return FloatArith.pow(MixedNumbers.value(a), MixedNumbers.value(b));
        }
        return BinaryOps.binary(a, b, BinaryOps.Op.POW);
    }

    /** Three-argument {@code pow(a, b, m)}: only {@code a}'s {@code __pow__} is tried, as CPython's ternary_op for it. */
    public static PyObject pow(PyObject a, PyObject b, PyObject m) {
        return m == PyNone.NONE ? pow(a, b) : BinaryOps.ternaryPow(a, b, m);
    }

    public static PyObject lshift(PyObject a, PyObject b) {
        if (a.type() == PyInt.TYPE && b.type() == PyInt.TYPE) {
            return IntArith.lshift((PyInt) a, (PyInt) b);
        }
        return BinaryOps.binary(a, b, BinaryOps.Op.LSHIFT);
    }

    public static PyObject rshift(PyObject a, PyObject b) {
        if (a.type() == PyInt.TYPE && b.type() == PyInt.TYPE) {
            return IntArith.rshift((PyInt) a, (PyInt) b);
        }
        return BinaryOps.binary(a, b, BinaryOps.Op.RSHIFT);
    }

    public static PyObject and(PyObject a, PyObject b) {
        if (a.type() == PyInt.TYPE && b.type() == PyInt.TYPE) {
            return IntArith.and((PyInt) a, (PyInt) b);
        }
        return BinaryOps.binary(a, b, BinaryOps.Op.AND);
    }

    public static PyObject or(PyObject a, PyObject b) {
        if (a.type() == PyInt.TYPE && b.type() == PyInt.TYPE) {
            return IntArith.or((PyInt) a, (PyInt) b);
        }
        return BinaryOps.binary(a, b, BinaryOps.Op.OR);
    }

    public static PyObject xor(PyObject a, PyObject b) {
        if (a.type() == PyInt.TYPE && b.type() == PyInt.TYPE) {
            return IntArith.xor((PyInt) a, (PyInt) b);
        }
        return BinaryOps.binary(a, b, BinaryOps.Op.XOR);
    }

    public static PyObject matmul(PyObject a, PyObject b) {
        return BinaryOps.binary(a, b, BinaryOps.Op.MATMUL);
    }

    /** True when {@code a} and {@code b} are both exact ints, or exact floats (one may be an int: {@link MixedNumbers}). */
    private static boolean isNumberPair(PyObject a, PyObject b) {
        PyType ta = a.type();
        return ta == b.type() ? ta == PyInt.TYPE || ta == PyFloat.TYPE : MixedNumbers.floats(a, b);
    }

    public static PyObject iadd(PyObject a, PyObject b) {
        if (isNumberPair(a, b) || a.type() == PyStr.TYPE && b.type() == PyStr.TYPE) {
            return add(a, b); // int, float and str have no in-place form: the same result, no lookup
        }
        return BinaryOps.inplace(a, b, BinaryOps.Op.ADD);
    }

    public static PyObject isub(PyObject a, PyObject b) {
        if (isNumberPair(a, b)) {
            return sub(a, b); // int and float have no in-place form: the same result, no lookup
        }
        return BinaryOps.inplace(a, b, BinaryOps.Op.SUB);
    }

    public static PyObject imul(PyObject a, PyObject b) {
        if (isNumberPair(a, b)) {
            return mul(a, b); // int and float have no in-place form: the same result, no lookup
        }
        return BinaryOps.inplace(a, b, BinaryOps.Op.MUL);
    }

    public static PyObject itruediv(PyObject a, PyObject b) {
        if (isNumberPair(a, b)) {
            return truediv(a, b); // int and float have no in-place form: the same result, no lookup
        }
        return BinaryOps.inplace(a, b, BinaryOps.Op.TRUEDIV);
    }

    public static PyObject ifloordiv(PyObject a, PyObject b) {
        if (isNumberPair(a, b)) {
            return floordiv(a, b); // int and float have no in-place form: the same result, no lookup
        }
        return BinaryOps.inplace(a, b, BinaryOps.Op.FLOORDIV);
    }

    public static PyObject imod(PyObject a, PyObject b) {
        if (isNumberPair(a, b)) {
            return mod(a, b); // int and float have no in-place form: the same result, no lookup
        }
        return BinaryOps.inplace(a, b, BinaryOps.Op.MOD);
    }

    public static PyObject ipow(PyObject a, PyObject b) {
        if (isNumberPair(a, b)) {
            return pow(a, b); // int and float have no in-place form: the same result, no lookup
        }
        return BinaryOps.inplace(a, b, BinaryOps.Op.POW);
    }

    public static PyObject ilshift(PyObject a, PyObject b) {
        return BinaryOps.inplace(a, b, BinaryOps.Op.LSHIFT);
    }

    public static PyObject irshift(PyObject a, PyObject b) {
        return BinaryOps.inplace(a, b, BinaryOps.Op.RSHIFT);
    }

    public static PyObject iand(PyObject a, PyObject b) {
        return BinaryOps.inplace(a, b, BinaryOps.Op.AND);
    }

    public static PyObject ior(PyObject a, PyObject b) {
        return BinaryOps.inplace(a, b, BinaryOps.Op.OR);
    }

    public static PyObject ixor(PyObject a, PyObject b) {
        return BinaryOps.inplace(a, b, BinaryOps.Op.XOR);
    }

    public static PyObject imatmul(PyObject a, PyObject b) {
        return BinaryOps.inplace(a, b, BinaryOps.Op.MATMUL);
    }

    public static PyObject neg(PyObject a) {
        return BinaryOps.unary(a, "__neg__", "-");
    }

    public static PyObject pos(PyObject a) {
        return BinaryOps.unary(a, "__pos__", "+");
    }

    public static PyObject invert(PyObject a) {
        return BinaryOps.unary(a, "__invert__", "~");
    }

    public static PyObject abs(PyObject a) {
        return BinaryOps.unary(a, "__abs__", "abs()");
    }

    // ---- comparisons ----------------------------------------------------------------------------

    /** {@code a <op> b}, with reflection. CPython: PyObject_RichCompare / do_richcompare. */
    public static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        PyType ta = a.type();
        if (ta == b.type()) {
            if (ta == PyInt.TYPE) {
                return PyBool.of(op.test(IntArith.compare((PyInt) a, (PyInt) b)));
            } else if (ta == PyFloat.TYPE) {
                return PyBool.of(Comparisons.compareDoubles(((PyFloat) a).value(), ((PyFloat) b).value(), op));
            }
        } else if (MixedNumbers.comparable(a, b)) {
            return PyBool.of(Comparisons.compareDoubles(MixedNumbers.value(a), MixedNumbers.value(b), op));
        }
        return Comparisons.richCompare(a, b, op);
    }

    /** {@code a == b} (may return any object). */
    public static PyObject eq(PyObject a, PyObject b) {
        return richCompare(a, b, CompareOp.EQ);
    }

    public static PyObject ne(PyObject a, PyObject b) {
        return richCompare(a, b, CompareOp.NE);
    }

    public static PyObject lt(PyObject a, PyObject b) {
        return richCompare(a, b, CompareOp.LT);
    }

    public static PyObject le(PyObject a, PyObject b) {
        return richCompare(a, b, CompareOp.LE);
    }

    public static PyObject gt(PyObject a, PyObject b) {
        return richCompare(a, b, CompareOp.GT);
    }

    public static PyObject ge(PyObject a, PyObject b) {
        return richCompare(a, b, CompareOp.GE);
    }

    /** {@code bool(a <op> b)}. CPython: PyObject_RichCompareBool without the identity shortcut. */
    public static boolean compareBool(PyObject a, PyObject b, CompareOp op) {
        return isTrue(richCompare(a, b, op));
    }

    /**
     * Equality as containers use it: {@code a is b or a == b} (CPython: PyObject_RichCompareBool,
     * so a {@code nan} finds itself in a list).
     */
    public static boolean eqForContainer(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        return Comparisons.eqBool(a, b);
    }

    // ---- truth, length, items -----------------------------------------------------------------

    /** {@code bool(o)}. CPython: PyObject_IsTrue. */
    public static boolean isTrue(PyObject o) {
        return Protocols.isTrue(o);
    }

    /** {@code not o}. */
    public static boolean not(PyObject o) {
        return !Protocols.isTrue(o);
    }

    /** {@code len(o)}. CPython: PyObject_Size. */
    public static long len(PyObject o) {
        return Protocols.len(o);
    }

    /** {@code o[key]}. CPython: PyObject_GetItem. */
    public static PyObject getitem(PyObject o, PyObject key) {
        // Exact built-in containers: the body of their __getitem__, without the lookup and the call.
        PyType t = o.type();
        if (t == PyList.TYPE) {
            return ListSubscript.getItem((PyList) o, key);
        } else if (t == PyDict.TYPE) {
            PyObject v = ((PyDict) o).getItem(key);
            if (v != null) {
                return v;
            }
        } else if (t == PyTuple.TYPE) {
            return PyTupleMethods.getItem((PyTuple) o, key);
        }
        return Protocols.getitem(o, key);
    }

    /** {@code o[key] = value}. */
    public static void setitem(PyObject o, PyObject key, PyObject value) {
        PyType t = o.type();
        if (t == PyList.TYPE) {
            ListSubscript.setItem((PyList) o, key, value); // list.__setitem__'s body
            return;
        } else if (t == PyDict.TYPE) {
            ((PyDict) o).setItem(key, value); // dict.__setitem__'s body
            return;
        }
        Protocols.setitem(o, key, value);
    }

    /** {@code del o[key]}. */
    public static void delitem(PyObject o, PyObject key) {
        Protocols.delitem(o, key);
    }

    /** {@code iter(o)}. CPython: PyObject_GetIter. */
    public static PyObject iter(PyObject o) {
        return Protocols.iter(o);
    }

    /**
     * {@code next(it)}, returning null at the end (a plain {@code StopIteration} is absorbed;
     * other exceptions propagate). CPython: PyIter_Next.
     */
    public static PyObject next(PyObject it) {
        return Protocols.next(it);
    }

    /** {@code x in o}. CPython: PySequence_Contains. */
    public static boolean contains(PyObject o, PyObject x) {
        // Exact built-in containers: the body of their __contains__, without the lookup and the call.
        PyType t = o.type();
        if (t == PySet.TYPE || t == PyFrozenSet.TYPE) {
            return PySetMethods.contains((PyBaseSet) o, x);
        } else if (t == PyDict.TYPE) {
            return ((PyDict) o).containsKey(x);
        } else if (t == PyList.TYPE) {
            return PyListMethods.contains((PyList) o, x);
        } else if (t == PyTuple.TYPE) {
            return PyTupleMethods.contains((PyTuple) o, x);
        }
        return Protocols.contains(o, x);
    }

    /** {@code hash(o)}, with CPython's values for numbers. CPython: PyObject_Hash. */
    public static long hash(PyObject o) {
        return Protocols.hash(o);
    }

    /** {@code o.__index__()} as an exact int. CPython: PyNumber_Index. */
    public static PyInt index(PyObject o) {
        return Protocols.index(o);
    }

    // ---- text ---------------------------------------------------------------------------------

    /** {@code repr(o)}. CPython: PyObject_Repr. */
    public static PyStr repr(PyObject o) {
        return Protocols.repr(o);
    }

    /** {@code str(o)}. CPython: PyObject_Str. */
    public static PyStr str(PyObject o) {
        return Protocols.str(o);
    }

    /** {@code format(o, spec)}. CPython: PyObject_Format. */
    public static PyStr format(PyObject o, PyStr spec) {
        return Protocols.format(o, spec);
    }

    /**
     * Marks {@code o} as being repr'd on this thread; false when it already is, and the caller
     * should print {@code [...]}/<code>{...}</code>. Pair with {@link #reprLeave}. CPython: Py_ReprEnter.
     */
    public static boolean reprEnter(PyObject o) {
        return ReprStack.enter(o);
    }

    public static void reprLeave(PyObject o) {
        ReprStack.leave(o);
    }

    // ---- types --------------------------------------------------------------------------------

    /** {@code isinstance(o, cls)}, honouring {@code __instancecheck__}. CPython: PyObject_IsInstance. */
    public static boolean isInstance(PyObject o, PyObject cls) {
        return TypeChecks.isInstance(o, cls);
    }

    /** {@code issubclass(c, cls)}, honouring {@code __subclasscheck__}. CPython: PyObject_IsSubclass. */
    public static boolean isSubclass(PyObject c, PyObject cls) {
        return TypeChecks.isSubclass(c, cls);
    }
}
