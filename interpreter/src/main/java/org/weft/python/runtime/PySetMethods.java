package org.weft.python.runtime;

/**
 * The methods of {@code set} and {@code frozenset}: one definition, with the mutating methods
 * declared only for {@code set}. The algebra is in {@link SetAlgebra}.
 */
final class PySetMethods {

    private PySetMethods() {
    }

    static void define(TypeBuilder b, boolean frozen) {
        // PEP 585: list[int] makes a types.GenericAlias, as for every built-in collection.
        b.classmethod("__class_getitem__", null, PyGenericAlias::classGetItem);
        String name = frozen ? "frozenset" : "set";
        b.doc(frozen
                ? "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
                        + "Build an immutable unordered collection of unique elements."
                : "set() -> new empty set object\nset(iterable) -> new set object\n\n"
                        + "Build an unordered collection of unique elements.");
        if (frozen) {
            b.newFn(PySetMethods::frozensetNew);
            b.method0("__hash__", self -> PyInt.of(((PyFrozenSet) self).hash()));
        } else {
            b.newFn((type, args, kwnames) -> new PySet(type));
            b.initFn(PySetMethods::setInit);
            b.constant("__hash__", PyNone.NONE);
            defineMutators(b);
        }
        b.method0("__repr__", self -> PyStr.of(repr((PyBaseSet) self)));
        b.method0("__len__", self -> PyInt.of(((PyBaseSet) self).size()));
        b.method1("__contains__", (self, k) -> PyBool.of(contains((PyBaseSet) self, k)));
        b.method0("__iter__", self -> new SetIterator((PyBaseSet) self));
        b.method0("__sizeof__", self -> PyInt.of(200L + (((PyBaseSet) self).table.keys.length > 8
                ? 16L * ((PyBaseSet) self).table.keys.length : 0)));
        b.method0("__reduce__", self -> PyTuple.of(self.type(),
                PyTuple.of(new PyList(elements((PyBaseSet) self))),
                self.getDict() == null ? PyNone.NONE : self.getDict()));
        b.method0("copy", self -> self.type() == PyFrozenSet.TYPE ? self : SetAlgebra.copy((PyBaseSet) self));
        b.method("union", "union($self, /, *others)", (self, args, kw) -> {
            ArgParser.noKeywords(name + ".union", kw);
            PyBaseSet r = SetAlgebra.copy((PyBaseSet) self);
            for (PyObject o : args) {
                if (o != self) {
                    SetAlgebra.update(r, o);
                }
            }
            return r;
        });
        b.method("intersection", "intersection($self, /, *others)", (self, args, kw) -> {
            ArgParser.noKeywords(name + ".intersection", kw);
            PyBaseSet r = (PyBaseSet) self;
            if (args.length == 0) {
                return SetAlgebra.copy(r);
            }
            for (PyObject o : args) {
                r = SetAlgebra.intersection(r, o);
            }
            return r;
        });
        b.method("difference", "difference($self, /, *others)", (self, args, kw) -> {
            ArgParser.noKeywords(name + ".difference", kw);
            if (args.length == 0) {
                return SetAlgebra.copy((PyBaseSet) self);
            }
            PyBaseSet r = SetAlgebra.difference((PyBaseSet) self, args[0]);
            for (int i = 1; i < args.length; i++) {
                SetAlgebra.differenceUpdate(r, args[i]);
            }
            return r;
        });
        b.method1("symmetric_difference", (self, o) -> SetAlgebra.symmetricDifference((PyBaseSet) self, o));
        b.method1("issubset", (self, o) -> PyBool.of(SetAlgebra.isSubset((PyBaseSet) self, o)));
        b.method1("issuperset", (self, o) -> PyBool.of(SetAlgebra.isSuperset((PyBaseSet) self, o)));
        b.method1("isdisjoint", (self, o) -> PyBool.of(SetAlgebra.isDisjoint((PyBaseSet) self, o)));
        SetOperators.define(b);
    }

    private static void defineMutators(TypeBuilder b) {
        b.method1("add", (self, k) -> {
            ((PyBaseSet) self).add(k);
            return PyNone.NONE;
        });
        b.method1("discard", (self, k) -> {
            discardKey((PyBaseSet) self, k);
            return PyNone.NONE;
        });
        b.method1("remove", (self, k) -> {
            if (!discardKey((PyBaseSet) self, k)) {
                throw PyErr.keyError(k);
            }
            return PyNone.NONE;
        });
        b.method0("pop", self -> pop((PyBaseSet) self));
        b.method0("clear", self -> {
            ((PyBaseSet) self).clearAll();
            return PyNone.NONE;
        });
        b.method("update", "update($self, /, *others)", (self, args, kw) -> {
            ArgParser.noKeywords("set.update", kw);
            for (PyObject o : args) {
                SetAlgebra.update((PyBaseSet) self, o);
            }
            return PyNone.NONE;
        });
        b.method("intersection_update", "intersection_update($self, /, *others)", (self, args, kw) -> {
            ArgParser.noKeywords("set.intersection_update", kw);
            PyBaseSet r = (PyBaseSet) self;
            for (PyObject o : args) {
                r = SetAlgebra.intersection(r, o);
            }
            if (r != self) {
                SetAlgebra.takeBody((PyBaseSet) self, r);
            }
            return PyNone.NONE;
        });
        b.method("difference_update", "difference_update($self, /, *others)", (self, args, kw) -> {
            ArgParser.noKeywords("set.difference_update", kw);
            for (PyObject o : args) {
                SetAlgebra.differenceUpdate((PyBaseSet) self, o);
            }
            return PyNone.NONE;
        });
        b.method1("symmetric_difference_update", (self, o) -> {
            SetAlgebra.symmetricDifferenceUpdate((PyBaseSet) self, o);
            return PyNone.NONE;
        });
    }

