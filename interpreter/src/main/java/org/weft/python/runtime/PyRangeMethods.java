package org.weft.python.runtime;

import java.math.BigInteger;

/** The methods of {@code range}. CPython: rangeobject.c. */
final class PyRangeMethods {

    private PyRangeMethods() {
    }

    static void define(TypeBuilder b) {
        b.method0("__sizeof__", self -> PyInt.of(48)); // CPython's tp_basicsize
        b.doc("range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
                + "Return an object that produces a sequence of integers from start (inclusive)\n"
                + "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
                + "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
                + "These are exactly the valid indices for a list of 4 elements.\n"
                + "When step is given, it specifies the increment (or decrement).");
        b.notBaseType();
        b.newFn(PyRangeMethods::rangeNew);
        b.readonlyMember("start", self -> ((PyRange) self).start);
        b.readonlyMember("stop", self -> ((PyRange) self).stop);
        b.readonlyMember("step", self -> ((PyRange) self).step);
        b.method0("__repr__", self -> PyStr.of(repr((PyRange) self)));
        b.method0("__len__", self -> {
            PyRange r = (PyRange) self;
            if (!r.length.isSmall()) {
                throw PyErr.overflowError("Python int too large to convert to C ssize_t");
            }
            return r.length;
        });
        b.method0("__bool__", self -> PyBool.of(((PyRange) self).length.bigValue().signum() != 0));
        b.method1("__getitem__", (self, i) -> getItem((PyRange) self, i));
        b.method1("__contains__", (self, x) -> PyBool.of(contains((PyRange) self, x)));
        b.method0("__iter__", self -> RangeIterator.of((PyRange) self, false));
        b.method0("__reversed__", self -> RangeIterator.of((PyRange) self, true));
        b.method1("count", (self, x) -> count((PyRange) self, x));
        b.method1("index", (self, x) -> index((PyRange) self, x));
        b.method0("__hash__", self -> PyInt.of(hash((PyRange) self)));
        b.method1("__eq__", (self, o) -> o instanceof PyRange r ? PyBool.of(equal((PyRange) self, r))
                : PyNotImplemented.NOT_IMPLEMENTED);
        b.method1("__ne__", (self, o) -> o instanceof PyRange r ? PyBool.of(!equal((PyRange) self, r))
                : PyNotImplemented.NOT_IMPLEMENTED);
        b.method0("__reduce__", self -> {
            PyRange r = (PyRange) self;
            return PyTuple.of(PyRange.TYPE, PyTuple.of(r.start, r.stop, r.step));
        });
    }

    // CPython: range_new / range_from_array in rangeobject.c
    private static PyObject rangeNew(PyType type, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("range", kwnames);
        ArgParser.checkPositional("range", args.length, 1, 3);
        if (args.length == 1) {
            return new PyRange(PyInt.of(0), Ops.index(args[0]), PyInt.of(1));
        }
        PyInt start = Ops.index(args[0]);
        PyInt stop = Ops.index(args[1]);
        PyInt step = args.length == 3 ? Ops.index(args[2]) : PyInt.of(1);
        if (step.bigValue().signum() == 0) {
            throw PyErr.valueError("range() arg 3 must not be zero");
        }
        return new PyRange(start, stop, step);
    }

    static String repr(PyRange r) {
        String s = "range(" + Ops.repr(r.start).value() + ", " + Ops.repr(r.stop).value();
        if (!(r.step.isSmall() && r.step.longValue() == 1)) {
            s += ", " + Ops.repr(r.step).value();
        }
        return s + ")";
    }

    // CPython: range_subscript in rangeobject.c
    static PyObject getItem(PyRange r, PyObject index) {
        if (index instanceof PySlice s) {
            return slice(r, s);
        }
        if (!(index instanceof PyInt) && index.type().lookup("__index__") == null) {
            throw PyErr.typeError("range indices must be integers or slices, not %s", Ops.typeName(index));
        }
        PyInt pi = index instanceof PyInt p ? p : Ops.index(index);
        if (r.small && pi.isSmall()) {
            long i = pi.longValue();
            if (i < 0) {
                i += r.llength;
            }
            if (i < 0 || i >= r.llength) {
                throw PyErr.indexError("range object index out of range");
            }
            return PyInt.of(r.lstart + i * r.lstep);
        }
        BigInteger i = pi.bigValue();
        BigInteger len = r.length.bigValue();
        if (i.signum() < 0) {
            i = i.add(len);
        }
        if (i.signum() < 0 || i.compareTo(len) >= 0) {
            throw PyErr.indexError("range object index out of range");
        }
        return r.item(i);
    }

