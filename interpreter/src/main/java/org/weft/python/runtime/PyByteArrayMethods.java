package org.weft.python.runtime;

/**
 * The special methods and mutators of {@code bytearray}; the named methods shared with bytes are
 * in {@link BytesMethods}. CPython: bytearrayobject.c.
 */
final class PyByteArrayMethods {

    private static final ArgParser INIT = ArgParser.of("bytearray", "source=", "encoding=", "errors=");

    private PyByteArrayMethods() {
    }

    static void define(TypeBuilder b) {
        b.doc("bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
                + "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
                + "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
                + "bytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n"
                + "  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n"
                + "  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer");
        b.newFn((type, args, kw) -> new PyByteArray(type));
        b.initFn((self, args, kw) -> {
            PyObject[] a = INIT.parse(args, kw);
            ba(self).setAll(BytesSource.toBytes(a[0], a[1], a[2], "bytearray"));
            return PyNone.NONE;
        });
        b.constant("__hash__", PyNone.NONE);
        b.method0("__repr__", self -> PyStr.of(repr(self)));
        b.method0("__str__", self -> PyStr.of(repr(self)));
        b.method0("__len__", self -> PyInt.of(ba(self).size()));
        b.method0("__iter__", PyBytesIterator::new);
        // CPython: ob_alloc counts the trailing NUL of a non-empty buffer; __sizeof__ is the object plus it
        b.method0("__alloc__", self -> PyInt.of(alloc(ba(self))));
        b.method0("__sizeof__", self -> PyInt.of(56L + alloc(ba(self))));
        b.method1("__getitem__", (self, key) -> BytesSubscript.getItem(self, ba(self).view(), key));
        b.method2("__setitem__", (self, key, value) -> {
            setItem(ba(self), key, value);
            return PyNone.NONE;
        });
        b.method1("__delitem__", (self, key) -> {
            setItem(ba(self), key, null);
            return PyNone.NONE;
        });
        b.method1("__contains__", (self, x) -> PyBool.of(PyBytesMethods.contains(ba(self).view(), x)));
        defineOperators(b);
        defineMutators(b);
        BytesMethods.define(b);
        ByteArrayReduce.define(b);
    }

    private static PyByteArray ba(PyObject self) {
        return (PyByteArray) self;
    }

    private static String repr(PyObject self) {
        ByteView v = ba(self).view();
        StringBuilder sb = new StringBuilder(v.n() + 16).append(self.type().getName()).append("(b");
        BytesRepr.append(sb, v.buf(), v.n(), true);
        return sb.append(')').toString();
    }

