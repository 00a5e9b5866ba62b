package org.weft.python.runtime;

/** Rich comparisons with reflection. CPython: do_richcompare in object.c. */
final class Comparisons {

    private Comparisons() {
    }

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        PyType ta = a.type();
        PyType tb = b.type();
        if (ta == tb && ta == PyStr.TYPE) {
            return compare(a, b, op, ta, tb); // cannot recurse: no depth to count
        }
        // a level of recursion depth, as CPython's PyObject_RichCompare: comparisons that recurse
        // (user __eq__/__lt__, deeply nested containers) run out " in comparison"
        ThreadState ts = ThreadState.current();
        ts.enterCall(" in comparison");
        try {
            return compare(a, b, op, ta, tb);
        } finally {
            ts.leaveCall();
        }
    }

    private static PyObject compare(PyObject a, PyObject b, CompareOp op, PyType ta, PyType tb) {
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtypeOf(ta)) {
            PyObject f = tb.lookup(op.swapped().dunder);
            if (f != null) {
                checkedReverse = true;
                PyObject r = Special.call1(f, b, a);
                if (r != NI) {
                    return r;
                }
            }
        }
        PyObject f = ta.lookup(op.dunder);
        if (f != null) {
            PyObject r = Special.call1(f, a, b);
            if (r != NI) {
                return r;
            }
        }
        if (!checkedReverse) {
            PyObject g = tb.lookup(op.swapped().dunder);
            if (g != null) {
                PyObject r = Special.call1(g, b, a);
                if (r != NI) {
                    return r;
                }
            }
        }
        switch (op) {
            case EQ:
                return PyBool.of(a == b);
            case NE:
                return PyBool.of(a != b);
            default:
                throw PyErr.typeError("'%s' not supported between instances of '%s' and '%s'", op.symbol,
                        Ops.typeName(a), Ops.typeName(b));
        }
    }

    /** IEEE comparison as Python's float_richcompare for two floats (nan compares unequal to all). */
    static boolean compareDoubles(double x, double y, CompareOp op) {
        return switch (op) {
            case LT -> x < y;
            case LE -> x <= y;
            case EQ -> x == y;
            case NE -> x != y;
            case GT -> x > y;
            case GE -> x >= y;
        };
    }

    /** {@code bool(a == b)} with fast paths for exact str and int. */
    static boolean eqBool(PyObject a, PyObject b) {
        PyType ta = a.type();
        if (ta == b.type()) {
            if (ta == PyStr.TYPE) {
                return ((PyStr) a).value().equals(((PyStr) b).value());
            } else if (ta == PyInt.TYPE) {
                return IntArith.compare((PyInt) a, (PyInt) b) == 0;
            } else if (ta == PyFloat.TYPE) {
                return ((PyFloat) a).value() == ((PyFloat) b).value();
            }
        }
        PyObject r = richCompare(a, b, CompareOp.EQ);
        return r instanceof PyBool ? r == PyBool.TRUE : Ops.isTrue(r);
    }
}
