package org.weft.python.runtime;

import java.math.BigInteger;

/**
 * The methods of {@code int}. Binary dunders handle int (and bool) operands and return
 * NotImplemented otherwise, so that {@code 1 + 1.5} reaches {@code float.__radd__}, as in
 * CPython's longobject.c.
 */
final class PyIntMethods {

    private PyIntMethods() {}

    /** An operation on two ints. */
    @FunctionalInterface
    interface IntOp {
        PyObject apply(PyInt a, PyInt b);
    }

    static void define(TypeBuilder b) {
        b.doc("int([x]) -> integer\nint(x, base=10) -> integer\n\n"
                + "Convert a number or string to an integer, or return 0 if no arguments\n"
                + "are given.  If x is a number, return x.__int__().  For floating point\n"
                + "numbers, this truncates towards zero.");
        b.newFn(IntNew::newInt);
        defineArithmetic(b);
        defineComparisons(b);
        defineConversions(b);
        IntExtras.define(b);
        IntBytes.define(b);
    }

    private static void binary(TypeBuilder b, String name, IntOp op) {
        b.method1("__" + name + "__", (self, o) -> o instanceof PyInt i
                ? op.apply((PyInt) self, i) : PyNotImplemented.NOT_IMPLEMENTED);
        b.method1("__r" + name + "__", (self, o) -> o instanceof PyInt i
                ? op.apply(i, (PyInt) self) : PyNotImplemented.NOT_IMPLEMENTED);
    }

    private static void defineArithmetic(TypeBuilder b) {
        binary(b, "add", IntArith::add);
        binary(b, "sub", IntArith::sub);
        binary(b, "mul", IntArith::mul);
        binary(b, "truediv", (x, y) -> PyFloat.of(IntArith.truediv(x, y)));
        binary(b, "floordiv", IntArith::floordiv);
        binary(b, "mod", IntArith::mod);
        binary(b, "divmod", IntArith::divmod);
        binary(b, "lshift", IntArith::lshift);
        binary(b, "rshift", IntArith::rshift);
        binary(b, "and", IntArith::and);
        binary(b, "or", IntArith::or);
        binary(b, "xor", IntArith::xor);
        b.method("__pow__", "__pow__($self, value, mod=None, /)",
                (self, a, k) -> pow(self, a, k, "__pow__", false));
        b.method("__rpow__", "__rpow__($self, value, mod=None, /)",
                (self, a, k) -> pow(self, a, k, "__rpow__", true));
        b.method0("__neg__", self -> IntArith.neg((PyInt) self));
        b.method0("__pos__", PyIntMethods::exact);
        b.method0("__abs__", self -> IntArith.abs((PyInt) self));
        b.method0("__invert__", self -> IntArith.invert((PyInt) self));
    }

    private static PyObject pow(PyObject self, PyObject[] args, String[] kwnames, String name,
                                boolean reflected) {
        ArgParser.noKeywords(name, kwnames);
        ArgParser.checkPositional(name, args.length, 1, 2);
        if (!(args[0] instanceof PyInt other)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject mod = args.length > 1 ? args[1] : PyNone.NONE;
        PyInt base = reflected ? other : (PyInt) self;
        PyInt exp = reflected ? (PyInt) self : other;
        if (mod == PyNone.NONE) {
            return IntPow.pow(base, exp);
        }
        if (!(mod instanceof PyInt m)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return IntPow.modPow(base, exp, m);
    }

    private static void defineComparisons(TypeBuilder b) {
        compare(b, "__eq__", CompareOp.EQ);
        compare(b, "__ne__", CompareOp.NE);
        compare(b, "__lt__", CompareOp.LT);
        compare(b, "__le__", CompareOp.LE);
        compare(b, "__gt__", CompareOp.GT);
        compare(b, "__ge__", CompareOp.GE);
        b.method0("__hash__", self -> PyInt.of(IntArith.hash((PyInt) self)));
        b.method0("__bool__", self -> PyBool.of(((PyInt) self).signum() != 0));
    }

    private static void compare(TypeBuilder b, String name, CompareOp op) {
        b.method1(name, (self, o) -> o instanceof PyInt i
                ? PyBool.of(op.test(IntArith.compare((PyInt) self, i)))
                : PyNotImplemented.NOT_IMPLEMENTED);
    }

    private static void defineConversions(TypeBuilder b) {
        b.method0("__repr__", self -> PyStr.of(((PyInt) self).big != null ? IntStrDigits.decimal(((PyInt) self).big) : self.toString()));
        b.method0("__int__", PyIntMethods::exact);
        b.method0("__index__", PyIntMethods::exact);
        b.method0("__trunc__", PyIntMethods::exact);
        b.method0("__floor__", PyIntMethods::exact);
        b.method0("__ceil__", PyIntMethods::exact);
        b.method0("__float__", self -> PyFloat.of(((PyInt) self).doubleValue()));
        b.method("__round__", "__round__($self, ndigits=<unrepresentable>, /)",
                (self, a, k) -> round((PyInt) self, a, k));
        b.method1("__format__", "__format__($self, format_spec, /)\n--\n\n",
                (self, spec) -> PyStr.of(format((PyInt) self, spec)));
        b.method0("__getnewargs__", self -> PyTuple.of(exact(self)));
    }

    /** The value as an exact {@code int} (self when it already is one). CPython: _PyLong_Copy. */
    static PyInt exact(PyObject self) {
        PyInt i = (PyInt) self;
        if (i.type == PyInt.TYPE) {
            return i;
        }
        return i.big != null ? PyInt.of(i.big) : PyInt.of(i.value);
    }

    // CPython: int___round___impl and _PyLong_DivmodNear in longobject.c
    private static PyObject round(PyInt self, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("__round__", kwnames);
        ArgParser.checkPositional("__round__", args.length, 0, 1);
        if (args.length == 0) {
            return exact(self);
        }
        PyInt n = Ops.index(args[0]); // 3.11: None is no int here (only round() maps None to no ndigits)
        if (n.signum() >= 0) {
            return exact(self);
        }
        if (n.big != null || n.value < -100000) {
            return PyInt.of(0); // 10**huge exceeds any int we can hold
        }
        BigInteger p = BigInteger.TEN.pow((int) -n.value);
        BigInteger[] qr = IntArith.bigDivmod(self.bigValue(), p);
        int c = qr[1].shiftLeft(1).compareTo(p);
        if (c > 0 || (c == 0 && qr[0].testBit(0))) {
            qr[0] = qr[0].add(BigInteger.ONE);
        }
        return PyInt.of(qr[0].multiply(p));
    }

    // CPython: long__format__ in longobject.c and _PyLong_FormatAdvancedWriter
    static String format(PyInt self, PyObject specObj) {
        if (!(specObj instanceof PyStr s)) {
            throw PyErr.typeError("__format__() argument must be str, not %s",
                    Ops.argTypeName(specObj));
        }
        String spec = s.value();
        if (spec.isEmpty()) {
            return Ops.str(self).value();
        }
        FormatSpec f = FormatSpec.parse(spec, 'd', '>', self.type.getName());
        switch (f.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
                return self.big != null ? IntFormat.format(self.big, f)
                        : IntFormat.format(self.value, f);
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return FloatFormat.format(self.doubleValue(), f);
            default:
                throw f.unknownType(self.type.getName());
        }
    }
}
