package org.weft.python.builtins;

import java.util.Arrays;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.CompareOp;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PushConsumer;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyGenerator;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;

/** The builtins that iterate: iter, next, len, all, any, sum, min, max, sorted. */
final class IterationBuiltins {

    private IterationBuiltins() {
    }

    static void define(PyModule m) {
        BuiltinsModule.def(m, PyBuiltinFunction.of("iter", BuiltinDocs.of("iter"), IterationBuiltins::iter));
        BuiltinsModule.def(m, PyBuiltinFunction.of("next", BuiltinDocs.of("next"), IterationBuiltins::next));
        BuiltinsModule.def(m, PyBuiltinFunction.of1("len", BuiltinDocs.of("len"), (self, o) -> PyInt.of(Ops.len(o))));
        BuiltinsModule.def(m, PyBuiltinFunction.of1("all", BuiltinDocs.of("all"), (self, o) -> all(o)));
        BuiltinsModule.def(m, PyBuiltinFunction.of1("any", BuiltinDocs.of("any"), (self, o) -> any(o)));
        BuiltinsModule.def(m, PyBuiltinFunction.of("sum", BuiltinDocs.of("sum"), IterationBuiltins::sum));
        BuiltinsModule.def(m, PyBuiltinFunction.of("min", BuiltinDocs.of("min"),
                (self, a, k) -> minMax(a, k, "min", CompareOp.LT)));
        BuiltinsModule.def(m, PyBuiltinFunction.of("max", BuiltinDocs.of("max"),
                (self, a, k) -> minMax(a, k, "max", CompareOp.GT)));
        BuiltinsModule.def(m, PyBuiltinFunction.of("sorted", BuiltinDocs.of("sorted"), IterationBuiltins::sorted));
    }

    // CPython: builtin_iter in bltinmodule.c
    static PyObject iter(PyObject self, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("iter", kwnames);
        ArgParser.checkPositional("iter", args.length, 1, 2);
        return args.length == 1 ? Ops.iter(args[0]) : PyCallableIterator.of(args[0], args[1]);
    }

    // CPython: builtin_next in bltinmodule.c
    static PyObject next(PyObject self, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("next", kwnames);
        ArgParser.checkPositional("next", args.length, 1, 2);
        PyObject it = args[0];
        if (!isIterator(it)) {
            throw PyErr.typeError("'%s' object is not an iterator", Ops.typeName(it));
        }
        if (args.length == 1 && !(it instanceof org.weft.python.runtime.PyIterator)) {
            // Without a default, the iterator's own StopIteration must reach the caller unchanged:
            // a generator's carries its return value (StopIteration.value), which Ops.next drops.
            return Ops.callMethod(it, "__next__");
        }
        PyObject item = Ops.next(it);
        if (item != null) {
            return item;
        }
        if (args.length == 2) {
            return args[1];
        }
        throw PyErr.stopIteration(null);
    }

    private static boolean isIterator(PyObject o) {
        return o instanceof org.weft.python.runtime.PyIterator || o.type().lookup("__next__") != null;
    }

