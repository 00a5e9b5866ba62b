package org.weft.python.runtime;

/**
 * The methods of {@code tuple}. Tuples are immutable, so no method needs a lock or a snapshot.
 */
final class PyTupleMethods {

    private PyTupleMethods() {
    }

    static void define(TypeBuilder b) {
        // PEP 585: list[int] makes a types.GenericAlias, as for every built-in collection.
        b.classmethod("__class_getitem__", null, PyGenericAlias::classGetItem);
        b.doc("tuple(iterable=(), /)\n--\n\nBuilt-in immutable sequence.\n\n"
                + "If no argument is given, the constructor returns an empty tuple.\n"
                + "If iterable is specified the tuple is initialized from iterable's items.\n\n"
                + "If the argument is a tuple, the return value is the same object.");
        b.newFn(PyTupleMethods::tupleNew);
        b.method0("__repr__", self -> PyStr.of(repr((PyTuple) self)));
        b.method0("__hash__", self -> PyInt.of(hash((PyTuple) self)));
        b.method0("__len__", self -> PyInt.of(((PyTuple) self).items.length));
        b.method1("__getitem__", (self, i) -> getItem((PyTuple) self, i));
        b.method1("__contains__", (self, x) -> PyBool.of(contains((PyTuple) self, x)));
        b.method0("__iter__", self -> new PySequenceIterator.TupleIterator((PyTuple) self));
        b.method1("__add__", PyTupleMethods::add);
        b.method1("__mul__", PyTupleMethods::mul);
        b.method1("__rmul__", PyTupleMethods::mul);
        b.method1("__eq__", (self, o) -> compare(self, o, CompareOp.EQ));
        b.method1("__ne__", (self, o) -> compare(self, o, CompareOp.NE));
        b.method1("__lt__", (self, o) -> compare(self, o, CompareOp.LT));
        b.method1("__le__", (self, o) -> compare(self, o, CompareOp.LE));
        b.method1("__gt__", (self, o) -> compare(self, o, CompareOp.GT));
        b.method1("__ge__", (self, o) -> compare(self, o, CompareOp.GE));
        b.method1("count", (self, x) -> {
            PyObject[] a = ((PyTuple) self).items;
            return PyInt.of(SequenceSupport.count(a, a.length, x));
        });
        b.method("index", "index($self, value, start=0, stop=sys.maxsize, /)", PyTupleMethods::index);
        b.method0("__getnewargs__", self -> PyTuple.of(PyTuple.of(((PyTuple) self).items)));
    }

    // CPython: tuple_new_impl in tupleobject.c
    private static PyObject tupleNew(PyType type, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0 && type == PyTuple.TYPE) {
            throw PyErr.typeError("tuple() takes no keyword arguments");
        }
        int npos = Sequences.positionalCount(args, kwnames);
        if (npos > 1) {
            throw PyErr.typeError("tuple expected at most 1 argument, got %d", npos);
        }
        PyObject[] items = npos == 0 ? new PyObject[0] : Sequences.extendItems(args[0]);
        if (type == PyTuple.TYPE) {
            if (npos == 1 && args[0].type() == PyTuple.TYPE) {
                return args[0];
            }
            return PyTuple.of(items);
        }
        return new PyTuple(type, items);
    }

    static String repr(PyTuple t) {
        PyObject[] a = t.items;
        if (a.length == 0) {
            return "()";
        }
        if (!Ops.reprEnter(t)) {
            return "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder("(");
            SequenceSupport.appendReprs(sb, a, a.length);
            return sb.append(a.length == 1 ? ",)" : ")").toString();
        } finally {
            Ops.reprLeave(t);
        }
    }

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L; // 11400714785074694791
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL; // 14029467366897019727
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L; // 2870177450012600261

    /** CPython: tuplehash in tupleobject.c (the xxHash-based version of 3.8+), bit for bit. */
    static long hash(PyTuple t) {
        PyObject[] a = t.items;
        long acc = XXPRIME_5;
        for (PyObject item : a) {
            long lane = Ops.hash(item);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += a.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    static PyObject getItem(PyTuple t, PyObject index) {
        PyObject[] a = t.items;
        if (index instanceof PySlice s) {
            SliceIndices si = SliceIndices.of(s, a.length);
            if (si.step() == 1 && si.start() == 0 && si.length() == a.length && t.type() == PyTuple.TYPE) {
                return t;
            }
            return PyTuple.of(Sequences.sliceCopy(a, si));
        }
        int i = SliceIndices.normalize(SliceIndices.itemIndex(index, "tuple"), a.length);
        if (i < 0) {
            throw PyErr.indexError("tuple index out of range");
        }
        return a[i];
    }

    static boolean contains(PyTuple t, PyObject x) {
        for (PyObject item : t.items) {
            if (Ops.eqForContainer(item, x)) {
                return true;
            }
        }
        return false;
    }

    private static PyObject add(PyObject self, PyObject o) {
        if (!(o instanceof PyTuple other)) {
            throw PyErr.typeError("can only concatenate tuple (not \"%s\") to tuple", Ops.typeName(o));
        }
        PyObject[] a = ((PyTuple) self).items;
        PyObject[] c = other.items;
        PyObject[] r = new PyObject[SequenceSupport.repeatedSize(1, (long) a.length + c.length)];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(c, 0, r, a.length, c.length);
        return PyTuple.of(r);
    }

    private static PyObject mul(PyObject self, PyObject n) {
        long count = SequenceSupport.repeatCount(n);
        if (count < 0) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyTuple t = (PyTuple) self;
        if (count == 1 && t.type() == PyTuple.TYPE) {
            return t;
        }
        return PyTuple.of(SequenceSupport.repeat(t.items, t.items.length, count));
    }

    private static PyObject compare(PyObject self, PyObject o, CompareOp op) {
        if (!(o instanceof PyTuple other)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject[] a = ((PyTuple) self).items;
        return SequenceSupport.compare(a, a.length, other.items, other.items.length, op);
    }

    // CPython: tuple_index_impl in tupleobject.c
    private static PyObject index(PyObject self, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("tuple.index", kwnames);
        ArgParser.checkPositional("index", args.length, 1, 3);
        PyObject[] a = ((PyTuple) self).items;
        int start = SequenceSupport.boundIndex(args.length > 1 ? args[1] : null, a.length, 0);
        int stop = SequenceSupport.boundIndex(args.length > 2 ? args[2] : null, a.length, a.length);
        int i = SequenceSupport.indexOf(a, a.length, args[0], start, stop);
        if (i < 0) {
            throw PyErr.valueError("tuple.index(x): x not in tuple");
        }
        return PyInt.of(i);
    }
}