    private static void defineOperators(TypeBuilder b) {
        for (CompareOp op : CompareOp.values()) {
            b.method1(PyBytesMethods.dunder(op), (self, o) -> {
                ByteView w = BytesArgs.viewOrNull(o);
                return w == null ? PyNotImplemented.NOT_IMPLEMENTED
                        : PyBool.of(PyBytesMethods.test(PyBytesMethods.compare(ba(self).view(), w), op));
            });
        }
        b.method1("__add__", (self, o) -> new PyByteArray(PyBytesMethods.concat(ba(self).view(), concatArg(o))));
        b.method1("__iadd__", (self, o) -> {
            if (o == self) {
                // CPython 3.11's bytearray_iconcat holds a buffer export of its operand while it
                // resizes, so b += b finds itself exported (extend() and slice assignment copy first)
                throw PyErr.format(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
            }
            ByteView w = concatArg(o);
            ba(self).extend(w.buf(), w.n());
            return self;
        });
        b.method1("__mul__", PyByteArrayMethods::mul);
        b.method1("__rmul__", PyByteArrayMethods::mul);
        b.method1("__imul__", (self, n) -> {
            byte[] r = PyBytesMethods.repeat(ba(self).view(), n);
            if (r == null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            ba(self).setAll(r);
            return self;
        });
    }

    private static ByteView concatArg(PyObject o) {
        ByteView w = BytesArgs.viewOrNull(o);
        if (w == null) {
            throw PyErr.typeError("can't concat %s to bytearray", Ops.typeName(o));
        }
        return w;
    }

    private static PyObject mul(PyObject self, PyObject n) {
        byte[] r = PyBytesMethods.repeat(ba(self).view(), n);
        return r == null ? PyNotImplemented.NOT_IMPLEMENTED : new PyByteArray(r);
    }

    // CPython: bytearray_ass_subscript; value null deletes
    private static void setItem(PyByteArray self, PyObject key, PyObject value) {
        if (key instanceof PySlice slice) {
            long step = SliceIndices.unpackStep(slice.step());
            long start = slice.start() == PyNone.NONE ? (step < 0 ? Long.MAX_VALUE : 0)
                    : SliceIndices.sliceIndex(slice.start());
            long stop = slice.stop() == PyNone.NONE ? (step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE)
                    : SliceIndices.sliceIndex(slice.stop());
            self.setSlice(start, stop, step, value == null ? null : sliceSource(value));
            return;
        }
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw PyErr.typeError("bytearray indices must be integers or slices, not %s", Ops.typeName(key));
        }
        long i = SliceIndices.itemIndex(key, "bytearray");
        int byteValue = value == null ? 0 : BytesArgs.byteValue(value);
        int k = SliceIndices.normalize(i, self.size());
        boolean done = k >= 0 && (value == null ? self.pop(k) >= 0 : self.set(k, (byte) byteValue));
        if (!done) {
            throw PyErr.indexError("bytearray index out of range");
        }
    }

    /** The bytes assigned to a slice: bytes-like or an iterable of ints, never an int or a str. */
    private static byte[] sliceSource(PyObject value) {
        ByteView v = BytesArgs.viewOrNull(value);
        if (v != null) {
            return v.copy();
        }
        if (value instanceof PyInt || value instanceof PyStr || !BytesArgs.isIterable(value)) {
            throw PyErr.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        return BytesArgs.fromIterable(value, "byte must be in range(0, 256)");
    }

    private static void defineMutators(TypeBuilder b) {
        b.method1("append", (self, x) -> {
            ba(self).append((byte) BytesArgs.byteValue(x));
            return PyNone.NONE;
        });
        b.method1("extend", (self, it) -> {
            byte[] data = extendSource(it);
            ba(self).extend(data, data.length);
            return PyNone.NONE;
        });
        b.method("insert", "insert($self, index, item, /)", (self, args, kw) -> {
            StrArgs.positional("insert", args, kw, 2, 2);
            long where = StrArgs.asSize(args[0]);
            int value = BytesArgs.byteValue(args[1]);
            PyByteArray a = ba(self);
            synchronized (a) {
                int n = a.size();
                int at = (int) (where < 0 ? Math.max(where + n, 0) : Math.min(where, n));
                a.replace(at, at, new byte[] {(byte) value});
            }
            return PyNone.NONE;
        });
        b.method("pop", "pop($self, index=-1, /)", (self, a, kw) -> {
            StrArgs.positional("pop", a, kw, 0, 1);
            PyByteArray arr = ba(self);
            if (arr.size() == 0) {
                throw PyErr.indexError("pop from empty bytearray");
            }
            int r = arr.pop(StrArgs.asSize(StrArgs.opt(a, 0), -1));
            if (r < 0) {
                throw PyErr.indexError("pop index out of range");
            }
            return PyInt.of(r);
        });
        b.method1("remove", (self, x) -> {
            int value = BytesArgs.byteValue(x);
            PyByteArray arr = ba(self);
            synchronized (arr) {
                ByteView v = arr.view();
                for (int i = 0; i < v.n(); i++) {
                    if ((v.buf()[i] & 0xff) == value) {
                        arr.replace(i, i + 1, ByteView.EMPTY.buf());
                        return PyNone.NONE;
                    }
                }
            }
            throw PyErr.valueError("value not found in bytearray");
        });
        b.method0("clear", self -> {
            ba(self).setAll(ByteView.EMPTY.buf());
            return PyNone.NONE;
        });
        b.method0("copy", self -> new PyByteArray(ba(self).toByteArray()));
        b.method0("reverse", self -> {
            PyByteArray arr = ba(self);
            synchronized (arr) {
                byte[] r = arr.toByteArray();
                for (int i = 0, j = r.length - 1; i < j; i++, j--) {
                    byte t = r[i];
                    r[i] = r[j];
                    r[j] = t;
                }
                arr.setAll(r);
            }
            return PyNone.NONE;
        });
    }

    private static byte[] extendSource(PyObject it) {
        ByteView v = BytesArgs.viewOrNull(it);
        if (v != null) {
            return v.copy();
        }
        if (!BytesArgs.isIterable(it)) {
            throw PyErr.typeError("can't extend bytearray with %s", Ops.typeName(it));
        }
        return BytesArgs.fromIterable(it, "byte must be in range(0, 256)");
    }

    private static long alloc(PyByteArray b) {
        int n = b.view().buf().length;
        return n == 0 ? 0 : n + 1L;
    }
}
