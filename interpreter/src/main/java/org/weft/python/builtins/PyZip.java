package org.weft.python.builtins;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PairIterator;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/** {@code zip(*iterables, strict=False)}. CPython: zip_new and zip_next in bltinmodule.c. */
public final class PyZip extends BuiltinIterator implements PairIterator {

    public static final PyType TYPE = PyType.builtin("zip", PyZip.class, () -> PyObject.TYPE, PyZip::define);

    /** Set once; never changed, so threads may share it. */
    private final PyObject[] iterators;
    private final boolean strict;

    PyZip(PyType type, PyObject[] iterators, boolean strict) {
        super(type);
        this.iterators = iterators;
        this.strict = strict;
    }

    @Override
    public PyObject nextItem() {
        PyObject[] its = iterators;
        int n = its.length;
        if (n == 0) {
            return null;
        }
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject item = Ops.next(its[i]);
            if (item == null) {
                if (strict) {
                    checkStrict(i);
                }
                return null;
            }
            items[i] = item;
        }
        return PyTuple.of(items);
    }

    @Override
    public boolean yieldsPairs() {
        return type() == TYPE && iterators.length == 2;
    }

    /** {@link #nextItem} of a zip of two iterables, without the tuple. */
    @Override
    public PyObject nextPair(PyObject[] first) {
        PyObject a = Ops.next(iterators[0]);
        if (a == null) {
            if (strict) {
                checkStrict(0);
            }
            return null;
        }
        PyObject b = Ops.next(iterators[1]);
        if (b == null) {
            if (strict) {
                checkStrict(1);
            }
            return null;
        }
        first[0] = a;
        return b;
    }

    /** Iterator {@code i} ended: all before it must have ended too, and all after it. */
    private void checkStrict(int i) {
        if (i > 0) {
            throw PyErr.valueError("zip() argument %d is shorter than argument%s%d", i + 1,
                    i == 1 ? " " : "s 1-", i);
        }
        for (int k = 1; k < iterators.length; k++) {
            if (Ops.next(iterators[k]) != null) {
                throw PyErr.valueError("zip() argument %d is longer than argument%s%d", k + 1,
                        k == 1 ? " " : "s 1-", k);
            }
        }
    }

    private static void define(TypeBuilder b) {
        defineIterator(b, BuiltinDocs.of("zip"));
        b.newFn((type, args, kwnames) -> {
            int nkw = kwnames == null ? 0 : kwnames.length;
            boolean strict = false;
            if (nkw > 1) {
                // CPython: zip_new parses the keywords with "|$p:zip", which counts them first
                throw PyErr.typeError("zip() takes at most 1 keyword argument (%d given)", nkw);
            }
            for (int k = 0; k < nkw; k++) {
                if (!kwnames[k].equals("strict")) {
                    throw PyErr.typeError("'%s' is an invalid keyword argument for zip()", kwnames[k]);
                }
                strict = Ops.isTrue(args[args.length - nkw + k]);
            }
            PyObject[] its = new PyObject[args.length - nkw];
            for (int i = 0; i < its.length; i++) {
                its[i] = Ops.iter(args[i]);
            }
            return new PyZip(type, its, strict);
        });
    }
}
