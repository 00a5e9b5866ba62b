package org.weft.python.builtins;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PairIterator;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * {@code enumerate(iterable, start=0)}: pairs (count, item). The count is a {@code long} until it
 * would overflow, then a Python int ({@code bigIndex}). CPython: enumobject.c.
 */
public final class PyEnumerate extends BuiltinIterator implements PairIterator {

    public static final PyType TYPE = PyType.builtin("enumerate", PyEnumerate.class, () -> PyObject.TYPE,
            PyEnumerate::define);

    private final PyObject iterator;
    private long index;
    /** The count once it has left the long range; null on the fast path. */
    private PyObject bigIndex;

    PyEnumerate(PyType type, PyObject iterator, PyObject start) {
        super(type);
        this.iterator = iterator;
        if (start instanceof PyInt i && i.isSmall()) {
            this.index = i.longValue();
        } else {
            this.bigIndex = start;
        }
    }

    @Override
    public PyObject nextItem() {
        PyObject[] count = new PyObject[1];
        PyObject item = nextPair(count);
        return item == null ? null : PyTuple.of(count[0], item);
    }

    @Override
    public boolean yieldsPairs() {
        return type() == TYPE;
    }

    @Override
    public PyObject nextPair(PyObject[] count) {
        PyObject item = Ops.next(iterator);
        if (item == null) {
            return null;
        }
        PyObject big = bigIndex;
        if (big != null) {
            bigIndex = Ops.add(big, PyInt.of(1));
            count[0] = big;
            return item;
        }
        long i = index;
        if (i == Long.MAX_VALUE) {
            bigIndex = Ops.add(PyInt.of(i), PyInt.of(1));
        } else {
            index = i + 1;
        }
        count[0] = PyInt.of(i);
        return item;
    }

    private static void define(TypeBuilder b) {
        defineIterator(b, BuiltinDocs.of("enumerate"));
        b.newFn((type, args, kwnames) -> {
            PyObject[] a = type == TYPE ? exactArgs(args, kwnames) : Params.ENUMERATE.parse(args, kwnames);
            PyObject start = a[1] == null ? PyInt.of(0) : Ops.index(a[1]);
            return new PyEnumerate(type, Ops.iter(a[0]), start);
        });
    }

    /**
     * {@code enumerate(...)} itself parses its arguments by hand, with its own messages (a subclass
     * goes through the general parser). CPython: enum_vectorcall.
     */
    private static PyObject[] exactArgs(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (args.length == 2) {
            if (nkw == 1) {
                expectKeyword(kwnames[0], "start");
            } else if (nkw == 2) {
                if (kwnames[0].equals("start")) {
                    expectKeyword(kwnames[1], "iterable");
                    return new PyObject[] {args[1], args[0]};
                }
                expectKeyword(kwnames[0], "iterable");
                expectKeyword(kwnames[1], "start");
            }
            return new PyObject[] {args[0], args[1]};
        }
        if (args.length == 1) {
            if (nkw == 1) {
                expectKeyword(kwnames[0], "iterable");
            }
            return new PyObject[] {args[0], null};
        }
        if (npos == 0) {
            throw PyErr.typeError("enumerate() missing required argument 'iterable'");
        }
        throw PyErr.typeError("enumerate() takes at most 2 arguments (%d given)", args.length);
    }

    private static void expectKeyword(String given, String expected) {
        if (!given.equals(expected)) {
            throw PyErr.typeError("'%s' is an invalid keyword argument for enumerate()", given);
        }
    }
}
