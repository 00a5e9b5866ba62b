package org.weft.python.runtime;

/**
 * Python {@code slice}: three arbitrary objects, {@code start}, {@code stop}, {@code step}
 * (None when omitted). Immutable, so shared freely between threads. Resolving a slice against a
 * sequence length is {@link SliceIndices}' job.
 */
public final class PySlice extends PyObject {

    /** The built-in type {@code slice}. */
    public static final PyType TYPE = PyType.builtin("slice", PySlice.class, () -> PyObject.TYPE, PySlice::define);

    final PyObject start;
    final PyObject stop;
    final PyObject step;

    /** {@code slice(start, stop, step)}; pass {@code PyNone.NONE} for omitted parts. */
    public PySlice(PyObject start, PyObject stop, PyObject step) {
        super(TYPE);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public PyObject start() {
        return start;
    }

    public PyObject stop() {
        return stop;
    }

    public PyObject step() {
        return step;
    }

    private static void define(TypeBuilder b) {
        b.doc("slice(stop)\nslice(start, stop[, step])\n\n"
                + "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).");
        b.notBaseType();
        b.newFn(PySlice::sliceNew);
        b.constant("__hash__", PyNone.NONE);
        b.readonlyMember("start", self -> ((PySlice) self).start);
        b.readonlyMember("stop", self -> ((PySlice) self).stop);
        b.readonlyMember("step", self -> ((PySlice) self).step);
        b.method0("__repr__", self -> {
            PySlice s = (PySlice) self;
            return PyStr.of("slice(" + Ops.repr(s.start).value() + ", " + Ops.repr(s.stop).value() + ", "
                    + Ops.repr(s.step).value() + ")");
        });
        b.method1("indices", PySlice::indices);
        b.method0("__reduce__", self -> PyTuple.of(TYPE, asTuple((PySlice) self)));
        for (CompareOp op : CompareOp.values()) {
            b.method1(op.dunder, (self, o) -> o instanceof PySlice other
                    ? Ops.richCompare(asTuple((PySlice) self), asTuple(other), op)
                    : PyNotImplemented.NOT_IMPLEMENTED);
        }
    }

    private static PyTuple asTuple(PySlice s) {
        return PyTuple.of(s.start, s.stop, s.step);
    }

    // CPython: slice_new in sliceobject.c
    private static PyObject sliceNew(PyType type, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("slice", kwnames);
        ArgParser.checkPositional("slice", args.length, 1, 3);
        if (args.length == 1) {
            return new PySlice(PyNone.NONE, args[0], PyNone.NONE);
        }
        return new PySlice(args[0], args[1], args.length == 3 ? args[2] : PyNone.NONE);
    }

    // CPython: slice_indices in sliceobject.c
    private static PyObject indices(PyObject self, PyObject length) {
        PyInt n = Ops.index(length);
        if (!n.isSmall()) { // a length past Py_ssize_t: CPython computes with ints of any size
            if (n.bigValue().signum() < 0) {
                throw PyErr.valueError("length should not be negative");
            }
            return SliceIndicesBig.indices((PySlice) self, n.bigValue());
        }
        long len = n.longValue();
        if (len < 0) {
            throw PyErr.valueError("length should not be negative");
        }
        SliceIndices si = SliceIndices.of((PySlice) self, len);
        return PyTuple.of(PyInt.of(si.start()), PyInt.of(si.stop()), PyInt.of(si.step()));
    }

    @Override
    public String toString() {
        return "<slice>";
    }
}
