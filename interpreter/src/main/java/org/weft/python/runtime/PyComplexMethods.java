package org.weft.python.runtime;

/**
 * The methods of {@code complex}: arithmetic with complex, float and int operands, repr, hash,
 * equality, {@code complex(...)}. CPython: complexobject.c.
 */
final class PyComplexMethods {

    private PyComplexMethods() {}

    /** An operation on two complex numbers given as their parts. */
    @FunctionalInterface
    interface ComplexOp {
        PyObject apply(double ar, double ai, double br, double bi);
    }

    static void define(TypeBuilder b) {
        b.method0("__sizeof__", self -> PyInt.of(32)); // CPython's tp_basicsize
        b.doc("complex(real=0, imag=0)\n--\n\nCreate a complex number from a real part and an "
                + "optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag "
                + "defaults to 0.");
        b.newFn(ComplexNew::newComplex);
        binary(b, "add", (ar, ai, br, bi) -> PyComplex.of(ar + br, ai + bi));
        binary(b, "sub", (ar, ai, br, bi) -> PyComplex.of(ar - br, ai - bi));
        binary(b, "mul", ComplexArith::mul);
        binary(b, "truediv", ComplexArith::div);
        b.method("__pow__", "__pow__($self, value, mod=None, /)", (self, a, k) -> pow(self, a, false));
        b.method("__rpow__", "__rpow__($self, value, mod=None, /)", (self, a, k) -> pow(self, a, true));
        b.method0("__neg__", self -> PyComplex.of(-c(self).real, -c(self).imag));
        b.method0("__pos__", self -> PyComplex.of(c(self).real, c(self).imag));
        b.method0("__abs__", PyComplexMethods::abs);
        b.method0("__bool__", self -> PyBool.of(c(self).real != 0.0 || c(self).imag != 0.0));
        b.method1("__eq__", (self, o) -> eq(c(self), o, true));
        b.method1("__ne__", (self, o) -> eq(c(self), o, false));
        b.method0("__hash__", self -> PyInt.of(ComplexArith.hash(c(self).real, c(self).imag)));
        b.method0("__repr__", self -> PyStr.of(repr(c(self).real, c(self).imag)));
        b.method1("__format__", "__format__($self, format_spec, /)\n--\n\n", PyComplexMethods::format);
        b.method0("conjugate", self -> PyComplex.of(c(self).real, -c(self).imag));
        // CPython: complex___complex___impl, "Convert this value to exact type complex."
        b.method0("__complex__", self -> self.type() == PyComplex.TYPE
                ? self : PyComplex.of(c(self).real, c(self).imag));
        b.method0("__getnewargs__",
                self -> PyTuple.of(PyFloat.of(c(self).real), PyFloat.of(c(self).imag)));
        b.readonlyMember("real", self -> PyFloat.of(c(self).real));
        b.readonlyMember("imag", self -> PyFloat.of(c(self).imag));
    }

    private static PyComplex c(PyObject self) {
        return (PyComplex) self;
    }

    /** The parts of a complex, float or int operand, or null for any other type. */
    static double[] parts(PyObject o) {
        if (o instanceof PyComplex z) {
            return new double[] {z.real, z.imag};
        }
        if (o instanceof PyFloat f) {
            return new double[] {f.value, 0.0};
        }
        if (o instanceof PyInt i) {
            return new double[] {i.doubleValue(), 0.0};
        }
        return null;
    }

    private static void binary(TypeBuilder b, String name, ComplexOp op) {
        b.method1("__" + name + "__", (self, o) -> {
            double[] y = parts(o);
            return y == null ? PyNotImplemented.NOT_IMPLEMENTED
                    : op.apply(c(self).real, c(self).imag, y[0], y[1]);
        });
        b.method1("__r" + name + "__", (self, o) -> {
            double[] y = parts(o);
            return y == null ? PyNotImplemented.NOT_IMPLEMENTED
                    : op.apply(y[0], y[1], c(self).real, c(self).imag);
        });
    }

    private static PyObject pow(PyObject self, PyObject[] args, boolean reflected) {
        ArgParser.checkPositional("__pow__", args.length, 1, 2);
        double[] y = parts(args[0]);
        if (y == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (args.length > 1 && args[1] != PyNone.NONE) {
            throw PyErr.valueError("complex modulo");
        }
        PyComplex x = c(self);
        return reflected ? ComplexArith.pow(y[0], y[1], x.real, x.imag)
                : ComplexArith.pow(x.real, x.imag, y[0], y[1]);
    }

    private static PyObject abs(PyObject self) {
        PyComplex z = c(self);
        if (Double.isInfinite(z.real) || Double.isInfinite(z.imag)) {
            return PyFloat.of(Double.POSITIVE_INFINITY);
        }
        double r = FloatHypot.hypot(z.real, z.imag);
        if (Double.isInfinite(r)) {
            throw PyErr.format(PyExc.OverflowError, "%s", "absolute value too large");
        }
        return PyFloat.of(r);
    }

    // CPython: complex_richcompare in complexobject.c
    private static PyObject eq(PyComplex z, PyObject o, boolean equal) {
        boolean same;
        if (o instanceof PyInt i) {
            same = z.imag == 0.0 && FloatArith.compare(z.real, i) == 0;
        } else if (o instanceof PyFloat f) {
            same = z.real == f.value && z.imag == 0.0;
        } else if (o instanceof PyComplex w) {
            same = z.real == w.real && z.imag == w.imag;
        } else {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(same == equal);
    }

    // CPython: complex_repr in complexobject.c
    static String repr(double re, double im) {
        if (re == 0.0 && Math.copySign(1.0, re) == 1.0) {
            return FloatFormat.toString(im, 'r', 0, 0) + "j";
        }
        return "(" + FloatFormat.toString(re, 'r', 0, 0)
                + FloatFormat.toString(im, 'r', 0, FloatFormat.SIGN) + "j)";
    }

    // CPython: complex__format__ in complexobject.c
    private static PyObject format(PyObject self, PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw PyErr.typeError("__format__() argument must be str, not %s", Ops.argTypeName(spec));
        }
        if (s.value().isEmpty()) {
            return Ops.str(self);
        }
        return PyStr.of(ComplexFormat.format(c(self).real, c(self).imag, s.value(),
                self.type.getName()));
    }
}
