package org.weft.python.runtime;

import java.math.BigInteger;
import java.util.function.DoubleBinaryOperator;

/**
 * The methods of {@code float}. Binary dunders accept float and int operands (an int is converted,
 * OverflowError when too large) and return NotImplemented otherwise. CPython: floatobject.c.
 */
final class PyFloatMethods {

    private PyFloatMethods() {}

    static void define(TypeBuilder b) {
        b.method0("__sizeof__", self -> PyInt.of(24)); // CPython's tp_basicsize
        b.doc("float(x=0, /)\n--\n\nConvert a string or number to a floating point number, if possible.");
        b.newFn(FloatNew::newFloat);
        binary(b, "add", (x, y) -> x + y);
        binary(b, "sub", (x, y) -> x - y);
        binary(b, "mul", (x, y) -> x * y);
        binary(b, "truediv", FloatArith::truediv);
        binary(b, "floordiv", FloatArith::floordiv);
        binary(b, "mod", FloatArith::mod);
        b.method1("__divmod__", (self, o) -> divmod(self, o, false));
        b.method1("__rdivmod__", (self, o) -> divmod(self, o, true));
        b.method("__pow__", "__pow__($self, value, mod=None, /)",
                (self, a, k) -> pow(self, a, k, false));
        b.method("__rpow__", "__rpow__($self, value, mod=None, /)",
                (self, a, k) -> pow(self, a, k, true));
        b.method0("__neg__", self -> PyFloat.of(-value(self)));
        b.method0("__pos__", self -> exact(self));
        b.method0("__abs__", self -> PyFloat.of(Math.abs(value(self))));
        b.method0("__bool__", self -> PyBool.of(value(self) != 0.0));
        defineComparisons(b);
        defineConversions(b);
    }

    static double value(PyObject self) {
        return ((PyFloat) self).value;
    }

    private static PyFloat exact(PyObject self) {
        return self.type == PyFloat.TYPE ? (PyFloat) self : PyFloat.of(value(self));
    }

    /** Whether {@code o} is an operand float arithmetic takes: a float or an int. */
    private static boolean isOperand(PyObject o) {
        return o instanceof PyFloat || o instanceof PyInt;
    }

    static double operand(PyObject o) {
        return o instanceof PyFloat f ? f.value : ((PyInt) o).doubleValue();
    }

    private static void binary(TypeBuilder b, String name, DoubleBinaryOperator op) {
        b.method1("__" + name + "__", (self, o) -> isOperand(o)
                ? PyFloat.of(op.applyAsDouble(value(self), operand(o)))
                : PyNotImplemented.NOT_IMPLEMENTED);
        b.method1("__r" + name + "__", (self, o) -> isOperand(o)
                ? PyFloat.of(op.applyAsDouble(operand(o), value(self)))
                : PyNotImplemented.NOT_IMPLEMENTED);
    }

