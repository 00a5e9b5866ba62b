package org.weft.python.modules;

import java.util.Arrays;

import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;

/**
 * The constructors ({@code __new__}) of itertools' Java iterators. Each checks its arguments in
 * CPython's order and with its messages: Argument Clinic's for the ones with named parameters,
 * "expected N arguments" for the positional-only ones, and the hand-written checks of islice,
 * product and zip_longest. CPython: the *_new functions of Modules/itertoolsmodule.c.
 */
final class ItertoolsNew {

    private static final ArgParser ACCUMULATE = ArgParser.of("accumulate", "iterable", "func=", "*", "initial=");
    private static final ArgParser COMPRESS = ArgParser.of("compress", "data", "selectors");
    private static final ArgParser PERMUTATIONS = ArgParser.of("permutations", "iterable", "r=");
    private static final ArgParser COMBINATIONS = ArgParser.of("combinations", "iterable", "r");
    private static final ArgParser CWR = ArgParser.of("combinations_with_replacement", "iterable", "r");
    private static final ArgParser PRODUCT = ArgParser.of("product", "*", "repeat=");

    private static final String ISLICE_STOP =
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    private static final String ISLICE_INDICES =
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    private ItertoolsNew() {
    }

    // ---- the iterators that pass items through ---------------------------------------------------

    /** islice(iterable, stop) or islice(iterable, start, stop[, step]). CPython: islice_new. */
    static PyObject islice(PyType type, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("islice", kwnames);
        ArgParser.checkPositional("islice", args.length, 2, 4);
        long start = 0;
        long stop = -1;
        long step = 1;
        if (args.length == 2) {
            if (args[1] != PyNone.NONE && (stop = indexOrMinusOne(args[1])) == -1) {
                throw PyErr.valueError(ISLICE_STOP);
            }
        } else {
            if (args[1] != PyNone.NONE) {
                start = indexOrMinusOne(args[1]);
            }
            if (args[2] != PyNone.NONE && (stop = indexOrMinusOne(args[2])) == -1) {
                throw PyErr.valueError(ISLICE_STOP);
            }
        }
        if (start < 0 || stop < -1) {
            throw PyErr.valueError(ISLICE_INDICES);
        }
        if (args.length == 4 && args[3] != PyNone.NONE) {
            step = indexOrMinusOne(args[3]);
        }
        if (step < 1) {
            throw PyErr.valueError("Step for islice() must be a positive integer or None.");
        }
        return new PyStreamIterator.Islice(Ops.iter(args[0]), start, stop, step);
    }

    static PyObject cycle(PyType type, PyObject[] args, String[] kwnames) {
        positionalOnly("cycle", args, kwnames, 1);
        return new PyStreamIterator.Cycle(Ops.iter(args[0]));
    }

    /** zip_longest(*iterables, fillvalue=None). CPython: zip_longest_new. */
    static PyObject zipLongest(PyType type, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        PyObject fill = PyNone.NONE;
        if (nkw > 0) {
            if (nkw != 1 || !kwnames[0].equals("fillvalue")) {
                // CPython 3.11's message names no argument
                throw PyErr.typeError("zip_longest() got an unexpected keyword argument");
            }
            fill = args[args.length - 1];
        }
        PyObject[] its = new PyObject[args.length - nkw];
        for (int i = 0; i < its.length; i++) {
            its[i] = Ops.iter(args[i]);
        }
        return new PyStreamIterator.ZipLongest(its, fill);
    }