    // CPython: builtin_all in bltinmodule.c
    static PyObject all(PyObject iterable) {
        PyObject it = Ops.iter(iterable);
        if (it instanceof PyGenerator g && g.drainable()) {
            TruthScan scan = new TruthScan(false);
            for (PyObject declined; (declined = g.drain(null, scan)) != null;) {
                if (!Ops.isTrue(declined)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        }
        PyObject item;
        while ((item = Ops.next(it)) != null) {
            if (!Ops.isTrue(item)) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }

    // CPython: builtin_any in bltinmodule.c
    static PyObject any(PyObject iterable) {
        PyObject it = Ops.iter(iterable);
        if (it instanceof PyGenerator g && g.drainable()) {
            TruthScan scan = new TruthScan(true);
            for (PyObject declined; (declined = g.drain(null, scan)) != null;) {
                if (Ops.isTrue(declined)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        PyObject item;
        while ((item = Ops.next(it)) != null) {
            if (Ops.isTrue(item)) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }

    /**
     * {@code sum(iterable, /, start=0)}: a long fast path while ints fit, then a double fast path
     * (plain left-to-right addition, as CPython 3.11; compensated summation came in 3.12).
     */
    // CPython: builtin_sum_impl in bltinmodule.c (3.11)
    static PyObject sum(PyObject self, PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos == 0 && (kwnames == null || kwnames.length == 0)) {
            throw PyErr.typeError("sum() takes at least 1 positional argument (0 given)");
        }
        PyObject[] a = Params.SUM.parse(args, kwnames);
        PyObject result = a[1] == null ? PyInt.of(0) : a[1];
        PyObject it = Ops.iter(a[0]); // before the start is checked, as CPython does
        checkSumStart(result);
        if (result.type() == PyInt.TYPE && ((PyInt) result).isSmall()) {
            result = sumLongs(it, ((PyInt) result).longValue());
        }
        if (result.type() == PyFloat.TYPE) {
            result = sumDoubles(it, ((PyFloat) result).value());
        }
        PyObject item;
        while ((item = Ops.next(it)) != null) {
            result = Ops.add(result, item);
        }
        return result;
    }

    private static void checkSumStart(PyObject start) {
        if (Ops.isInstance(start, PyStr.TYPE)) {
            throw PyErr.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (isBytesLike(start, "bytes") || isBytesLike(start, "bytearray")) {
            throw PyErr.typeError("sum() can't sum %s [use b''.join(seq) instead]",
                    isBytesLike(start, "bytes") ? "bytes" : "bytearray");
        }
    }

    private static boolean isBytesLike(PyObject o, String name) {
        for (PyType t : o.type().getMro()) {
            if (!t.isHeapType() && t.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Adds exact ints while the total fits a long; returns the total, plus the first other item. */
    private static PyObject sumLongs(PyObject it, long total) {
        if (it instanceof PyGenerator g && g.drainable()) {
            LongSum sum = new LongSum(total);
            PyObject declined = g.drain(null, sum);
            return declined == null ? PyInt.of(sum.total) : Ops.add(PyInt.of(sum.total), declined);
        }
        PyObject item;
        while ((item = Ops.next(it)) != null) {
            if (item instanceof PyInt i && i.isSmall() && (item.type() == PyInt.TYPE || item instanceof PyBool)) {
                long r = total + i.longValue();
                if (((total ^ r) & (i.longValue() ^ r)) >= 0) {
                    total = r;
                    continue;
                }
            }
            return Ops.add(PyInt.of(total), item);
        }
        return PyInt.of(total);
    }

    private static PyObject sumDoubles(PyObject it, double total) {
        if (it instanceof PyGenerator g && g.drainable()) {
            DoubleSum sum = new DoubleSum(total);
            PyObject declined = g.drain(null, sum);
            return declined == null ? PyFloat.of(sum.total) : Ops.add(PyFloat.of(sum.total), declined);
        }
        PyObject item;
        while ((item = Ops.next(it)) != null) {
            if (item.type() == PyFloat.TYPE) {
                total += ((PyFloat) item).value();
                continue;
            }
            if (item instanceof PyInt i && i.isSmall()) {
                total += (double) i.longValue();
                continue;
            }
            return Ops.add(PyFloat.of(total), item);
        }
        return PyFloat.of(total);
    }

    /**
     * any()/all() over a drained generator: takes the values whose truth is known without Python
     * code and does not decide the answer; declines the deciding ones ({@code stopOn}) and those
     * whose truth needs {@code __bool__}/{@code __len__}, which the caller then tests itself.
     */
    private static final class TruthScan implements PushConsumer {
        private final boolean stopOn;

        TruthScan(boolean stopOn) {
            this.stopOn = stopOn;
        }

        @Override
        public boolean accept(PyObject v) {
            int truth = knownTruth(v);
            return truth >= 0 && (truth == 1) != stopOn;
        }

        /** 1 or 0 for built-in values whose truth runs no Python code; -1 otherwise. */
        private static int knownTruth(PyObject v) {
            if (v == PyBool.TRUE) {
                return 1;
            }
            if (v == PyBool.FALSE || v == PyNone.NONE) {
                return 0;
            }
            PyType t = v.type();
            if (t == PyInt.TYPE) {
                return ((PyInt) v).signum() != 0 ? 1 : 0;
            }
            if (t == PyFloat.TYPE) {
                return ((PyFloat) v).value() != 0.0 ? 1 : 0;
            }
            if (t == PyStr.TYPE) {
                return ((PyStr) v).value().isEmpty() ? 0 : 1;
            }
            return -1;
        }
    }

    /**
     * min()/max() without a key over a drained generator: takes exact ints, floats and strs that
     * compare with the best so far without Python code (the same comparison as the loop outside);
     * declines anything else, for the caller to compare.
     */
    private static final class MinMaxScan implements PushConsumer {
        private final CompareOp op;
        PyObject best;

        MinMaxScan(CompareOp op) {
            this.op = op;
        }

        @Override
        public boolean accept(PyObject v) {
            PyType t = v.type();
            boolean number = t == PyInt.TYPE || t == PyFloat.TYPE;
            if (!number && t != PyStr.TYPE) {
                return false;
            }
            PyObject b = best;
            if (b != null) {
                PyType bt = b.type();
                boolean comparable = number ? bt == PyInt.TYPE || bt == PyFloat.TYPE : bt == PyStr.TYPE;
                if (!comparable) {
                    return false;
                }
                if (!Ops.compareBool(v, b, op)) {
                    return true;
                }
            }
            best = v;
            return true;
        }
    }

    /** {@link #sumLongs} of a drained generator: exact ints while the total fits a long; anything else is declined. */
    private static final class LongSum implements PushConsumer {
        long total;

        LongSum(long total) {
            this.total = total;
        }

        @Override
        public boolean accept(PyObject item) {
            if (item instanceof PyInt i && i.isSmall() && (item.type() == PyInt.TYPE || item instanceof PyBool)) {
                long r = total + i.longValue();
                if (((total ^ r) & (i.longValue() ^ r)) >= 0) {
                    total = r;
                    return true;
                }
            }
            return false;
        }
    }

    /** {@link #sumDoubles} of a drained generator: floats and small ints; anything else is declined. */
    private static final class DoubleSum implements PushConsumer {
        double total;

        DoubleSum(double total) {
            this.total = total;
        }

        @Override
        public boolean accept(PyObject item) {
            if (item.type() == PyFloat.TYPE) {
                total += ((PyFloat) item).value();
                return true;
            }
            if (item instanceof PyInt i && i.isSmall()) {
                total += (double) i.longValue();
                return true;
            }
            return false;
        }
    }

    /** {@code min}/{@code max}: one iterable or several arguments, key=, default=. */
    // CPython: min_max in bltinmodule.c
    static PyObject minMax(PyObject[] args, String[] kwnames, String name, CompareOp op) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos == 0) {
            throw PyErr.typeError("%s expected at least 1 argument, got 0", name);
        }
        PyObject key = null;
        PyObject dflt = null;
        for (int k = 0; k < nkw; k++) {
            PyObject v = args[npos + k];
            switch (kwnames[k]) {
                case "key" -> key = v;
                case "default" -> dflt = v;
                default -> throw PyErr.typeError(nkw > 2 ? "%s() takes at most 2 keyword arguments (%d given)"
                        : "'%s' is an invalid keyword argument for %s()", nkw > 2 ? name : kwnames[k],
                        nkw > 2 ? nkw : name);
            }
        }
        if (key == org.weft.python.runtime.PyNone.NONE) {
            key = null;
        }
        if (dflt != null && npos > 1) {
            throw PyErr.typeError("Cannot specify a default for %s() with multiple positional arguments", name);
        }
        PyObject it = npos == 1 ? Ops.iter(args[0]) : Ops.iter(org.weft.python.runtime.PyTuple.of(
                Arrays.copyOf(args, npos)));
        PyObject best = null;
        PyObject bestKey = null;
        if (key == null && it instanceof PyGenerator g && g.drainable()) {
            MinMaxScan scan = new MinMaxScan(op);
            for (PyObject declined; (declined = g.drain(null, scan)) != null;) {
                if (scan.best == null || Ops.compareBool(declined, scan.best, op)) {
                    scan.best = declined;
                }
            }
            best = scan.best;
        } else {
            PyObject item;
            while ((item = Ops.next(it)) != null) {
                PyObject k = key == null ? item : Ops.call(key, item);
                if (best == null || Ops.compareBool(k, bestKey, op)) {
                    best = item;
                    bestKey = k;
                }
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyErr.valueError("%s() arg is an empty sequence", name);
        }
        return best;
    }

    /** {@code sorted(iterable, /, *, key=None, reverse=False)}: a new list, then list.sort. */
    // CPython: builtin_sorted in bltinmodule.c
    static PyObject sorted(PyObject self, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        ArgParser.checkPositional("sorted", args.length - nkw, 1, 1);
        PyList list = newList(args[0]);
        PyObject[] rest = Arrays.copyOfRange(args, 1, args.length);
        Ops.callMethod(list, "sort", rest, kwnames);
        return list;
    }

    /** {@code list(iterable)}. */
    static PyList newList(PyObject iterable) {
        PyObject r = Ops.call(PyList.TYPE, iterable);
        if (r instanceof PyList l) {
            return l;
        }
        throw PyErr.format(PyExc.SystemError, "list() returned %s", Ops.typeName(r));
    }
}
