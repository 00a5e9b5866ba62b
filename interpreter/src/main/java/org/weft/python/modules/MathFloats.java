package org.weft.python.modules;

import java.util.ArrayList;
import java.util.List;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.FloatArith;
import org.weft.python.runtime.FloatNew;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyTuple;

/** The float functions of {@code math} that take more than one argument or are special. */
final class MathFloats {

    private MathFloats() {}

    static void define(PyModule m) {
        m.put("degrees", fn1("degrees", x -> PyFloat.of(d(x) * (180.0 / Math.PI))));
        m.put("radians", fn1("radians", x -> PyFloat.of(d(x) * (Math.PI / 180.0))));
        m.put("ceil", fn1("ceil", x -> rounding(x, "__ceil__")));
        m.put("floor", fn1("floor", x -> rounding(x, "__floor__")));
        m.put("trunc", fn1("trunc", MathFloats::trunc));
        m.put("log", PyBuiltinFunction.of("log", null, MathFloats::log));
        m.put("log2", fn1("log2", x -> PyFloat.of(MathLog.log2(x))));
        m.put("log10", fn1("log10", x -> PyFloat.of(MathLog.log10(x))));
        m.put("pow", fn2("pow", MathFloats::pow));
        m.put("copysign", fn2("copysign", (x, y) -> PyFloat.of(Math.copySign(d(x), d(y)))));
        m.put("fmod", fn2("fmod", MathFloats::fmod));
        m.put("atan2", fn2("atan2", (y, x) -> PyFloat.of(MathLibm.atan2(d(y), d(x)))));
        m.put("remainder", fn2("remainder", MathFloats::remainder));
        m.put("nextafter", fn2("nextafter", (x, y) -> PyFloat.of(Math.nextAfter(d(x), d(y)))));
        m.put("ulp", fn1("ulp", MathFloats::ulp));
        m.put("ldexp", fn2("ldexp", MathFloats::ldexp));
        m.put("frexp", fn1("frexp", MathFloats::frexp));
        m.put("modf", fn1("modf", MathFloats::modf));
        m.put("hypot", PyBuiltinFunction.of("hypot", null, (s, a, k) -> {
            ArgParser.noKeywords("math.hypot", k);
            return PyFloat.of(hypot(doubles(a)));
        }));
        m.put("dist", fn2("dist", MathFloats::dist));
        m.put("isclose", PyBuiltinFunction.of("isclose", null, MathFloats::isclose));
        m.put("fsum", fn1("fsum", x -> PyFloat.of(MathSum.fsum(x))));
        m.put("prod", PyBuiltinFunction.of("prod", null, MathSum::prod));
    }

    interface F1 {
        PyObject apply(PyObject x);
    }

    interface F2 {
        PyObject apply(PyObject x, PyObject y);
    }

    static PyBuiltinFunction fn1(String name, F1 f) {
        return PyBuiltinFunction.of1(name, null, (self, x) -> f.apply(x));
    }

    static PyBuiltinFunction fn2(String name, F2 f) {
        return PyBuiltinFunction.of(name, null, (self, a, k) -> {
            ArgParser.noKeywords(name, k);
            ArgParser.checkPositional(name, a.length, 2, 2);
            return f.apply(a[0], a[1]);
        });
    }

    static double d(PyObject x) {
        return FloatNew.asDouble(x);
    }

    /** ceil and floor: ints as they are, {@code __ceil__}/{@code __floor__}, else the float's. */
    private static PyObject rounding(PyObject x, String dunder) {
        if (x.type() == PyFloat.TYPE) {
            double v = ((PyFloat) x).value();
            return FloatArith.toInt(dunder.equals("__ceil__") ? Math.ceil(v) : Math.floor(v));
        }
        PyObject r = Ops.callSpecialOrNull(x, dunder);
        if (r != null) {
            return r;
        }
        double v = d(x);
        return FloatArith.toInt(dunder.equals("__ceil__") ? Math.ceil(v) : Math.floor(v));
    }

    private static PyObject trunc(PyObject x) {
        if (x.type() == PyFloat.TYPE) {
            return FloatArith.toInt(((PyFloat) x).value());
        }
        PyObject r = Ops.callSpecialOrNull(x, "__trunc__");
        if (r == null) {
            throw PyErr.typeError("type %s doesn't define __trunc__ method", Ops.typeName(x));
        }
        return r;
    }

    private static PyObject log(PyObject self, PyObject[] a, String[] k) {
        ArgParser.noKeywords("log", k);
        if (a.length < 1 || a.length > 2) {
            // CPython 3.11 math_log parses its arguments by hand.
            throw PyErr.typeError("math.log requires 1 to 2 arguments");
        }
        double num = MathLog.log(a[0]);
        if (a.length == 1) {
            return PyFloat.of(num);
        }
        double den = MathLog.log(a[1]);
        return PyFloat.of(FloatArith.truediv(num, den));
    }

