package org.weft.python.modules;

import java.util.function.DoubleUnaryOperator;
import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.FloatNew;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyObject;

/**
 * The {@code math} module: the float functions of C's libm with CPython's error rules
 * ({@code math_1} in mathmodule.c: a nan from a non-nan is "math domain error", an infinity from
 * a finite argument is "math range error" where the function can overflow), plus the integer
 * functions in {@link MathIntegers}. Arguments are any object with {@code __float__} or
 * {@code __index__}. Stateless.
 */
public final class MathModule implements BuiltinModule {

    @Override
    public String name() {
        return "math";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("__doc__", org.weft.python.runtime.PyStr.of(
                "This module provides access to the mathematical functions\n"
                        + "defined by the C standard."));
        m.put("pi", PyFloat.of(Math.PI));
        m.put("e", PyFloat.of(Math.E));
        m.put("tau", PyFloat.of(2 * Math.PI));
        m.put("inf", PyFloat.of(Double.POSITIVE_INFINITY));
        m.put("nan", PyFloat.of(Double.NaN));
        unary(m, "sqrt", Math::sqrt, false);
        unary(m, "exp", org.weft.python.runtime.MathCorrectlyRounded::exp, true);
        unary(m, "exp2", x -> Math.pow(2.0, x), true);
        unary(m, "expm1", Math::expm1, true);
        unary(m, "log1p", Math::log1p, false);
        unary(m, "fabs", Math::abs, false);
        unary(m, "sin", org.weft.python.runtime.MathCorrectlyRounded::sin, false);
        unary(m, "cos", org.weft.python.runtime.MathCorrectlyRounded::cos, false);
        unary(m, "tan", org.weft.python.runtime.MathCorrectlyRounded::tan, false);
        unary(m, "asin", org.weft.python.runtime.MathCorrectlyRounded::asin, false);
        unary(m, "acos", org.weft.python.runtime.MathCorrectlyRounded::acos, false);
        unary(m, "atan", org.weft.python.runtime.MathCorrectlyRounded::atan, false);
        unary(m, "sinh", MathLibm::sinh, true);
        unary(m, "cosh", MathLibm::cosh, true);
        // StrictMath: fdlibm's tanh, which glibc's s_tanh.c is too. Java 24 made Math.tanh an intrinsic
        // that differs from it in the last bit for 9% of arguments in [-10, 10] (Java 17's was fdlibm's).
        unary(m, "tanh", StrictMath::tanh, false);
        unary(m, "asinh", MathLibm::asinh, false);
        unary(m, "acosh", MathLibm::acosh, false);
        unary(m, "atanh", MathLibm::atanh, false);
        unary(m, "cbrt", MathCbrt::cbrt, false);
        unary(m, "erf", MathSpecial::erf, false);
        unary(m, "erfc", MathSpecial::erfc, false);
        unary(m, "gamma", MathSpecial::gamma, true);
        unary(m, "lgamma", MathSpecial::lgamma, true);
        m.put("isfinite", PyBuiltinFunction.of1("isfinite", null,
                (s, x) -> PyBool.of(Double.isFinite(FloatNew.asDouble(x)))));
        m.put("isinf", PyBuiltinFunction.of1("isinf", null,
                (s, x) -> PyBool.of(Double.isInfinite(FloatNew.asDouble(x)))));
        m.put("isnan", PyBuiltinFunction.of1("isnan", null,
                (s, x) -> PyBool.of(Double.isNaN(FloatNew.asDouble(x)))));
        MathFloats.define(m);
        MathIntegers.define(m);
    }

    private static void unary(PyModule m, String name, DoubleUnaryOperator f, boolean canOverflow) {
        m.put(name, PyBuiltinFunction.of1(name, null,
                (self, x) -> PyFloat.of(math1(FloatNew.asDouble(x), f, canOverflow))));
    }

    // CPython: math_1 in mathmodule.c
    /** Applies {@code f} with CPython's domain and range checks. */
    static double math1(double x, DoubleUnaryOperator f, boolean canOverflow) {
        double r = f.applyAsDouble(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    static PyException domainError() {
        return PyErr.valueError("math domain error");
    }

    static PyException rangeError() {
        return PyErr.format(PyExc.OverflowError, "%s", "math range error");
    }

    /** Reads an int argument by {@code __index__}. */
    static PyInt index(PyObject o) {
        return Ops.index(o);
    }

    static void noKeywords(String name, String[] kwnames) {
        ArgParser.noKeywords(name, kwnames);
    }
}
