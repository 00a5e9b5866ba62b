package org.weft.python.modules;

import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyTuple;

/**
 * {@code _weft_itertools}: the combinatoric iterators that itertools.py builds once it has checked
 * its arguments (pools are tuples, r a non-negative int). Stateless.
 */
public final class WeftItertoolsModule implements BuiltinModule {

    @Override
    public String name() {
        return "_weft_itertools";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        defineStreams(m);
        m.put("product", PyBuiltinFunction.of1("product", "product(pools): pools is a tuple of tuples",
                (self, pools) -> {
                    PyObject[] ps = tuple(pools).items();
                    PyObject[][] arrays = new PyObject[ps.length][];
                    for (int i = 0; i < ps.length; i++) {
                        arrays[i] = tuple(ps[i]).items();
                    }
                    return PyCombinatoricIterator.product(arrays);
                }));
        m.put("permutations", PyBuiltinFunction.of2("permutations", null,
                (self, pool, r) -> PyCombinatoricIterator.permutations(tuple(pool).items(), size(pool, r))));
        m.put("combinations", PyBuiltinFunction.of2("combinations", null,
                (self, pool, r) -> PyCombinatoricIterator.combinations(tuple(pool).items(), size(pool, r))));
        m.put("combinations_with_replacement", PyBuiltinFunction.of2("combinations_with_replacement", null,
                (self, pool, r) -> PyCombinatoricIterator.combinationsWithReplacement(tuple(pool).items(),
                        cwrSize(pool, r))));
    }

    private static void defineStreams(PyModule m) {
        m.put("islice", PyBuiltinFunction.of("islice", "islice(it, start, stop, step): stop None for no end",
                (self, args, kwnames) -> {
                    org.weft.python.runtime.ArgParser.checkPositional("islice", args.length, 4, 4);
                    long stop = args[2] == org.weft.python.runtime.PyNone.NONE ? -1 : Ops.index(args[2]).longValue();
                    return new PyStreamIterator.Islice(args[0], Ops.index(args[1]).longValue(), stop,
                            Ops.index(args[3]).longValue());
                }));
        m.put("accumulate", PyBuiltinFunction.of("accumulate", "accumulate(it, func, initial): None for neither",
                (self, args, kwnames) -> {
                    org.weft.python.runtime.ArgParser.checkPositional("accumulate", args.length, 3, 3);
                    PyObject none = org.weft.python.runtime.PyNone.NONE;
                    return new PyStreamIterator.Accumulate(args[0], args[1] == none ? null : args[1],
                            args[2] == none ? null : args[2]);
                }));
        m.put("cycle", PyBuiltinFunction.of1("cycle", null, (self, it) -> new PyStreamIterator.Cycle(it)));
        m.put("zip_longest", PyBuiltinFunction.of2("zip_longest", "zip_longest(iterators, fillvalue)",
                (self, its, fill) -> new PyStreamIterator.ZipLongest(tuple(its).items().clone(), fill)));
    }

    private static PyTuple tuple(PyObject o) {
        if (!(o instanceof PyTuple t)) {
            throw PyErr.typeError("expected a tuple, not %s", Ops.typeName(o));
        }
        return t;
    }

    /** r, capped at len(pool) + 1: any r beyond the pool gives no results. */
    private static int size(PyObject pool, PyObject r) {
        long n = tuple(pool).size();
        long v = Ops.index(r).longValue();
        if (v < 0) {
            throw PyErr.valueError("r must be non-negative");
        }
        return (int) Math.min(v, n + 1);
    }

    /** r for combinations_with_replacement, which is not bounded by the pool: it must fit memory. */
    private static int cwrSize(PyObject pool, PyObject r) {
        long v = Ops.index(r).longValue();
        if (v < 0) {
            throw PyErr.valueError("r must be non-negative");
        }
        if (tuple(pool).size() == 0 && v > 0) {
            return 1;
        }
        if (v > Integer.MAX_VALUE - 8) {
            throw PyErr.of(org.weft.python.runtime.PyExc.MemoryError);
        }
        return (int) v;
    }
}
