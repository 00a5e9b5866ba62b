package org.weft.python.runtime;

/**
 * The methods of {@code dict}. Reads go through {@link PyDict}'s lock-free lookup; each mutation
 * is one critical section of {@link PyDict}, entered only after keys are hashed and arguments
 * iterated, so no Python code runs under the lock. Views live in {@link DictViews}.
 */
final class PyDictMethods {

    private PyDictMethods() {
    }

    static void define(TypeBuilder b) {
        // PEP 585: list[int] makes a types.GenericAlias, as for every built-in collection.
        b.classmethod("__class_getitem__", null, PyGenericAlias::classGetItem);
        b.doc("dict() -> new empty dictionary\n"
                + "dict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\n"
                + "dict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n"
                + "        d[k] = v\n"
                + "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
                + "    in the keyword argument list.  For example:  dict(one=1, two=2)");
        b.newFn((type, args, kwnames) -> new PyDict(type));
        b.initFn((self, args, kwnames) -> {
            updateCommon((PyDict) self, args, kwnames, "dict");
            return PyNone.NONE;
        });
        b.constant("__hash__", PyNone.NONE);
        b.method0("__repr__", self -> PyStr.of(repr((PyDict) self)));
        b.method0("__len__", self -> PyInt.of(((PyDict) self).size()));
        b.method1("__getitem__", PyDictMethods::getItem);
        b.method2("__setitem__", (self, k, v) -> {
            ((PyDict) self).setItem(k, v);
            return PyNone.NONE;
        });
        b.method1("__delitem__", (self, k) -> {
            if (((PyDict) self).delItem(k) == null) {
                throw PyErr.keyError(k);
            }
            return PyNone.NONE;
        });
        b.method1("__contains__", (self, k) -> PyBool.of(((PyDict) self).containsKey(k)));
        b.method0("__iter__", self -> new DictIterator((PyDict) self, DictIterator.Kind.KEYS, false));
        b.method0("__reversed__", self -> new DictIterator((PyDict) self, DictIterator.Kind.KEYS, true));
        b.method0("__sizeof__", self -> PyInt.of(sizeOf((PyDict) self)));
        b.method1("__eq__", (self, o) -> o instanceof PyDict d ? PyBool.of(equal((PyDict) self, d))
                : PyNotImplemented.NOT_IMPLEMENTED);
        b.method1("__ne__", (self, o) -> o instanceof PyDict d ? PyBool.of(!equal((PyDict) self, d))
                : PyNotImplemented.NOT_IMPLEMENTED);
        b.method1("__or__", (self, o) -> or(self, o));
        b.method1("__ror__", (self, o) -> or(o, self));
        b.method1("__ior__", (self, o) -> {
            updateArg((PyDict) self, o);
            return self;
        });
        b.method("get", "get($self, key, default=None, /)", PyDictMethods::get,
                (self, key) -> get((PyDict) self, key, PyNone.NONE), (self, key, dflt) -> get((PyDict) self, key, dflt));
        b.method("setdefault", "setdefault($self, key, default=None, /)", PyDictMethods::setdefault,
                (self, key) -> setdefault((PyDict) self, key, PyNone.NONE),
                (self, key, dflt) -> setdefault((PyDict) self, key, dflt));
        b.method("pop", "pop($self, key, default=<unrepresentable>, /)", PyDictMethods::pop);
        b.method0("popitem", self -> popitem((PyDict) self));
        b.method("update", "update($self, other=(), /, **kwargs)", (self, args, kwnames) -> {
            updateCommon((PyDict) self, args, kwnames, "update");
            return PyNone.NONE;
        });
        b.method0("clear", self -> {
            ((PyDict) self).clear();
            return PyNone.NONE;
        });
        b.method0("copy", self -> copyOf((PyDict) self));
        b.method0("keys", self -> new DictViews.Keys((PyDict) self));
        b.method0("values", self -> new DictViews.Values((PyDict) self));
        b.method0("items", self -> new DictViews.Items((PyDict) self));
        b.classmethod("fromkeys", "fromkeys($type, iterable, value=None, /)", PyDictMethods::fromkeys);
    }