    // CPython: math_pow_impl in mathmodule.c
    private static PyObject pow(PyObject xo, PyObject yo) {
        double x = d(xo);
        double y = d(yo);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                return PyFloat.of(y == 0.0 ? 1.0 : x);
            }
            if (Double.isNaN(y)) {
                return PyFloat.of(x == 1.0 ? 1.0 : y);
            }
            return PyFloat.of(org.weft.python.runtime.MathCorrectlyRounded.pow(x, y));
        }
        if (x == 0.0 && y < 0.0) {
            throw MathModule.domainError();
        }
        if (x < 0.0 && y != Math.floor(y)) {
            throw MathModule.domainError();
        }
        double r = org.weft.python.runtime.MathCorrectlyRounded.pow(x, y);
        if (Double.isInfinite(r)) {
            throw MathModule.rangeError();
        }
        return PyFloat.of(r);
    }

    private static PyObject fmod(PyObject xo, PyObject yo) {
        double x = d(xo);
        double y = d(yo);
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return PyFloat.of(x);
        }
        double r = x % y;
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw MathModule.domainError();
        }
        return PyFloat.of(r);
    }

    private static PyObject remainder(PyObject xo, PyObject yo) {
        double x = d(xo);
        double y = d(yo);
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return PyFloat.of(Double.NaN);
        }
        if (Double.isInfinite(x) || y == 0.0) {
            throw MathModule.domainError();
        }
        return PyFloat.of(Double.isInfinite(y) ? x : Math.IEEEremainder(x, y));
    }

    private static PyObject ulp(PyObject xo) {
        double x = Math.abs(d(xo));
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return PyFloat.of(x);
        }
        if (x == Double.MAX_VALUE) {
            return PyFloat.of(x - Math.nextDown(x));
        }
        return PyFloat.of(Math.nextUp(x) - x);
    }

    private static PyObject ldexp(PyObject xo, PyObject io) {
        double x = d(xo);
        if (!(io instanceof PyInt)) {
            throw PyErr.typeError("Expected an int as second argument to ldexp.");
        }
        PyInt i = (PyInt) io;
        long e = i.isSmall() ? i.longValue() : i.signum() * (long) Integer.MAX_VALUE;
        if (x == 0.0 || !Double.isFinite(x)) {
            return PyFloat.of(x);
        }
        double r = Math.scalb(x, (int) Math.max(Math.min(e, 100000), -100000));
        if (Double.isInfinite(r)) {
            throw MathModule.rangeError();
        }
        return PyFloat.of(r);
    }

    private static PyObject frexp(PyObject xo) {
        double x = d(xo);
        if (x == 0.0 || !Double.isFinite(x)) {
            return PyTuple.of(PyFloat.of(x), PyInt.of(0));
        }
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) { // subnormal: normalise first
            x *= 0x1p54;
            e = Math.getExponent(x) - 54;
            return PyTuple.of(PyFloat.of(Math.scalb(x, -Math.getExponent(x) - 1)), PyInt.of(e + 1));
        }
        return PyTuple.of(PyFloat.of(Math.scalb(x, -e - 1)), PyInt.of(e + 1));
    }

    private static PyObject modf(PyObject xo) {
        double x = d(xo);
        if (Double.isInfinite(x)) {
            return PyTuple.of(PyFloat.of(Math.copySign(0.0, x)), PyFloat.of(x));
        }
        double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
        return PyTuple.of(PyFloat.of(Math.copySign(x - ip, x)), PyFloat.of(ip));
    }

    static double[] doubles(PyObject[] a) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = d(a[i]);
        }
        return r;
    }

    /** n-ary hypot: infinities win over nans, scaled to avoid overflow. */
    static double hypot(double[] v) {
        double max = 0.0;
        boolean nan = false;
        for (double x : v) {
            double a = Math.abs(x);
            if (Double.isInfinite(a)) {
                return Double.POSITIVE_INFINITY;
            }
            nan |= Double.isNaN(a);
            max = Math.max(max, a);
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0.0 || v.length == 1) {
            return max;
        }
        return org.weft.python.runtime.FloatHypot.norm(v);
    }

    private static PyObject dist(PyObject p, PyObject q) {
        if (!(p instanceof PyTuple) || !(q instanceof PyTuple)) {
            p = p instanceof PyTuple ? p : PyTuple.of(toList(p).toArray(new PyObject[0]));
            q = q instanceof PyTuple ? q : PyTuple.of(toList(q).toArray(new PyObject[0]));
        }
        PyObject[] a = ((PyTuple) p).items();
        PyObject[] b = ((PyTuple) q).items();
        if (a.length != b.length) {
            throw PyErr.valueError("both points must have the same number of dimensions");
        }
        double[] diff = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            diff[i] = d(a[i]) - d(b[i]);
        }
        return PyFloat.of(hypot(diff));
    }

    static List<PyObject> toList(PyObject iterable) {
        List<PyObject> out = new ArrayList<>();
        PyObject it = Ops.iter(iterable);
        for (PyObject x = Ops.next(it); x != null; x = Ops.next(it)) {
            out.add(x);
        }
        return out;
    }

    private static final ArgParser ISCLOSE = ArgParser.of("isclose", "a", "b", "*", "rel_tol=", "abs_tol=");

    // CPython: math_isclose_impl in mathmodule.c
    private static PyObject isclose(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] p = ISCLOSE.parse(args, kwnames);
        double a = d(p[0]);
        double b = d(p[1]);
        double rel = p[2] == null ? 1e-09 : d(p[2]);
        double abs = p[3] == null ? 0.0 : d(p[3]);
        if (rel < 0.0 || abs < 0.0) {
            throw PyErr.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return PyBool.TRUE;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return PyBool.FALSE;
        }
        double diff = Math.abs(b - a);
        return PyBool.of((diff <= Math.abs(rel * b)) || (diff <= Math.abs(rel * a)) || (diff <= abs));
    }
}
