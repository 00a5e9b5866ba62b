package org.weft.python.modules;

import java.util.ArrayList;
import java.util.List;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyObject;

/** {@code math.fsum} (exact, Shewchuk's algorithm) and {@code math.prod}. */
final class MathSum {

    private MathSum() {}

    // CPython: math_fsum in mathmodule.c
    /** The correctly rounded sum: partials without rounding error, then a careful final sum. */
    static double fsum(PyObject iterable) {
        List<Double> partials = new ArrayList<>();
        double specialSum = 0.0;
        double infSum = 0.0;
        PyObject it = Ops.iter(iterable);
        for (PyObject o = Ops.next(it); o != null; o = Ops.next(it)) {
            double x = MathFloats.d(o);
            if (!Double.isFinite(x)) {
                if (Double.isInfinite(x)) {
                    infSum += x;
                }
                specialSum += x;
                continue;
            }
            int i = 0;
            for (double y : partials) {
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    partials.set(i++, lo);
                }
                x = hi;
            }
            if (Double.isInfinite(x)) {
                throw PyErr.format(PyExc.OverflowError, "%s", "intermediate overflow in fsum");
            }
            partials.subList(i, partials.size()).clear();
            partials.add(x);
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw PyErr.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        return finish(partials);
    }

    private static double finish(List<Double> p) {
        int n = p.size();
        double hi = 0.0;
        if (n == 0) {
            return hi;
        }
        hi = p.get(--n);
        double lo = 0.0;
        while (n > 0) {
            double x = hi;
            double y = p.get(--n);
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) {
                break;
            }
        }
        // Round half-even correctly when the rest of the partials push it over the tie.
        if (n > 0 && ((lo < 0.0 && p.get(n - 1) < 0.0) || (lo > 0.0 && p.get(n - 1) > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) {
                hi = x;
            }
        }
        return hi;
    }

    private static final ArgParser PROD = ArgParser.of("prod", "iterable", "/", "*", "start=");

    static PyObject prod(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] a = PROD.parse(args, kwnames);
        PyObject result = a[1] == null ? PyInt.of(1) : a[1];
        PyObject it = Ops.iter(a[0]);
        for (PyObject o = Ops.next(it); o != null; o = Ops.next(it)) {
            result = Ops.mul(result, o);
        }
        return result;
    }
}