    static String repr(PyDict d) {
        PyDict.Snapshot s = d.snapshot();
        if (s.size() == 0) {
            return "{}";
        }
        if (!Ops.reprEnter(d)) {
            return "{...}";
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < s.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Ops.repr(s.keys()[i]).value()).append(": ").append(Ops.repr(s.values()[i]).value());
            }
            return sb.append('}').toString();
        } finally {
            Ops.reprLeave(d);
        }
    }

    // CPython: dict_subscript in dictobject.c (__missing__ only for subclasses, only here)
    private static PyObject getItem(PyObject self, PyObject key) {
        PyDict d = (PyDict) self;
        PyObject v = d.getItem(key);
        if (v != null) {
            return v;
        }
        if (d.type() != PyDict.TYPE) {
            PyObject missing = d.type().lookup("__missing__");
            if (missing != null) {
                return Ops.callMethod(d, "__missing__", key);
            }
        }
        throw PyErr.keyError(key);
    }

    private static PyObject get(PyObject self, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("dict.get", kwnames);
        ArgParser.checkPositional("get", args.length, 1, 2);
        return get((PyDict) self, args[0], args.length > 1 ? args[1] : PyNone.NONE);
    }

    private static PyObject get(PyDict d, PyObject key, PyObject dflt) {
        PyObject v = d.getItem(key);
        return v != null ? v : dflt;
    }

    // CPython: PyDict_SetDefault, atomic: the lookup and the insert are one critical section.
    private static PyObject setdefault(PyObject self, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("dict.setdefault", kwnames);
        ArgParser.checkPositional("setdefault", args.length, 1, 2);
        PyObject dflt = args.length > 1 ? args[1] : PyNone.NONE;
        return setdefault((PyDict) self, args[0], dflt);
    }

    /** {@code d.setdefault(key, dflt)}, atomically. */
    static PyObject setdefault(PyDict d, PyObject key, PyObject dflt) {
        long hash = PyDict.hashOf(key);
        d.lockWrite();
        try {
            int ix = d.findLocked(key, hash);
            if (ix >= 0) {
                return d.table.values[ix];
            }
            d.insertLocked(key, hash, dflt);
            return dflt;
        } finally {
            d.unlockWrite();
        }
    }

    private static PyObject pop(PyObject self, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("dict.pop", kwnames);
        ArgParser.checkPositional("pop", args.length, 1, 2);
        PyObject v = ((PyDict) self).delItem(args[0]);
        if (v != null) {
            return v;
        }
        if (args.length > 1) {
            return args[1];
        }
        throw PyErr.keyError(args[0]);
    }

    // CPython: dict_popitem_impl in dictobject.c (LIFO)
    private static PyObject popitem(PyDict d) {
        d.lockWrite();
        try {
            DictTable t = d.table;
            int i = t.nentries - 1;
            while (i >= 0 && t.keys[i] == null) {
                i--;
            }
            if (i < 0) {
                throw PyErr.format(PyExc.KeyError, "popitem(): dictionary is empty");
            }
            PyObject k = t.keys[i];
            // The entry slot is not handed back (nentries stays): its index slot stays DUMMY, and only
            // counting it keeps a table that is filled and popped in turn from running out of EMPTY
            // index slots (lookups would probe forever) before it is resized. CPython keeps its
            // dk_usable down for the same reason.
            PyObject v = d.removeEntry(t, i, t.hashes[i]);
            return PyTuple.of(k, v);
        } finally {
            d.unlockWrite();
        }
    }

    /** {@code dict(...)}, {@code d.update(...)}: one optional positional argument, then keywords. */
    static void updateCommon(PyDict d, PyObject[] args, String[] kwnames, String name) {
        int nk = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nk;
        ArgParser.checkPositional(name, npos, 0, 1);
        if (npos == 1) {
            updateArg(d, args[0]);
        }
        for (int i = 0; i < nk; i++) {
            d.setItem(PyStr.of(kwnames[i]), args[npos + i]);
        }
    }

    /** Merges a mapping, or an iterable of pairs, into {@code d}. CPython: dict_update_arg. */
    static void updateArg(PyDict d, PyObject arg) {
        if (arg instanceof PyDict src && (src.type() == PyDict.TYPE || Sequences.inheritsIter(src, PyDict.TYPE))) {
            d.insertAll(src.snapshot());
            return;
        }
        if (Ops.getattrOrNull(arg, "keys") != null) {
            PyObject keys = Ops.callMethod(arg, "keys");
            PyObject it = Ops.iter(keys);
            for (PyObject k; (k = Ops.next(it)) != null;) {
                d.setItem(k, Ops.getitem(arg, k));
            }
            return;
        }
        mergeFromPairs(d, arg);
    }

    // CPython: PyDict_MergeFromSeq2 in dictobject.c
    private static void mergeFromPairs(PyDict d, PyObject iterable) {
        PyObject it = Ops.iter(iterable);
        int i = 0;
        for (PyObject item; (item = Ops.next(it)) != null; i++) {
            PyObject[] pair = pairOf(item, i);
            d.setItem(pair[0], pair[1]);
        }
    }

    private static PyObject[] pairOf(PyObject item, int i) {
        PyObject[] pair;
        if (item instanceof PyTuple t) {
            pair = t.items;
        } else if (item instanceof PyList l) {
            pair = l.snapshot();
        } else {
            PyObject it;
            try {
                it = Ops.iter(item);
            } catch (PyException e) {
                if (!e.matches(PyExc.TypeError)) {
                    throw e;
                }
                throw PyErr.typeError("cannot convert dictionary update sequence element #%d to a sequence", i);
            }
            pair = Sequences.toArray(it);
        }
        if (pair.length != 2) {
            throw PyErr.valueError("dictionary update sequence element #%d has length %d; 2 is required",
                    i, pair.length);
        }
        return pair;
    }

    // CPython: dict_equal in dictobject.c
    static boolean equal(PyDict a, PyDict b) {
        if (a == b) {
            return true;
        }
        PyDict.Snapshot s = a.snapshot();
        if (s.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < s.size(); i++) {
            PyObject bv = b.lookup(s.keys()[i], s.hashes()[i]);
            if (bv == null || !Ops.eqForContainer(s.values()[i], bv)) {
                return false;
            }
        }
        return true;
    }

    private static PyObject or(PyObject left, PyObject right) {
        if (!(left instanceof PyDict l) || !(right instanceof PyDict)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyDict r = copyOf(l);
        updateArg(r, right);
        return r;
    }

    /**
     * A plain dict with {@code d}'s items: from its storage, unless it is a subclass with its own
     * iteration, which is asked through keys() and __getitem__. CPython: PyDict_Copy (dict_merge).
     */
    private static PyDict copyOf(PyDict d) {
        if (d.type() == PyDict.TYPE || Sequences.inheritsIter(d, PyDict.TYPE)) {
            return d.copy();
        }
        PyDict r = new PyDict();
        updateArg(r, d);
        return r;
    }

    // CPython: _PyDict_FromKeys in dictobject.c
    private static PyObject fromkeys(PyObject type, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("dict.fromkeys", kwnames);
        ArgParser.checkPositional("fromkeys", args.length, 1, 2);
        PyObject value = args.length > 1 ? args[1] : PyNone.NONE;
        PyObject d = Ops.call(type);
        PyObject it = Ops.iter(args[0]);
        boolean exact = d.type() == PyDict.TYPE;
        for (PyObject k; (k = Ops.next(it)) != null;) {
            if (exact) {
                ((PyDict) d).setItem(k, value);
            } else {
                Ops.setitem(d, k, value);
            }
        }
        return d;
    }

    // CPython 3.11 dict_sizeof, for the table CPython would have after inserting len(d) keys one by
    // one: 8 slots, grown to the power of two >= 3 * used when full. Entries are 16 bytes when
    // every key is a str (a "unicode" table), else 24; indices 1, 2 or 4 bytes by table size.
    private static long sizeOf(PyDict d) {
        long shared = SharedKeysSize.of(d);
        if (shared >= 0) {
            return shared;
        }
        long n = d.size();
        if (n == 0) {
            return 48;
        }
        long size = 8;
        while (usable(size) < n) {
            long want = usable(size) * 3;
            while (size < want) {
                size <<= 1;
            }
        }
        boolean unicode = true;
        for (PyObject k : d.keys()) {
            unicode &= k.type() == PyStr.TYPE;
        }
        long indexBytes = size <= 0x80 ? 1 : size <= 0x8000 ? 2 : size <= 0x80000000L ? 4 : 8;
        return 48 + 32 + size * indexBytes + usable(size) * (unicode ? 16 : 24);
    }

    private static long usable(long size) {
        return (size << 1) / 3;
    }
}
