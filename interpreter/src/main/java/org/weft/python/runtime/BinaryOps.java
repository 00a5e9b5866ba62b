package org.weft.python.runtime;

/**
 * Binary, in-place and unary operators through special methods, with CPython's reflection rules
 * and messages. CPython: binary_op1, binary_iop1, ternary_op in abstract.c and the SLOT1BINFULL
 * rule in typeobject.c (the right operand goes first when its type is a proper subclass of the
 * left's and overrides the reflected method).
 */
final class BinaryOps {

    /** The operators: dunder, reflected dunder, in-place dunder, symbol in messages. */
    enum Op {
        ADD("__add__", "__radd__", "__iadd__", "+"),
        SUB("__sub__", "__rsub__", "__isub__", "-"),
        MUL("__mul__", "__rmul__", "__imul__", "*"),
        TRUEDIV("__truediv__", "__rtruediv__", "__itruediv__", "/"),
        FLOORDIV("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"),
        MOD("__mod__", "__rmod__", "__imod__", "%"),
        DIVMOD("__divmod__", "__rdivmod__", null, "divmod()"),
        POW("__pow__", "__rpow__", "__ipow__", "** or pow()"),
        LSHIFT("__lshift__", "__rlshift__", "__ilshift__", "<<"),
        RSHIFT("__rshift__", "__rrshift__", "__irshift__", ">>"),
        AND("__and__", "__rand__", "__iand__", "&"),
        OR("__or__", "__ror__", "__ior__", "|"),
        XOR("__xor__", "__rxor__", "__ixor__", "^"),
        MATMUL("__matmul__", "__rmatmul__", "__imatmul__", "@");

        final String name;
        final String rname;
        final String iname;
        final String symbol;

        Op(String name, String rname, String iname, String symbol) {
            this.name = name;
            this.rname = rname;
            this.iname = iname;
            this.symbol = symbol;
        }

        String inplaceSymbol() {
            return this == POW ? "**=" : symbol + "=";
        }
    }

    private BinaryOps() {
    }

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    /** {@code a op b}: the result, or NotImplemented when neither side handles it. CPython: binary_op1. */
    static PyObject binaryOrNI(PyObject a, PyObject b, Op op) {
        PyType ta = a.type();
        PyType tb = b.type();
        PyObject slotv = ta.lookup(op.name);
        PyObject slotw = null;
        if (tb != ta) {
            slotw = tb.lookup(op.rname);
        }
        if (op == Op.ADD && slotv != null && concatOnly(ta, slotv)) {
            // CPython: PyNumber_Add tries the operands' nb_add first; a built-in sequence has none
            // (its __add__ is sq_concat, which raises for other types), so "a" + x asks x.__radd__
            PyObject r = slotw == null ? NI : Special.call1(slotw, b, a);
            return r != NI ? r : Special.call1(slotv, a, b);
        }
        if (op == Op.MUL && slotw != null && slotv != null && !(slotw instanceof PyFunction)
                && sequenceKind(tb) != null && sequenceKind(ta) != null && keepsSequenceSlot(ta, "__mul__", "__rmul__")) {
            // CPython: a built-in sequence's __rmul__ is only its sq_repeat, and PyNumber_Multiply
            // tries the left operand's sq_repeat first, so 'x' * MyList() names MyList
            slotw = null;
        }
        if (slotv != null) {
            if (slotw != null && tb.isSubtypeOf(ta) && slotw != ta.lookup(op.rname)) {
                PyObject r = Special.call1(slotw, b, a);
                if (r != NI) {
                    return r;
                }
                slotw = null;
            }
            PyObject r = Special.call1(slotv, a, b);
            if (r != NI) {
                return r;
            }
        }
        if (slotw != null) {
            return Special.call1(slotw, b, a);
        }
        return NI;
    }

    static PyObject binary(PyObject a, PyObject b, Op op) {
        PyObject r = binaryOrNI(a, b, op);
        if (r != NI) {
            return r;
        }
        throw unsupported(a, b, op, op.symbol);
    }

