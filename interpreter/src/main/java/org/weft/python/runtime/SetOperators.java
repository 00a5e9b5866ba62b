package org.weft.python.runtime;

/**
 * The operators of {@code set} and {@code frozenset}: {@code | & - ^}, their in-place forms (on
 * {@code set} only) and the subset comparisons. Both operands must be sets, else NotImplemented.
 * CPython: set_or, set_and, set_sub, set_xor, set_ior... and set_richcompare in setobject.c.
 */
final class SetOperators {

    private SetOperators() {
    }

    static void define(TypeBuilder b) {
        b.method1("__or__", (self, o) -> binary(self, o, Op.OR));
        b.method1("__ror__", (self, o) -> binary(o, self, Op.OR));
        b.method1("__and__", (self, o) -> binary(self, o, Op.AND));
        b.method1("__rand__", (self, o) -> binary(o, self, Op.AND));
        b.method1("__sub__", (self, o) -> binary(self, o, Op.SUB));
        b.method1("__rsub__", (self, o) -> binary(o, self, Op.SUB));
        b.method1("__xor__", (self, o) -> binary(self, o, Op.XOR));
        b.method1("__rxor__", (self, o) -> binary(o, self, Op.XOR));
        if (b.type() == PySet.TYPE) {
            b.method1("__ior__", (self, o) -> inPlace(self, o, Op.OR));
            b.method1("__iand__", (self, o) -> inPlace(self, o, Op.AND));
            b.method1("__isub__", (self, o) -> inPlace(self, o, Op.SUB));
            b.method1("__ixor__", (self, o) -> inPlace(self, o, Op.XOR));
        }
        for (CompareOp op : CompareOp.values()) {
            b.method1(op.dunder, (self, o) -> compare((PyBaseSet) self, o, op));
        }
    }

    private enum Op { OR, AND, SUB, XOR }

    private static PyObject binary(PyObject left, PyObject right, Op op) {
        if (!(left instanceof PyBaseSet a) || !(right instanceof PyBaseSet)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return switch (op) {
            case OR -> {
                PyBaseSet r = SetAlgebra.copy(a);
                SetAlgebra.update(r, right);
                yield r;
            }
            case AND -> SetAlgebra.intersection(a, right);
            case SUB -> SetAlgebra.difference(a, right);
            case XOR -> SetAlgebra.symmetricDifference(a, right);
        };
    }

    private static PyObject inPlace(PyObject self, PyObject o, Op op) {
        if (!(o instanceof PyBaseSet)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyBaseSet s = (PyBaseSet) self;
        switch (op) {
            case OR -> SetAlgebra.update(s, o);
            case AND -> SetAlgebra.takeBody(s, SetAlgebra.intersection(s, o));
            case SUB -> SetAlgebra.differenceUpdate(s, o);
            case XOR -> SetAlgebra.symmetricDifferenceUpdate(s, o);
        }
        return self;
    }

    private static PyObject compare(PyBaseSet v, PyObject o, CompareOp op) {
        if (!(o instanceof PyBaseSet w)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(switch (op) {
            case EQ -> equal(v, w);
            case NE -> !equal(v, w);
            case LE -> SetAlgebra.isSubset(v, w);
            case GE -> SetAlgebra.isSuperset(v, w);
            case LT -> v.size() < w.size() && SetAlgebra.isSubset(v, w);
            case GT -> v.size() > w.size() && SetAlgebra.isSuperset(v, w);
        });
    }

    private static boolean equal(PyBaseSet v, PyBaseSet w) {
        if (v.size() != w.size()) {
            return false;
        }
        if (v instanceof PyFrozenSet f && w instanceof PyFrozenSet g && f.hash != -1 && g.hash != -1
                && f.hash != g.hash) {
            return false;
        }
        return SetAlgebra.isSubset(v, w);
    }
}
