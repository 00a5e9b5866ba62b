package org.weft.python.modules;

import org.weft.python.runtime.FnNew;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyIterator;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * The combinatoric iterators of {@code itertools}: product, permutations, combinations and
 * combinations_with_replacement. {@link ItertoolsNew} checks the arguments and builds the pools; this
 * class steps the index arrays, which as Python generators cost far more than the tuples they make.
 * CPython: product_next, permutations_next, combinations_next, cwr_next in itertoolsmodule.c.
 * Threads: one iterator is meant for one thread; its state is plain fields (CPython's objects are
 * not safe to advance from two threads without the GIL either).
 */
final class PyCombinatoricIterator extends PyObject implements PyIterator {

    static final PyType PRODUCT = type("product", ItertoolsNew::product);
    static final PyType PERMUTATIONS = type("permutations", ItertoolsNew::permutations);
    static final PyType COMBINATIONS = type("combinations", ItertoolsNew::combinations);
    static final PyType CWR = type("combinations_with_replacement", ItertoolsNew::combinationsWithReplacement);

    private static PyType type(String name, FnNew newFn) {
        return PyType.builtin("itertools." + name, PyCombinatoricIterator.class, () -> PyObject.TYPE,
                b -> define(b, newFn));
    }

    /** For product, one pool per position; otherwise a single pool shared by all positions. */
    private final PyObject[][] pools;
    private final int r;
    private final int[] indices;
    private final int[] cycles;
    private boolean first = true;
    private boolean done;

    private PyCombinatoricIterator(PyType type, PyObject[][] pools, int r, int[] indices, int[] cycles,
            boolean empty) {
        super(type);
        this.pools = pools;
        this.r = r;
        this.indices = indices;
        this.cycles = cycles;
        this.done = empty;
    }

    static PyCombinatoricIterator product(PyObject[][] pools) {
        boolean empty = false;
        for (PyObject[] p : pools) {
            empty |= p.length == 0;
        }
        return new PyCombinatoricIterator(PRODUCT, pools, pools.length, new int[pools.length], null, empty);
    }

    static PyCombinatoricIterator permutations(PyObject[] pool, int r) {
        int n = pool.length;
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        int[] cycles = new int[Math.max(0, Math.min(r, n))];
        for (int i = 0; i < cycles.length; i++) {
            cycles[i] = n - i;
        }
        return new PyCombinatoricIterator(PERMUTATIONS, new PyObject[][] {pool}, r, indices, cycles, r > n);
    }

    static PyCombinatoricIterator combinations(PyObject[] pool, int r) {
        int[] indices = new int[r > pool.length ? 0 : r];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = i;
        }
        return new PyCombinatoricIterator(COMBINATIONS, new PyObject[][] {pool}, r, indices, null, r > pool.length);
    }

    static PyCombinatoricIterator combinationsWithReplacement(PyObject[] pool, int r) {
        boolean empty = pool.length == 0 && r > 0;
        return new PyCombinatoricIterator(CWR, new PyObject[][] {pool}, r, new int[empty ? 0 : r], null, empty);
    }

    @Override
    public PyObject nextItem() {
        if (done) {
            return null;
        }
        if (first) {
            first = false;
        } else if (!advance()) {
            done = true;
            return null;
        }
        return current();
    }

    private PyObject current() {
        PyObject[] out = new PyObject[r];
        PyType t = type();
        for (int i = 0; i < r; i++) {
            out[i] = t == PRODUCT ? pools[i][indices[i]] : pools[0][indices[i]];
        }
        return PyTuple.of(out);
    }

    /** Steps the indices to the next result; false when there is none. */
    private boolean advance() {
        PyType t = type();
        if (t == PRODUCT) {
            return advanceProduct();
        } else if (t == PERMUTATIONS) {
            return advancePermutations();
        } else if (t == COMBINATIONS) {
            return advanceCombinations();
        }
        return advanceCwr();
    }

    private boolean advanceProduct() {
        for (int i = r - 1; i >= 0; i--) {
            if (++indices[i] < pools[i].length) {
                return true;
            }
            indices[i] = 0;
        }
        return false;
    }

    private boolean advancePermutations() {
        int n = indices.length;
        for (int i = r - 1; i >= 0; i--) {
            if (--cycles[i] == 0) {
                int moved = indices[i];
                System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                indices[n - 1] = moved;
                cycles[i] = n - i;
            } else {
                int j = n - cycles[i];
                int tmp = indices[i];
                indices[i] = indices[j];
                indices[j] = tmp;
                return true;
            }
        }
        return false;
    }

    private boolean advanceCombinations() {
        int n = pools[0].length;
        int i = r - 1;
        while (i >= 0 && indices[i] == i + n - r) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        indices[i]++;
        for (int j = i + 1; j < r; j++) {
            indices[j] = indices[j - 1] + 1;
        }
        return true;
    }

    private boolean advanceCwr() {
        int n = pools[0].length;
        int i = r - 1;
        while (i >= 0 && indices[i] == n - 1) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int v = indices[i] + 1;
        for (int j = i; j < r; j++) {
            indices[j] = v;
        }
        return true;
    }

    private static void define(TypeBuilder b, FnNew newFn) {
        b.notBaseType();
        b.newFn(newFn);
        b.method0("__iter__", self -> self);
        b.method0("__next__", self -> {
            PyObject x = ((PyCombinatoricIterator) self).nextItem();
            if (x == null) {
                throw PyErr.stopIteration(null);
            }
            return x;
        });
    }
}
