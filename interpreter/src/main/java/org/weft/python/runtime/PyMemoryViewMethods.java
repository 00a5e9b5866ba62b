package org.weft.python.runtime;

/** The methods of {@code memoryview} (1-D, format 'B'). CPython: memoryobject.c. */
final class PyMemoryViewMethods {

    private static final ArgParser NEW = ArgParser.of("memoryview", "object");

    private PyMemoryViewMethods() {
    }

    static void define(TypeBuilder b) {
        b.doc("memoryview(object)\n--\n\nCreate a new memoryview object which references the given object.");
        b.notBaseType();
        b.newFn((type, args, kw) -> PyMemoryView.of(NEW.parse(args, kw)[0]));
        b.method0("__repr__", self -> PyStr.of(String.format("<%smemory at 0x%x>",
                mv(self).isReleased() ? "released " : "", Ops.id(self))));
        b.method0("__len__", self -> PyInt.of(live(self).length));
        b.method0("__iter__", self -> new PyBytesIterator(PyBytes.of(live(self).view().exact())));
        b.method0("__hash__", self -> {
            PyMemoryView m = live(self);
            if (!m.readonly()) {
                throw PyErr.valueError("cannot hash writable memoryview object");
            }
            return PyInt.of(PyBytes.of(m.view().exact()).hash());
        });
        b.method1("__getitem__", PyMemoryViewMethods::getItem);
        b.method2("__setitem__", (self, key, value) -> {
            setItem(live(self), key, value);
            return PyNone.NONE;
        });
        b.method1("__delitem__", (self, key) -> {
            throw PyErr.typeError(mv(self).readonly() ? "cannot modify read-only memory" : "cannot delete memory");
        });
        b.method1("__eq__", (self, o) -> eq(self, o, true));
        b.method1("__ne__", (self, o) -> eq(self, o, false));
        b.method0("__enter__", self -> {
            mv(self).enter();
            return self;
        });
        b.method("__exit__", "__exit__($self, /, *exc_info)", (self, a, kw) -> {
            mv(self).release();
            return PyNone.NONE;
        });
        b.method0("release", self -> {
            mv(self).release();
            return PyNone.NONE;
        });
        b.method0("tobytes", self -> PyBytes.of(live(self).view().copy()));
        b.method0("tolist", self -> {
            ByteView v = live(self).view();
            PyObject[] items = new PyObject[v.n()];
            for (int i = 0; i < items.length; i++) {
                items[i] = PyInt.of(v.buf()[i] & 0xff);
            }
            return new PyList(items);
        });
        b.method0("hex", self -> PyStr.of(BytesHex.hex(live(self).view(), null, null)));
        defineAttributes(b);
    }

    private static void defineAttributes(TypeBuilder b) {
        b.getter("obj", self -> live(self).obj);
        b.getter("nbytes", self -> PyInt.of(live(self).length));
        b.getter("readonly", self -> PyBool.of(live(self).readonly()));
        b.getter("itemsize", self -> {
            live(self);
            return PyInt.of(1);
        });
        b.getter("format", self -> {
            live(self);
            return PyStr.of("B");
        });
        b.getter("ndim", self -> {
            live(self);
            return PyInt.of(1);
        });
        b.getter("shape", self -> PyTuple.of(PyInt.of(live(self).length)));
        b.getter("strides", self -> PyTuple.of(PyInt.of(live(self).step)));
        b.getter("released", self -> PyBool.of(mv(self).isReleased()));
    }

    private static PyMemoryView mv(PyObject self) {
        return (PyMemoryView) self;
    }

    private static PyMemoryView live(PyObject self) {
        PyMemoryView m = mv(self);
        m.checkLive();
        return m;
    }

    private static PyObject getItem(PyObject self, PyObject key) {
        PyMemoryView m = live(self);
        if (key instanceof PySlice slice) {
            SliceIndices si = SliceIndices.of(slice, m.length);
            return new PyMemoryView(m.obj, m.start + (int) si.start() * m.step, m.step * (int) si.step(),
                    (int) si.length());
        }
        return PyInt.of(m.get(index(m, key)));
    }

    private static int index(PyMemoryView m, PyObject key) {
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw PyErr.typeError("memoryview: invalid slice key");
        }
        int i = SliceIndices.normalize(SliceIndices.itemIndex(key, "memoryview"), m.length);
        if (i < 0) {
            throw PyErr.indexError("index out of bounds on dimension 1");
        }
        return i;
    }

    private static void setItem(PyMemoryView m, PyObject key, PyObject value) {
        if (m.readonly()) {
            throw PyErr.typeError("cannot modify read-only memory");
        }
        if (key instanceof PySlice slice) {
            SliceIndices si = SliceIndices.of(slice, m.length);
            ByteView src = BytesArgs.view(value);
            if (src.n() != si.length()) {
                throw PyErr.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            byte[] data = src.copy();
            for (int k = 0; k < data.length; k++) {
                m.set((int) (si.start() + k * si.step()), data[k]);
            }
            return;
        }
        int i = index(m, key);
        if (!(value instanceof PyInt) && value.type().lookup("__index__") == null) {
            throw PyErr.typeError("memoryview: invalid type for format 'B'");
        }
        PyInt v = Ops.index(value);
        if (!v.isSmall() || v.longValue() < 0 || v.longValue() > 255) {
            throw PyErr.valueError("memoryview: invalid value for format 'B'");
        }
        m.set(i, (byte) v.longValue());
    }

    private static PyObject eq(PyObject self, PyObject o, boolean wantEqual) {
        PyMemoryView m = mv(self);
        ByteView w = BytesArgs.viewOrNull(o);
        if (w == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (m.isReleased() || (o instanceof PyMemoryView om && om.isReleased())) {
            return PyBool.of((self == o) == wantEqual);
        }
        return PyBool.of((PyBytesMethods.compare(m.view(), w) == 0) == wantEqual);
    }
}