    /** accumulate(iterable, func=None, *, initial=None). */
    static PyObject accumulate(PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] a = ACCUMULATE.parse(args, kwnames);
        return new PyStreamIterator.Accumulate(Ops.iter(a[0]), noneAsNull(a[1]), noneAsNull(a[2]));
    }

    // ---- the selecting iterators --------------------------------------------------------------------

    static PyObject compress(PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] a = COMPRESS.parse(args, kwnames);
        PyObject data = Ops.iter(a[0]);
        return new PySelectIterator.Compress(data, Ops.iter(a[1]));
    }

    static PyObject dropwhile(PyType type, PyObject[] args, String[] kwnames) {
        positionalOnly("dropwhile", args, kwnames, 2);
        return new PySelectIterator.Dropwhile(args[0], Ops.iter(args[1]));
    }

    static PyObject takewhile(PyType type, PyObject[] args, String[] kwnames) {
        positionalOnly("takewhile", args, kwnames, 2);
        return new PySelectIterator.Takewhile(args[0], Ops.iter(args[1]));
    }

    static PyObject filterfalse(PyType type, PyObject[] args, String[] kwnames) {
        positionalOnly("filterfalse", args, kwnames, 2);
        return new PySelectIterator.Filterfalse(noneAsNull(args[0]), Ops.iter(args[1]));
    }

    static PyObject starmap(PyType type, PyObject[] args, String[] kwnames) {
        positionalOnly("starmap", args, kwnames, 2);
        return new PySelectIterator.Starmap(args[0], Ops.iter(args[1]));
    }

    static PyObject pairwise(PyType type, PyObject[] args, String[] kwnames) {
        positionalOnly("pairwise", args, kwnames, 1);
        return new PySelectIterator.Pairwise(Ops.iter(args[0]));
    }

    // ---- the combinatoric iterators -----------------------------------------------------------------

    /** product(*iterables, repeat=1): with repeat 0 the iterables are not even read. CPython: product_new. */
    static PyObject product(PyType type, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        long repeat = 1;
        if (nkw > 0) {
            PyObject[] kw = PRODUCT.parse(Arrays.copyOfRange(args, npos, args.length), kwnames);
            if (kw[0] != null) {
                repeat = ssize(kw[0]);
            }
            if (repeat < 0) {
                throw PyErr.valueError("repeat argument cannot be negative");
            }
        }
        int n = repeat == 0 ? 0 : npos;
        if ((long) n * repeat > Integer.MAX_VALUE - 8) {
            throw PyErr.of(PyExc.MemoryError);
        }
        PyObject[][] pools = new PyObject[(int) (n * repeat)][];
        for (int i = 0; i < n; i++) {
            pools[i] = tuple(args[i]).items();
        }
        for (int copy = 1; copy < repeat; copy++) {
            System.arraycopy(pools, 0, pools, copy * n, n);
        }
        return PyCombinatoricIterator.product(pools);
    }

    /** permutations(iterable, r=None): r must be an int itself, not just have __index__. */
    static PyObject permutations(PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] a = PERMUTATIONS.parse(args, kwnames);
        PyObject[] pool = tuple(a[0]).items();
        long r = pool.length;
        if (a[1] != null && a[1] != PyNone.NONE) {
            if (!(a[1] instanceof PyInt)) {
                throw PyErr.typeError("Expected int as r");
            }
            r = ssize(a[1]);
            if (r < 0) {
                throw PyErr.valueError("r must be non-negative");
            }
        }
        return PyCombinatoricIterator.permutations(pool, (int) Math.min(r, pool.length + 1L));
    }

    /** combinations(iterable, r): r is converted (Clinic) before the iterable is read. */
    static PyObject combinations(PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] a = COMBINATIONS.parse(args, kwnames);
        long r = ssize(a[1]);
        PyObject[] pool = tuple(a[0]).items();
        if (r < 0) {
            throw PyErr.valueError("r must be non-negative");
        }
        return PyCombinatoricIterator.combinations(pool, (int) Math.min(r, pool.length + 1L));
    }

    /** combinations_with_replacement(iterable, r): r is not bounded by the pool, so it must fit memory. */
    static PyObject combinationsWithReplacement(PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] a = CWR.parse(args, kwnames);
        long r = ssize(a[1]);
        PyObject[] pool = tuple(a[0]).items();
        if (r < 0) {
            throw PyErr.valueError("r must be non-negative");
        }
        if (pool.length == 0 && r > 0) {
            r = 1;
        } else if (r > Integer.MAX_VALUE - 8) {
            throw PyErr.of(PyExc.MemoryError);
        }
        return PyCombinatoricIterator.combinationsWithReplacement(pool, (int) r);
    }

    // ---- argument helpers ---------------------------------------------------------------------------

    /** A positional-only signature of exactly {@code n} arguments, as CPython's clinic checks it. */
    private static void positionalOnly(String name, PyObject[] args, String[] kwnames, int n) {
        ArgParser.noKeywords(name, kwnames);
        ArgParser.checkPositional(name, args.length, n, n);
    }

    /** CPython's PyNumber_AsSsize_t with the error cleared: -1 for anything not a fitting index. */
    private static long indexOrMinusOne(PyObject o) {
        try {
            return ssize(o);
        } catch (PyException e) {
            return -1;
        }
    }

    /** An index that fits a C ssize_t (a Java long here). CPython: the "n" converter. */
    private static long ssize(PyObject o) {
        PyInt i = Ops.index(o);
        if (!i.isSmall()) {
            throw PyErr.format(PyExc.OverflowError, "%s", "Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    private static PyObject noneAsNull(PyObject o) {
        return o == PyNone.NONE ? null : o;
    }

    /** {@code tuple(o)}, with tuple()'s errors for what is not iterable. */
    private static PyTuple tuple(PyObject o) {
        return o.type() == PyTuple.TYPE ? (PyTuple) o : (PyTuple) Ops.call(PyTuple.TYPE, o);
    }
}
