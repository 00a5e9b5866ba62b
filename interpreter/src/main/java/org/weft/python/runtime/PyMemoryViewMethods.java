package org.weft.python.runtime;

/** The methods and attributes of {@code memoryview}. CPython: memoryobject.c. */
final class PyMemoryViewMethods {

    private static final ArgParser NEW = ArgParser.of("memoryview", "object");
    private static final ArgParser TOBYTES = ArgParser.of("tobytes", "order=");
    private static final ArgParser HEX = ArgParser.of("hex", "sep=", "bytes_per_sep=");

    private PyMemoryViewMethods() {
    }

    static void define(TypeBuilder b) {
        b.doc("memoryview(object)\n--\n\nCreate a new memoryview object which references the given object.");
        b.notBaseType();
        b.newFn((type, args, kw) -> {
            // Argument Clinic reports the missing argument before an unknown keyword.
            int positional = args.length - (kw == null ? 0 : kw.length);
            if (positional == 0 && (kw == null || !java.util.Arrays.asList(kw).contains("object"))) {
                throw PyErr.typeError("memoryview() missing required argument 'object' (pos 1)");
            }
            return PyMemoryView.of(NEW.parse(args, kw)[0]);
        });
        b.method0("__repr__", self -> PyStr.of(String.format("<%smemory at 0x%x>",
                mv(self).isReleased() ? "released " : "", Ops.id(self))));
        b.method0("__len__", self -> {
            PyMemoryView m = live(self);
            return PyInt.of(m.ndim() == 0 ? 1 : m.shape[0]);
        });
        b.method0("__iter__", self -> MemoryViewIterator.of(mv(self)));
        b.method0("__hash__", self -> MemoryViewCompare.hash(mv(self)));
        b.method1("__getitem__", (self, key) -> MemoryViewIndex.getItem(mv(self), key));
        b.method2("__setitem__", (self, key, value) -> {
            MemoryViewIndex.setItem(mv(self), key, value);
            return PyNone.NONE;
        });
        b.method1("__delitem__", (self, key) -> {
            throw PyErr.typeError(live(self).readonly ? "cannot modify read-only memory" : "cannot delete memory");
        });
        b.method1("__eq__", (self, o) -> MemoryViewCompare.eq(mv(self), o, true));
        b.method1("__ne__", (self, o) -> MemoryViewCompare.eq(mv(self), o, false));
        b.method0("__enter__", self -> {
            mv(self).enter();
            return self;
        });
        b.method("__exit__", "__exit__($self, /, *exc_info)", (self, a, kw) -> {
            mv(self).release();
            return PyNone.NONE;
        });
        b.method1("__reduce_ex__", (self, protocol) -> {
            // CPython's object.__reduce_ex__ refuses a variable-size type without state this way from
            // protocol 2 on (_PyObject_GetState), and copyreg's protocol 0/1 path says it the other way.
            PyInt p = Ops.index(protocol);
            throw p.signum() > 0 && (!p.isSmall() || p.longValue() >= 2)
                    ? PyErr.typeError("cannot pickle memoryview objects")
                    : PyErr.typeError("cannot pickle 'memoryview' object");
        });
        b.method0("release", self -> {
            mv(self).release();
            return PyNone.NONE;
        });
        defineConversions(b);
        defineAttributes(b);
    }

    private static void defineConversions(TypeBuilder b) {
        b.method("tobytes", "tobytes($self, /, order='C')", (self, a, kw) ->
                PyBytes.of(live(self).toBytes(fortranOrder(live(self), TOBYTES.parse(a, kw)[0]))));
        b.method("hex", "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)", (self, a, kw) -> {
            PyObject[] p = HEX.parse(a, kw);
            byte[] data = live(self).toBytes(false);
            return PyStr.of(BytesHex.hex(new ByteView(data, data.length), p[0], p[1]));
        });
        b.method0("tolist", self -> {
            PyMemoryView m = live(self);
            if (m.fmt == MemoryFormat.WCHAR) {
                throw m.fmt.unsupported();
            }
            return m.ndim() == 0 ? m.readItem(m.offset) : toList(m, 0, m.offset);
        });
        b.method0("toreadonly", self -> {
            PyMemoryView m = live(self);
            return m.withShape(m.offset, m.shape, m.strides, true);
        });
        b.method("cast", "cast($self, /, format, shape=<unrepresentable>)",
                (self, a, kw) -> MemoryViewCast.cast(mv(self), a, kw));
    }

    /** Whether {@code tobytes(order)} reads column-major: 'F', or 'A' on a Fortran-only-contiguous view. */
    private static boolean fortranOrder(PyMemoryView m, PyObject order) {
        if (order == null || order == PyNone.NONE) {
            return false;
        }
        if (!(order instanceof PyStr s)) {
            throw PyErr.typeError("tobytes() argument 'order' must be str or None, not %s", Ops.typeName(order));
        }
        return switch (s.value()) {
            case "C" -> false;
            case "F" -> true;
            case "A" -> m.isFContiguous() && !m.isCContiguous();
            default -> throw PyErr.valueError("order must be 'C', 'F' or 'A'");
        };
    }

    /** The items of dimension {@code dim} and below, from byte {@code off}, as nested lists. */
    private static PyList toList(PyMemoryView m, int dim, int off) {
        if (m.ndim() == 1) {
            // One read of all the bytes, then unpacking: no per-item trip to the exporter.
            byte[] data = m.toBytes(false);
            int size = m.itemsize();
            PyObject[] items = new PyObject[m.shape[0]];
            for (int i = 0; i < items.length; i++) {
                items[i] = m.fmt == MemoryFormat.UBYTE ? PyInt.of(data[i] & 0xff) : m.fmt.unpack(data, i * size);
            }
            return new PyList(items);
        }
        PyObject[] items = new PyObject[m.shape[dim]];
        for (int i = 0; i < items.length; i++) {
            int at = off + i * m.strides[dim];
            items[i] = dim == m.ndim() - 1 ? m.readItem(at) : toList(m, dim + 1, at);
        }
        return new PyList(items);
    }

    private static void defineAttributes(TypeBuilder b) {
        b.getter("obj", self -> live(self).obj());
        b.getter("nbytes", self -> PyInt.of(live(self).nbytes()));
        b.getter("readonly", self -> PyBool.of(live(self).readonly));
        b.getter("itemsize", self -> PyInt.of(live(self).itemsize()));
        b.getter("format", self -> PyStr.of(live(self).format));
        b.getter("ndim", self -> PyInt.of(live(self).ndim()));
        b.getter("shape", self -> ints(live(self).shape));
        b.getter("strides", self -> ints(live(self).strides));
        b.getter("suboffsets", self -> {
            live(self);
            return PyTuple.EMPTY;
        });
        b.getter("c_contiguous", self -> PyBool.of(live(self).isCContiguous()));
        b.getter("f_contiguous", self -> PyBool.of(live(self).isFContiguous()));
        b.getter("contiguous", self -> {
            PyMemoryView m = live(self);
            return PyBool.of(m.isCContiguous() || m.isFContiguous());
        });
    }

    private static PyTuple ints(int[] values) {
        PyObject[] items = new PyObject[values.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyInt.of(values[i]);
        }
        return PyTuple.of(items);
    }

    private static PyMemoryView mv(PyObject self) {
        return (PyMemoryView) self;
    }

    private static PyMemoryView live(PyObject self) {
        PyMemoryView m = mv(self);
        m.checkLive();
        return m;
    }
}