    // CPython: set_init in setobject.c
    private static PyObject setInit(PyObject self, PyObject[] args, String[] kwnames) {
        if (self.type() == PySet.TYPE) {
            ArgParser.noKeywords("set", kwnames);
        }
        int npos = Sequences.positionalCount(args, kwnames);
        ArgParser.checkPositional("set", npos, 0, 1);
        PyBaseSet s = (PyBaseSet) self;
        if (s.size() > 0) {
            s.clearAll();
        }
        if (npos == 1) {
            SetAlgebra.update(s, args[0]);
        }
        return PyNone.NONE;
    }

    // CPython: frozenset_new in setobject.c
    private static PyObject frozensetNew(PyType type, PyObject[] args, String[] kwnames) {
        if (type == PyFrozenSet.TYPE) {
            ArgParser.noKeywords("frozenset", kwnames);
        }
        int npos = Sequences.positionalCount(args, kwnames);
        ArgParser.checkPositional("frozenset", npos, 0, 1);
        if (type == PyFrozenSet.TYPE && npos == 1 && args[0].type() == PyFrozenSet.TYPE) {
            return args[0];
        }
        PyFrozenSet s = new PyFrozenSet(type);
        if (npos == 1) {
            SetAlgebra.update(s, args[0]);
        }
        return s;
    }

    /**
     * Hashes {@code key}; a set key is looked up as the equivalent frozenset, as CPython's
     * set_contains, set_discard and set_remove do.
     */
    private static PyObject hashableKey(PyObject key, long[] hashOut) {
        try {
            hashOut[0] = PyDict.hashOf(key);
            return key;
        } catch (PyException e) {
            if (!(key instanceof PySet s) || !e.matches(PyExc.TypeError)) {
                throw e;
            }
            PyFrozenSet f = new PyFrozenSet();
            SetAlgebra.merge(f, s);
            hashOut[0] = f.hash();
            return f;
        }
    }

    static boolean contains(PyBaseSet so, PyObject key) {
        PyType t = key.type();
        if (t == PyInt.TYPE || t == PyStr.TYPE) { // hashed by value, never a set to freeze: no out-array, no handler
            return so.containsHashed(key, Protocols.hash(key));
        }
        long[] h = new long[1];
        PyObject k = hashableKey(key, h);
        return so.containsHashed(k, h[0]);
    }

    static boolean discardKey(PyBaseSet so, PyObject key) {
        PyType t = key.type();
        if (t == PyInt.TYPE || t == PyStr.TYPE) {
            return so.discardHashed(key, Protocols.hash(key));
        }
        long[] h = new long[1];
        PyObject k = hashableKey(key, h);
        return so.discardHashed(k, h[0]);
    }

    // CPython: set_pop in setobject.c (the finger makes repeated pops O(1) amortised)
    private static PyObject pop(PyBaseSet so) {
        so.lockWrite();
        try {
            SetTable t = so.table;
            if (t.used == 0) {
                throw PyErr.format(PyExc.KeyError, "pop from an empty set");
            }
            int mask = t.mask();
            int i = so.finger & mask;
            while (t.keys[i] == null || t.keys[i] == SetTable.DUMMY) {
                i = (i + 1) & mask;
            }
            PyObject k = t.keys[i];
            t.keys[i] = SetTable.DUMMY;
            t.hashes[i] = -1;
            t.used--;
            so.finger = i + 1;
            return k;
        } finally {
            so.unlockWrite();
        }
    }

    /** The elements in table order. */
    static PyObject[] elements(PyBaseSet so) {
        SetTable t = so.snapshot();
        PyObject[] r = new PyObject[t.used];
        int n = 0;
        for (int i = 0; i < t.keys.length && n < r.length; i++) {
            PyObject k = t.keys[i];
            if (k != null && k != SetTable.DUMMY) {
                r[n++] = k;
            }
        }
        return r;
    }

    // CPython: set_repr in setobject.c
    static String repr(PyBaseSet so) {
        String typeName = so.type().getName();
        PyObject[] els = elements(so);
        if (els.length == 0) {
            return typeName + "()";
        }
        if (!Ops.reprEnter(so)) {
            return typeName + "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder();
            boolean plainSet = so.type() == PySet.TYPE;
            if (!plainSet) {
                sb.append(typeName).append('(');
            }
            sb.append('{');
            SequenceSupport.appendReprs(sb, els, els.length);
            sb.append('}');
            if (!plainSet) {
                sb.append(')');
            }
            return sb.toString();
        } finally {
            Ops.reprLeave(so);
        }
    }
}
