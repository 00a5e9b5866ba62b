package org.weft.python.runtime;

/**
 * The object protocols behind {@link Ops}: truth, length, items, iteration, hashing, index, repr,
 * str and format. CPython: abstract.c and object.c (function named on each method).
 */
final class Protocols {

    private Protocols() {
    }

    /** CPython: PyObject_IsTrue. */
    static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        } else if (o == PyBool.FALSE || o == PyNone.NONE) {
            return false;
        }
        PyType t = o.type();
        if (t == PyInt.TYPE) {
            return ((PyInt) o).signum() != 0;
        } else if (t == PyStr.TYPE) {
            return !((PyStr) o).value().isEmpty();
        } else if (t == PyFloat.TYPE) {
            return ((PyFloat) o).value() != 0.0;
        }
        PyObject f = t.lookup("__bool__");
        if (f != null) {
            PyObject r = Special.call0(f, o);
            if (r instanceof PyBool) {
                return r == PyBool.TRUE;
            }
            throw PyErr.typeError("__bool__ should return bool, returned %s", Ops.typeName(r));
        }
        f = t.lookup("__len__");
        if (f != null) {
            return lenResult(Special.call0(f, o)) != 0;
        }
        return true;
    }

    /** CPython: PyObject_Size. */
    static long len(PyObject o) {
        PyType t = o.type();
        if (t == PyList.TYPE) {
            return ((PyList) o).size();
        } else if (t == PyTuple.TYPE) {
            return ((PyTuple) o).size();
        } else if (t == PyStr.TYPE) {
            return ((PyStr) o).length();
        } else if (t == PyDict.TYPE) {
            return ((PyDict) o).size();
        }
        PyObject f = t.lookup("__len__");
        if (f == null) {
            throw PyErr.typeError("object of type '%s' has no len()", Ops.typeName(o));
        }
        return lenResult(Special.call0(f, o));
    }

    /** Checks what {@code __len__} returned. CPython: slot_sq_length. */
    private static long lenResult(PyObject r) {
        PyInt i = index(r);
        if (i.signum() < 0) {
            throw PyErr.valueError("__len__() should return >= 0");
        }
        if (!i.isSmall()) {
            throw PyErr.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return i.longValue();
    }

    /** CPython: PyObject_GetItem (with __class_getitem__ for types). */
    static PyObject getitem(PyObject o, PyObject key) {
        PyObject f = o.type().lookup("__getitem__");
        if (f != null) {
            return Special.call1(f, o, key);
        }
        if (o instanceof PyType t) {
            if (t == PyType.TYPE) {
                return new PyGenericAlias(t, key); // CPython special-cases type[int] in PyObject_GetItem
            }
            PyObject cg = Ops.getattrOrNull(t, "__class_getitem__");
            if (cg != null) {
                return Ops.call(cg, key);
            }
            throw PyErr.typeError("type '%s' is not subscriptable", t.getName());
        }
        throw PyErr.typeError("'%s' object is not subscriptable", Ops.typeName(o));
    }

    /** CPython: PyObject_SetItem. */
    static void setitem(PyObject o, PyObject key, PyObject value) {
        PyObject f = o.type().lookup("__setitem__");
        if (f == null) {
            if (hasSequenceSlots(o.type())) {
                checkIndexFits(key);
            }
            throw PyErr.typeError("'%s' object does not support item assignment", Ops.typeName(o));
        }
        Special.call(f, o, key, value);
    }

    /** Whether CPython would give type {@code t} a tp_as_sequence table. */
    private static boolean hasSequenceSlots(PyType t) {
        return t.isHeapType() || t.lookup("__getitem__") != null || t.lookup("__contains__") != null
                || t.lookup("__len__") != null;
    }

    /** An index key is converted (PyNumber_AsSsize_t with IndexError) before the missing slot is reported. */
    private static void checkIndexFits(PyObject key) {
        if ((key instanceof PyInt || key.type().lookup("__index__") != null) && !index(key).isSmall()) {
            throw PyErr.indexError("cannot fit '%s' into an index-sized integer", Ops.typeName(key));
        }
    }

    /**
     * CPython: PyObject_DelItem. An index key on a type with sequence methods (every class, and
     * built-ins such as tuple, str, frozenset) gets PySequence_DelItem's "doesn't"; anything else
     * "does not".
     */
    static void delitem(PyObject o, PyObject key) {
        PyType t = o.type();
        PyObject f = t.lookup("__delitem__");
        if (f == null) {
            boolean seq = hasSequenceSlots(t);
            boolean index = key instanceof PyInt || key.type().lookup("__index__") != null;
            if (seq) {
                checkIndexFits(key);
            }
            throw PyErr.typeError("'%s' object %s support item deletion", Ops.typeName(o),
                    seq && index ? "doesn't" : "does not");
        }
        Special.call1(f, o, key);
    }

    /** CPython: PyObject_GetIter (and the old sequence protocol through __getitem__). */
    static PyObject iter(PyObject o) {
        if (o.type() == PyGenerator.TYPE) {
            return o; // generator.__iter__ (the type cannot be subclassed): sum(x for x in ...) skips the lookup
        }
        PyType t = o.type();
        PyObject f = t.lookup("__iter__");
        if (f == PyNone.NONE) {
            throw PyErr.typeError("'%s' object is not iterable", t.getName());
        }
        if (f != null) {
            PyObject it = Special.call0(f, o);
            if (!(it instanceof PyIterator) && it.type().lookup("__next__") == null) {
                throw PyErr.typeError("iter() returned non-iterator of type '%s'", Ops.typeName(it));
            }
            return it;
        }
        if (t.lookup("__getitem__") != null) {
            return new PySeqIterator(o);
        }
        throw PyErr.typeError("'%s' object is not iterable", t.getName());
    }

    /** CPython: PyIter_Next: null at the end. */
    static PyObject next(PyObject it) {
        try {
            if (it instanceof ContainerIterator ci) {
                // list, tuple, range, dict, set iterators: no Python subclass can exist. A class test
                // and a virtual call, before the interface test (a scan of secondary supers, whose
                // one-entry cache different iterator types keep overwriting) and its itable call.
                return ci.nextItem();
            }
            if (it instanceof PyIterator pi && !it.type().isHeapType()) {
                // A Java iterator may still throw StopIteration(value) (a generator's return value).
                return pi.nextItem();
            }
            PyObject f = it.type().lookup("__next__");
            if (f == null) {
                throw PyErr.typeError("'%s' object is not an iterator", Ops.typeName(it));
            }
            return Special.call0(f, it);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    /** CPython: PySequence_Contains (then _PySequence_IterSearch). */
    static boolean contains(PyObject o, PyObject x) {
        PyObject f = o.type().lookup("__contains__");
        if (f != null) {
            return isTrue(Special.call1(f, o, x));
        }
        PyObject it;
        try {
            it = iter(o);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError) && o.type().lookup("__iter__") == null
                    && o.type().lookup("__getitem__") == null) {
                throw PyErr.typeError("argument of type '%s' is not iterable", Ops.typeName(o));
            }
            throw e;
        }
        for (PyObject v; (v = next(it)) != null;) {
            if (Ops.eqForContainer(v, x)) {
                return true;
            }
        }
        return false;
    }

    /** CPython: PyObject_Hash. */
    static long hash(PyObject o) {
        PyType t = o.type();
        if (t == PyStr.TYPE) {
            return ((PyStr) o).hash();
        } else if (t == PyInt.TYPE) {
            return IntArith.hash((PyInt) o);
        }
        PyObject f = t.lookup("__hash__");
        if (f == null || f == PyNone.NONE) {
            throw PyErr.typeError("unhashable type: '%s'", t.getTpName());
        }
        PyObject r = Special.call0(f, o);
        if (!(r instanceof PyInt i)) {
            throw PyErr.typeError("__hash__ method should return an integer");
        }
        // CPython: slot_tp_hash: a result that does not fit a machine word is hashed as an int.
        long h = i.isSmall() ? i.longValue() : bigHash(i.bigValue());
        return h == -1 ? -2 : h;
    }

    /** hash() of an int too big for a long: reduced modulo 2**61-1 with its sign, as long_hash. */
    private static long bigHash(java.math.BigInteger v) {
        long h = v.abs().mod(java.math.BigInteger.valueOf(HASH_MODULUS)).longValue();
        return v.signum() < 0 ? -h : h;
    }

    /** 2**61 - 1, CPython's _PyHASH_MODULUS. */
    static final long HASH_MODULUS = (1L << 61) - 1;

    /** CPython: PyNumber_Index. */
    static PyInt index(PyObject o) {
        if (o instanceof PyInt i) {
            if (o.type() == PyInt.TYPE) {
                return i;
            }
            // CPython: PyNumber_Index takes any int (bool, subclasses) as its value, as an exact
            // int, without calling a subclass's __index__
            return i.isSmall() ? PyInt.of(i.longValue()) : PyInt.of(i.bigValue());
        }
        PyObject f = o.type().lookup("__index__");
        if (f == null) {
            throw PyErr.typeError("'%s' object cannot be interpreted as an integer", Ops.typeName(o));
        }
        PyObject r = Special.call0(f, o);
        if (!(r instanceof PyInt i)) {
            throw PyErr.typeError("__index__ returned non-int (type %s)", Ops.typeName(r));
        }
        return i;
    }

    /** CPython: PyObject_Repr. */
    static PyStr repr(PyObject o) {
        PyObject f = o.type().lookup("__repr__");
        // a level of recursion depth, so a __repr__ (or a container) that recurses without end
        // says so as CPython's does
        ThreadState ts = ThreadState.current();
        ts.enterCall(" while getting the repr of an object");
        PyObject r;
        try {
            r = Special.call0(f, o);
        } finally {
            ts.leaveCall();
        }
        if (r instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("__repr__ returned non-string (type %s)", Ops.typeName(r));
    }

    /** CPython: PyObject_Str. */
    static PyStr str(PyObject o) {
        if (o.type() == PyStr.TYPE) {
            return (PyStr) o;
        }
        PyObject f = o.type().lookup("__str__");
        ThreadState ts = ThreadState.current();
        ts.enterCall(" while getting the str of an object");
        PyObject r;
        try {
            r = Special.call0(f, o);
        } finally {
            ts.leaveCall();
        }
        if (r instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("__str__ returned non-string (type %s)", Ops.typeName(r));
    }

    /** CPython: PyObject_Format. */
    static PyStr format(PyObject o, PyStr spec) {
        if (spec.value().isEmpty()) {
            if (o.type() == PyStr.TYPE) {
                return (PyStr) o;
            } else if (o.type() == PyInt.TYPE) {
                return str(o);
            }
        }
        PyObject f = o.type().lookup("__format__");
        if (f == null) {
            throw PyErr.typeError("Type %s doesn't define __format__", Ops.typeName(o));
        }
        PyObject r = Special.call1(f, o, spec);
        if (r instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("__format__ must return a str, not %s", Ops.typeName(r));
    }
}
