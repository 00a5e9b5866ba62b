package org.weft.python.runtime;

/** Complex arithmetic with CPython's algorithms and errors. CPython: complexobject.c. */
final class ComplexArith {

    private ComplexArith() {}

    // CPython: _Py_c_quot in complexobject.c (Smith's method)
    static PyComplex div(double ar, double ai, double br, double bi) {
        double absBr = Math.abs(br);
        double absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                throw PyErr.format(PyExc.ZeroDivisionError, "%s", "complex division by zero");
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return PyComplex.of((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        } else if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return PyComplex.of((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        return PyComplex.of(Double.NaN, Double.NaN);
    }

    static PyComplex mul(double ar, double ai, double br, double bi) {
        return PyComplex.of(ar * br - ai * bi, ar * bi + ai * br);
    }

    // CPython: complex_pow, c_powi and _Py_c_pow in complexobject.c
    static PyComplex pow(double ar, double ai, double br, double bi) {
        PyComplex p;
        long n = (long) br;
        if (bi == 0.0 && br == n && n <= 100 && n >= -100) {
            p = powi(ar, ai, n);
        } else {
            p = powGeneral(ar, ai, br, bi);
        }
        if (Double.isInfinite(p.real) || Double.isInfinite(p.imag)) {
            throw PyErr.format(PyExc.OverflowError, "%s", "complex exponentiation");
        }
        return p;
    }

    private static PyComplex powGeneral(double ar, double ai, double br, double bi) {
        if (br == 0.0 && bi == 0.0) {
            return PyComplex.of(1.0, 0.0);
        }
        if (ar == 0.0 && ai == 0.0) {
            if (bi != 0.0 || br < 0.0) {
                throw PyErr.format(PyExc.ZeroDivisionError, "%s",
                        "0.0 to a negative or complex power");
            }
            return PyComplex.of(0.0, 0.0);
        }
        double vabs = FloatHypot.hypot(ar, ai);
        double len = Math.pow(vabs, br);
        double at = Math.atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0) {
            len /= Math.exp(at * bi);
            phase += bi * Math.log(vabs);
        }
        return PyComplex.of(len * Math.cos(phase), len * Math.sin(phase));
    }

    private static PyComplex powi(double ar, double ai, long n) {
        if (n > 0) {
            return powu(ar, ai, n);
        }
        PyComplex d = powu(ar, ai, -n);
        if (d.real == 0.0 && d.imag == 0.0) {
            throw PyErr.format(PyExc.ZeroDivisionError, "%s", "0.0 to a negative or complex power");
        }
        return div(1.0, 0.0, d.real, d.imag);
    }

    private static PyComplex powu(double xr, double xi, long n) {
        double rr = 1.0;
        double ri = 0.0;
        double pr = xr;
        double pi = xi;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            mask <<= 1;
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        return PyComplex.of(rr, ri);
    }

    // CPython: complex_hash in complexobject.c
    static long hash(double re, double im) {
        long hr = Hashing.hashDouble(re);
        long hi = Hashing.hashDouble(im);
        return Hashing.fix(hr + Hashing.IMAG * hi);
    }
}
