package org.weft.python.modules;

import java.math.BigInteger;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyObject;

/** The integer functions of {@code math}: factorial, comb, perm, gcd, lcm, isqrt. */
final class MathIntegers {

    private MathIntegers() {}

    static void define(PyModule m) {
        m.put("factorial", MathFloats.fn1("factorial", MathIntegers::factorial));
        m.put("isqrt", MathFloats.fn1("isqrt", MathIntegers::isqrt));
        m.put("comb", MathFloats.fn2("comb", (n, k) -> combPerm(n, k, true)));
        m.put("perm", PyBuiltinFunction.of("perm", null, (s, a, kw) -> {
            ArgParser.noKeywords("math.perm", kw);
            ArgParser.checkPositional("perm", a.length, 1, 2);
            return a.length == 1 || a[1] == org.weft.python.runtime.PyNone.NONE
                    ? factorial(a[0]) : combPerm(a[0], a[1], false);
        }));
        m.put("gcd", PyBuiltinFunction.of("gcd", null, (s, a, kw) -> gcdLcm("gcd", a, kw, true)));
        m.put("lcm", PyBuiltinFunction.of("lcm", null, (s, a, kw) -> gcdLcm("lcm", a, kw, false)));
    }

    private static PyObject factorial(PyObject x) {
        PyInt n = Ops.index(x);
        if (n.signum() < 0) {
            throw PyErr.valueError("factorial() not defined for negative values");
        }
        if (!n.isSmall() || n.longValue() > 1_000_000_000L) {
            throw PyErr.format(org.weft.python.runtime.PyExc.OverflowError, "%s",
                    "factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        return PyInt.of(product(1, n.longValue()));
    }

    /** The product lo*(lo+1)*...*hi by halves, so the big multiplications stay balanced. */
    private static BigInteger product(long lo, long hi) {
        if (hi < lo) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    private static PyObject isqrt(PyObject x) {
        PyInt n = Ops.index(x);
        if (n.signum() < 0) {
            throw PyErr.valueError("isqrt() argument must be nonnegative");
        }
        return PyInt.of(n.bigValue().sqrt());
    }

    private static PyObject combPerm(PyObject no, PyObject ko, boolean comb) {
        PyInt n = Ops.index(no);
        PyInt k = Ops.index(ko);
        if (n.signum() < 0) {
            throw PyErr.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw PyErr.valueError("k must be a non-negative integer");
        }
        BigInteger bn = n.bigValue();
        BigInteger bk = k.bigValue();
        if (bk.compareTo(bn) > 0) {
            return PyInt.of(0);
        }
        if (comb && bk.compareTo(bn.subtract(bk)) > 0) {
            bk = bn.subtract(bk);
        }
        if (bk.bitLength() > 63) {
            throw PyErr.overflowError("k must not exceed %d", Long.MAX_VALUE); // CPython: perm_comb
        }
        long kk = bk.longValueExact();
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < kk; i++) {
            r = r.multiply(bn.subtract(BigInteger.valueOf(i)));
            if (comb) {
                r = r.divide(BigInteger.valueOf(i + 1));
            }
        }
        return PyInt.of(r);
    }

    private static PyObject gcdLcm(String name, PyObject[] args, String[] kw, boolean gcd) {
        ArgParser.noKeywords("math." + name, kw);
        BigInteger r = gcd ? BigInteger.ZERO : BigInteger.ONE;
        for (PyObject a : args) {
            BigInteger v = Ops.index(a).bigValue();
            if (gcd) {
                r = r.gcd(v);
            } else if (r.signum() == 0 || v.signum() == 0) {
                r = BigInteger.ZERO;
            } else {
                r = r.divide(r.gcd(v)).multiply(v).abs();
            }
        }
        return PyInt.of(r);
    }
}