    /** {@code a op= b}: {@code __iop__} first, then the binary form. CPython: binary_iop1. */
    static PyObject inplace(PyObject a, PyObject b, Op op) {
        PyType ta = a.type();
        // Immutable built-ins define no in-place dunders (and built-in types never change).
        PyObject islot = ta == PyInt.TYPE || ta == PyFloat.TYPE || ta == PyStr.TYPE || ta == PyTuple.TYPE
                ? null : ta.lookup(op.iname);
        if (op == Op.ADD && islot != null && concatOnly(ta, islot)) {
            // CPython: PyNumber_InPlaceAdd: the nb_add slots (so x.__radd__) before a list's, a
            // bytearray's or a deque's sq_inplace_concat
            PyObject slotw = b.type() != ta ? b.type().lookup(op.rname) : null;
            PyObject r = slotw == null ? NI : Special.call1(slotw, b, a);
            return r != NI ? r : Special.call1(islot, a, b);
        }
        if (islot != null) {
            PyObject r = Special.call1(islot, a, b);
            if (r != NI) {
                return r;
            }
        }
        boolean leftOnly = op == Op.MUL && hasSequenceSlots(ta) && sequenceKind(ta) == null;
        PyObject r = leftOnly && sequenceKind(b.type()) != null ? leftMultiply(a, b) : binaryOrNI(a, b, op);
        if (r != NI) {
            return r;
        }
        if (leftOnly) {
            // PyNumber_InPlaceMultiply tries only the left operand's repeat when it has sequence
            // slots (every class, dict, set do), so `vector *= "k"` names both operands.
            throw PyErr.typeError("unsupported operand type(s) for *=: '%s' and '%s'", Ops.typeName(a),
                    Ops.typeName(b));
        }
        throw unsupported(a, b, op, op.inplaceSymbol());
    }

    /**
     * {@code a.__mul__(b)} alone: a built-in sequence's {@code __rmul__} is its sq_repeat, which
     * binary_iop1 never calls for an in-place multiply.
     */
    private static PyObject leftMultiply(PyObject a, PyObject b) {
        PyObject m = a.type().lookup("__mul__");
        return m == null ? NI : Special.call1(m, a, b);
    }

    /**
     * Whether {@code slot}, found on type {@code t}, is a built-in sequence's concatenation (CPython's
     * sq_concat or sq_inplace_concat, with no nb_add beside it) rather than a number slot: a method
     * of str, bytes, bytearray, list, tuple or deque that no Python class in between overrides.
     */
    private static boolean concatOnly(PyType t, PyObject slot) {
        return !(slot instanceof PyFunction) && sequenceKind(t) != null;
    }

    /** Whether CPython would give type {@code t} a tp_as_sequence table. */
    private static boolean hasSequenceSlots(PyType t) {
        return t.isHeapType() || t.lookup("__len__") != null || t.lookup("__getitem__") != null
                || t.lookup("__contains__") != null;
    }

