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