    // CPython: compute_slice in rangeobject.c, with _PySlice_GetLongIndices' big-int clamping
    private static PyObject slice(PyRange r, PySlice s) {
        BigInteger len = r.length.bigValue();
        BigInteger step = s.step == PyNone.NONE ? BigInteger.ONE : SliceIndicesBig.index(s.step);
        if (step.signum() == 0) {
            throw PyErr.valueError("slice step cannot be zero");
        }
        boolean neg = step.signum() < 0;
        BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = neg ? len.subtract(BigInteger.ONE) : len;
        BigInteger start = s.start == PyNone.NONE ? (neg ? upper : lower) : clamp(s.start, len, lower, upper);
        BigInteger stop = s.stop == PyNone.NONE ? (neg ? lower : upper) : clamp(s.stop, len, lower, upper);
        return new PyRange(r.item(start), r.item(stop), PyInt.of(r.step.bigValue().multiply(step)));
    }

    private static BigInteger clamp(PyObject v, BigInteger len, BigInteger lower, BigInteger upper) {
        BigInteger i = SliceIndicesBig.index(v);
        if (i.signum() < 0) {
            i = i.add(len);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

    /** O(1) membership for exact ints and bools. CPython: range_contains_long. */
    static boolean contains(PyRange r, PyObject x) {
        if (x.type() == PyInt.TYPE || x.type() == PyBool.TYPE) {
            return indexOf(r, ((PyInt) x).bigValue()) != null;
        }
        PyObject it = RangeIterator.of(r, false);
        for (PyObject y; (y = Ops.next(it)) != null;) {
            if (Ops.eqForContainer(y, x)) {
                return true;
            }
        }
        return false;
    }

    /** The position of {@code v} in {@code r}, or null. */
    private static BigInteger indexOf(PyRange r, BigInteger v) {
        BigInteger start = r.start.bigValue();
        BigInteger stop = r.stop.bigValue();
        BigInteger step = r.step.bigValue();
        boolean inBounds = step.signum() > 0
                ? start.compareTo(v) <= 0 && v.compareTo(stop) < 0
                : stop.compareTo(v) < 0 && v.compareTo(start) <= 0;
        if (!inBounds) {
            return null;
        }
        BigInteger[] qr = v.subtract(start).divideAndRemainder(step);
        return qr[1].signum() == 0 ? qr[0] : null;
    }

    private static PyObject count(PyRange r, PyObject x) {
        if (x.type() == PyInt.TYPE || x.type() == PyBool.TYPE) {
            return PyInt.of(indexOf(r, ((PyInt) x).bigValue()) != null ? 1 : 0);
        }
        long n = 0;
        PyObject it = RangeIterator.of(r, false);
        for (PyObject y; (y = Ops.next(it)) != null;) {
            if (Ops.eqForContainer(y, x)) {
                n++;
            }
        }
        return PyInt.of(n);
    }

    private static PyObject index(PyRange r, PyObject x) {
        if (x.type() == PyInt.TYPE || x.type() == PyBool.TYPE) {
            BigInteger i = indexOf(r, ((PyInt) x).bigValue());
            if (i == null) {
                throw PyErr.valueError("%s is not in range", Ops.repr(x).value());
            }
            return PyInt.of(i);
        }
        long n = 0;
        PyObject it = RangeIterator.of(r, false);
        for (PyObject y; (y = Ops.next(it)) != null; n++) {
            if (Ops.eqForContainer(y, x)) {
                return PyInt.of(n);
            }
        }
        throw PyErr.valueError("sequence.index(x): x not in sequence");
    }

    // CPython: range_equals in rangeobject.c
    static boolean equal(PyRange a, PyRange b) {
        if (a == b) {
            return true;
        }
        BigInteger len = a.length.bigValue();
        if (!len.equals(b.length.bigValue())) {
            return false;
        }
        if (len.signum() == 0) {
            return true;
        }
        if (!a.start.bigValue().equals(b.start.bigValue())) {
            return false;
        }
        return len.equals(BigInteger.ONE) || a.step.bigValue().equals(b.step.bigValue());
    }

    // CPython: range_hash in rangeobject.c: hash((len, start, step)) with None for what len makes irrelevant
    static long hash(PyRange r) {
        BigInteger len = r.length.bigValue();
        PyObject start = len.signum() == 0 ? PyNone.NONE : r.start;
        PyObject step = len.signum() == 0 || len.equals(BigInteger.ONE) ? PyNone.NONE : r.step;
        return PyTupleMethods.hash(PyTuple.of(r.length, start, step));
    }
}