    /**
     * Three-argument pow: {@code a.__pow__(b, m)}, then {@code b.__rpow__(a, m)} (first when b's type
     * is a proper subclass overriding it). CPython: ternary_op (the third operand's slot is not a
     * Python-level method, so it is not tried here). A {@code __rpow__} written in Python is never
     * called with three arguments (CPython slot_nb_power: "Three-arg power doesn't use __rpow__").
     */
    static PyObject ternaryPow(PyObject a, PyObject b, PyObject m) {
        PyType ta = a.type();
        PyType tb = b.type();
        PyObject slotv = ta.lookup("__pow__");
        PyObject slotw = tb != ta && !rpowIsPython(tb) ? tb.lookup("__rpow__") : null;
        if (slotv != null) {
            if (slotw != null && tb.isSubtypeOf(ta) && slotw != ta.lookup("__rpow__")) {
                PyObject r = Special.call(slotw, b, a, m);
                if (r != NI) {
                    return r;
                }
                slotw = null;
            }
            PyObject r = Special.call(slotv, a, b, m);
            if (r != NI) {
                return r;
            }
        }
        if (slotw != null) {
            PyObject r = Special.call(slotw, b, a, m);
            if (r != NI) {
                return r;
            }
        }
        throwForNumericModulus(a, b, m);
        throw PyErr.typeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", Ops.typeName(a),
                Ops.typeName(b), Ops.typeName(m));
    }

    /** True when the {@code __rpow__} that {@code t} finds is defined by a Python class. */
    private static boolean rpowIsPython(PyType t) {
        for (PyType c : t.getMro()) {
            if (c.getDict().getItem("__rpow__") != null) {
                return c.isHeapType();
            }
        }
        return false;
    }

    /**
     * CPython's ternary_op also tries the modulus's own nb_power: float_pow rejects any modulus before
     * it looks at the other operands; complex_pow first converts them (int, float or complex).
     */
    private static void throwForNumericModulus(PyObject a, PyObject b, PyObject m) {
        if (m instanceof PyFloat) {
            throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        if (m instanceof PyComplex && isComplexOperand(a) && isComplexOperand(b)) {
            throw PyErr.valueError("complex modulo");
        }
    }

    private static boolean isComplexOperand(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex;
    }

    /** {@code -a}, {@code +a}, {@code ~a}, {@code abs(a)}. */
    static PyObject unary(PyObject a, String dunder, String symbol) {
        PyObject slot = a.type().lookup(dunder);
        if (slot != null) {
            return Special.call0(slot, a);
        }
        throw PyErr.typeError(symbol.equals("abs()") ? "bad operand type for abs(): '%s'"
                : "bad operand type for unary " + symbol + ": '%s'", Ops.typeName(a));
    }

    /**
     * The TypeError for an unsupported operation, with CPython's sequence special cases (the
     * sq_concat / sq_repeat fallbacks of PyNumber_Add and PyNumber_Multiply).
     */
    private static PyException unsupported(PyObject a, PyObject b, Op op, String symbol) {
        if (op == Op.ADD) {
            String seq = keepsSequenceSlot(a.type(), "__add__", null) ? sequenceKind(a.type()) : null;
            if (seq != null && !seq.equals("bytes") && !seq.equals("bytearray")) {
                return PyErr.typeError("can only concatenate %s (not \"%s\") to %s", seq, Ops.typeName(b), seq);
            } else if (seq != null) {
                return PyErr.typeError("can't concat %s to %s", Ops.typeName(b), seq);
            }
        } else if (op == Op.MUL) {
            if (keepsSequenceSlot(a.type(), "__mul__", "__rmul__") && sequenceKind(a.type()) != null) {
                return PyErr.typeError("can't multiply sequence by non-int of type '%s'", Ops.typeName(b));
            } else if (keepsSequenceSlot(b.type(), "__mul__", "__rmul__") && sequenceKind(b.type()) != null) {
                return PyErr.typeError("can't multiply sequence by non-int of type '%s'", Ops.typeName(a));
            }
        }
        if (op == Op.RSHIFT && symbol.equals(">>") && a instanceof PyBuiltinFunction f && f.def.name.equals("print")) {
            // CPython's binary_op hints at Python 2's `print >>sys.stderr, "x"` (not for >>=)
            return PyErr.typeError("unsupported operand type(s) for >>: '%s' and '%s'. Did you mean "
                    + "\"print(<message>, file=<output_stream>)\"?", Ops.typeName(a), Ops.typeName(b));
        }
        return PyErr.typeError("unsupported operand type(s) for %s: '%s' and '%s'", symbol, Ops.typeName(a),
                Ops.typeName(b));
    }

    /**
     * False when a Python class overrides one of the dunders: CPython then leaves the type's
     * sq_concat (for {@code __add__}) or sq_repeat ({@code __mul__}, {@code __rmul__}) empty, so
     * a namedtuple whose {@code __add__} returns NotImplemented gets "unsupported operand type(s)",
     * not tuple's "can only concatenate" (typeobject.c update_one_slot).
     */
    private static boolean keepsSequenceSlot(PyType t, String dunder, String other) {
        return !(t.lookup(dunder) instanceof PyFunction) && (other == null || !(t.lookup(other) instanceof PyFunction));
    }

    /** The built-in sequence type (with concat/repeat) that {@code t} is or derives from, or null. */
    private static String sequenceKind(PyType t) {
        for (PyType m : t.getMro()) {
            if (!m.isHeapType()) {
                String n = m.getName();
                switch (n) {
                    case "list", "tuple", "str", "bytes", "bytearray", "deque" -> {
                        return n;
                    }
                    default -> {
                    }
                }
            }
        }
        return null;
    }
}
