package org.weft.python.runtime;

import java.util.Arrays;

/**
 * The special methods of {@code bytes} and its constructor; the named methods are shared with
 * bytearray in {@link BytesMethods}. CPython: bytesobject.c.
 */
final class PyBytesMethods {

    private static final ArgParser NEW = ArgParser.of("bytes", "source=", "encoding=", "errors=");

    private PyBytesMethods() {
    }

    static void define(TypeBuilder b) {
        b.doc("bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
                + "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
                + "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
                + "bytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n"
                + "  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n"
                + "  - any object implementing the buffer API.\n  - an integer");
        b.newFn(PyBytesMethods::newBytes);
        b.method0("__repr__", self -> PyStr.of(BytesRepr.repr(bytes(self), bytes(self).length)));
        b.method0("__str__", self -> PyStr.of(BytesRepr.repr(bytes(self), bytes(self).length)));
        b.method0("__hash__", self -> PyInt.of(((PyBytes) self).hash()));
        b.method0("__len__", self -> PyInt.of(bytes(self).length));
        b.method0("__iter__", PyBytesIterator::new);
        b.method0("__bytes__", self -> self.type() == PyBytes.TYPE ? self : PyBytes.of(bytes(self)));
        b.method0("__getnewargs__", self -> PyTuple.of(PyBytes.of(bytes(self))));
        b.method0("__sizeof__", self -> PyInt.of(33L + bytes(self).length));
        b.method1("__getitem__", (self, key) -> BytesSubscript.getItem(self, BytesMethods.view(self), key));
        b.method1("__contains__", (self, x) -> PyBool.of(contains(BytesMethods.view(self), x)));
        b.method1("__add__", (self, o) -> {
            ByteView w = BytesArgs.viewOrNull(o);
            if (w == null) {
                throw PyErr.typeError("can't concat %s to %s", Ops.typeName(o), Ops.typeName(self));
            }
            return PyBytes.of(concat(BytesMethods.view(self), w));
        });
        b.method1("__mul__", PyBytesMethods::mul);
        b.method1("__rmul__", PyBytesMethods::mul);
        defineComparisons(b);
        BytesMethods.define(b);
    }

    private static byte[] bytes(PyObject self) {
        return ((PyBytes) self).value();
    }

    private static void defineComparisons(TypeBuilder b) {
        for (CompareOp op : CompareOp.values()) {
            b.method1(dunder(op), (self, o) -> o instanceof PyBytes ob
                    ? PyBool.of(test(compare(BytesMethods.view(self), BytesMethods.view(ob)), op))
                    : PyNotImplemented.NOT_IMPLEMENTED);
        }
    }

    static String dunder(CompareOp op) {
        return switch (op) {
            case LT -> "__lt__";
            case LE -> "__le__";
            case EQ -> "__eq__";
            case NE -> "__ne__";
            case GT -> "__gt__";
            case GE -> "__ge__";
        };
    }

    static boolean test(int c, CompareOp op) {
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }

    /** Unsigned lexicographic order, as memcmp then length. */
    static int compare(ByteView a, ByteView b) {
        return Arrays.compareUnsigned(a.buf(), 0, a.n(), b.buf(), 0, b.n());
    }

    static boolean contains(ByteView self, PyObject x) {
        if (x instanceof PyInt || (BytesArgs.viewOrNull(x) == null && x.type().lookup("__index__") != null)) {
            int c = BytesArgs.byteValue(x);
            for (int i = 0; i < self.n(); i++) {
                if ((self.buf()[i] & 0xff) == c) {
                    return true;
                }
            }
            return false;
        }
        ByteView sub = BytesArgs.view(x);
        return BytesMethods.latin1(self).value().contains(sub.latin1());
    }

    static byte[] concat(ByteView a, ByteView b) {
        byte[] out = new byte[StrArgs.checkedSize((long) a.n() + b.n())];
        System.arraycopy(a.buf(), 0, out, 0, a.n());
        System.arraycopy(b.buf(), 0, out, a.n(), b.n());
        return out;
    }

    /** {@code data * n}; null when n is not an integer (NotImplemented). */
    static byte[] repeat(ByteView v, PyObject n) {
        long count = SequenceSupport.repeatCount(n);
        if (count < 0) {
            return null;
        }
        int total = SequenceSupport.repeatedSize(v.n(), count);
        byte[] out = new byte[total];
        if (total > 0) {
            System.arraycopy(v.buf(), 0, out, 0, v.n());
            for (int done = v.n(); done < total; ) {
                int chunk = Math.min(done, total - done);
                System.arraycopy(out, 0, out, done, chunk);
                done += chunk;
            }
        }
        return out;
    }

    private static PyObject mul(PyObject self, PyObject n) {
        ByteView v = BytesMethods.view(self);
        if (n instanceof PyInt i && i.isSmall() && i.longValue() > 0 && v.n() > Long.MAX_VALUE / i.longValue()) {
            throw PyErr.overflowError("repeated bytes are too long"); // CPython: bytes_repeat
        }
        byte[] r = repeat(v, n);
        if (r != null && r.length == v.n() && self.type() == PyBytes.TYPE) {
            return self; // CPython's bytes_repeat: an exact bytes times 1 is itself
        }
        return r == null ? PyNotImplemented.NOT_IMPLEMENTED : PyBytes.of(r);
    }

    // CPython: bytes_new_impl in bytesobject.c
    private static PyObject newBytes(PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] a = NEW.parse(args, kwnames);
        byte[] data = BytesSource.toBytes(a[0], a[1], a[2], "bytes");
        if (type == PyBytes.TYPE) {
            return a[0] instanceof PyBytes src && src.type() == PyBytes.TYPE ? src : PyBytes.of(data);
        }
        return new PyBytes(type, data);
    }
}