    private static PyObject divmod(PyObject self, PyObject o, boolean reflected) {
        if (!isOperand(o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        double[] r = reflected ? FloatArith.divmod(operand(o), value(self))
                : FloatArith.divmod(value(self), operand(o));
        return PyTuple.of(PyFloat.of(r[0]), PyFloat.of(r[1]));
    }

    private static PyObject pow(PyObject self, PyObject[] args, String[] kwnames, boolean reflected) {
        ArgParser.noKeywords(reflected ? "__rpow__" : "__pow__", kwnames);
        ArgParser.checkPositional(reflected ? "__rpow__" : "__pow__", args.length, 1, 2);
        // CPython float_pow rejects a modulus before it converts the other operand
        if (args.length > 1 && args[1] != PyNone.NONE) {
            throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        if (!isOperand(args[0])) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        double x = value(self);
        double y = operand(args[0]);
        return reflected ? FloatArith.pow(y, x) : FloatArith.pow(x, y);
    }

    private static void defineComparisons(TypeBuilder b) {
        for (CompareOp op : CompareOp.values()) {
            b.method1(op.dunder, (self, o) -> compare(value(self), o, op));
        }
        b.method0("__hash__", self -> PyInt.of(hash(self)));
    }

    // CPython: float_richcompare in floatobject.c
    private static PyObject compare(double x, PyObject o, CompareOp op) {
        if (o instanceof PyFloat f) {
            double y = f.value;
            return PyBool.of(switch (op) {
                case LT -> x < y;
                case LE -> x <= y;
                case EQ -> x == y;
                case NE -> x != y;
                case GT -> x > y;
                case GE -> x >= y;
            });
        }
        if (o instanceof PyInt i) {
            int c = FloatArith.compare(x, i);
            return PyBool.of(c == 2 ? op == CompareOp.NE : op.test(c));
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** {@code hash(float)}; a nan hashes by identity, as in CPython 3.10+. */
    static long hash(PyObject self) {
        double v = value(self);
        if (Double.isNaN(v)) {
            return Hashing.fix(Ops.id(self) >>> 4 | Ops.id(self) << 60);
        }
        return Hashing.hashDouble(v);
    }

    private static void defineConversions(TypeBuilder b) {
        b.method0("__repr__", self -> PyStr.of(FloatFormat.repr(value(self))));
        b.method0("__int__", self -> FloatArith.toInt(value(self)));
        b.method0("__trunc__", self -> FloatArith.toInt(value(self)));
        b.method0("__floor__", self -> FloatArith.toInt(Math.floor(value(self))));
        b.method0("__ceil__", self -> FloatArith.toInt(Math.ceil(value(self))));
        b.method0("__float__", PyFloatMethods::exact);
        b.method("__round__", "__round__($self, ndigits=None, /)", PyFloatMethods::round);
        b.method1("__format__", "__format__($self, format_spec, /)\n--\n\n",
                (self, spec) -> PyStr.of(format(self, spec)));
        b.method0("__getnewargs__", self -> PyTuple.of(PyFloat.of(value(self))));
        b.method0("is_integer", self -> {
            double v = value(self);
            return PyBool.of(!Double.isInfinite(v) && v == Math.floor(v));
        });
        b.method0("as_integer_ratio", self -> {
            BigInteger[] r = FloatArith.asIntegerRatio(value(self));
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]));
        });
        b.method0("hex", self -> PyStr.of(FloatHex.hex(value(self))));
        b.classmethod("fromhex", "fromhex($type, string, /)", FloatNew::fromhex);
        b.classmethod("__getformat__", "__getformat__($type, typestr, /)", PyFloatMethods::getformat);
        b.method0("conjugate", PyFloatMethods::exact);
        b.getter("real", PyFloatMethods::exact);
        b.getter("imag", self -> PyFloat.of(0.0));
    }

    // CPython: float___getformat___impl in floatobject.c; a JVM double is IEEE 754, and Weft
    // reports the byte order of the x86-64 and ARM64 machines it runs on, as sys.byteorder does
    private static PyObject getformat(PyObject type, PyObject[] args, String[] kwnames) {
        ArgParser.checkOneArg("float.__getformat__", args, kwnames);
        String typestr = StrArgs.str(args[0], "__getformat__", "").value();
        if (!typestr.equals("double") && !typestr.equals("float")) {
            throw PyErr.format(PyExc.ValueError, "%s", "__getformat__() argument 1 must be 'double' or 'float'");
        }
        return PyStr.of("IEEE, little-endian");
    }

    // CPython: float___round___impl in floatobject.c
    private static PyObject round(PyObject self, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("__round__", kwnames);
        ArgParser.checkPositional("__round__", args.length, 0, 1);
        double x = value(self);
        if (args.length == 0 || args[0] == PyNone.NONE) {
            return FloatArith.roundToInt(x);
        }
        PyInt n = Ops.index(args[0]);
        long nd = n.isSmall() ? n.longValue() : n.signum() * Long.MAX_VALUE;
        return PyFloat.of(FloatArith.round(x, nd));
    }

    // CPython: float___format___impl and _PyFloat_FormatAdvancedWriter
    static String format(PyObject self, PyObject specObj) {
        if (!(specObj instanceof PyStr s)) {
            throw PyErr.typeError("__format__() argument must be str, not %s",
                    Ops.argTypeName(specObj));
        }
        String spec = s.value();
        if (spec.isEmpty()) {
            return Ops.str(self).value();
        }
        FormatSpec f = FormatSpec.parse(spec, '\0', '>', self.type.getName());
        switch (f.type) {
            case '\0', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
                return FloatFormat.format(value(self), f);
            default:
                throw f.unknownType(self.type.getName());
        }
    }
}
