package org.weft.python.runtime;

/** {@code complex(real=0, imag=0)} and {@code complex(str)}. CPython: complex_new_impl. */
final class ComplexNew {

    private ComplexNew() {}

    private static final ArgParser NEW = ArgParser.of("complex", "real=", "imag=");

    static PyObject newComplex(PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] a = NEW.parse(args, kwnames);
        double[] z = compute(a[0], a[1]);
        return new PyComplex(type, z[0], z[1]);
    }

    private static double[] compute(PyObject r, PyObject i) {
        if (r == null) {
            r = PyInt.of(0);
        }
        if (r instanceof PyStr s) {
            if (i != null) {
                throw PyErr.typeError("complex() can't take second arg if first is a string");
            }
            return parse(s.value());
        }
        if (i instanceof PyStr) {
            throw PyErr.typeError("complex() second arg can't be a string");
        }
        double[] re = component(r, "first");
        if (i == null) {
            return new double[] {re[0], re.length > 1 ? re[1] : 0.0};
        }
        double[] im = component(i, "second");
        // Only a complex part adds its other half, so complex(0, -0.0) keeps its -0.0 imag.
        double real = im.length > 1 ? re[0] - im[1] : re[0];
        double imag = re.length > 1 ? im[0] + re[1] : im[0];
        return new double[] {real, imag};
    }

    /**
     * {real, imag} of a complex argument, {value} of a real one. Only the first argument may
     * convert itself with __complex__; the second must already be a complex, float or int-like
     * (CPython: complex_new_impl and try_complex_special_method).
     */
    private static double[] component(PyObject o, String which) {
        boolean first = which.equals("first");
        if (first) {
            PyObject c = Ops.callSpecialOrNull(o, "__complex__");
            if (c != null) {
                if (!(c instanceof PyComplex)) {
                    throw PyErr.typeError("__complex__ returned non-complex (type %s)", Ops.typeName(c));
                }
                o = c;
            }
        }
        if (o instanceof PyComplex z) {
            return new double[] {z.real, z.imag};
        }
        if (o instanceof PyFloat || o instanceof PyInt || o.type().lookup("__float__") != null
                || o.type().lookup("__index__") != null) {
            return new double[] {FloatNew.asDouble(o)};
        }
        throw first
                ? PyErr.typeError("complex() first argument must be a string or a number, not '%s'", Ops.typeName(o))
                : PyErr.typeError("complex() second argument must be a number, not '%s'", Ops.typeName(o));
    }

    // CPython: complex_from_string_inner in complexobject.c
    /** Parses {@code 1+2j}, {@code (1-2j)}, {@code 2j}, {@code -j}, {@code 1.5}. */
    static double[] parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        double[] r = tryParse(s);
        if (r == null) {
            throw PyErr.valueError("complex() arg is a malformed string");
        }
        return r;
    }

    private static double[] tryParse(String s) {
        if (s.isEmpty()) {
            return null;
        }
        if (!(s.endsWith("j") || s.endsWith("J"))) {
            double re = part(s);
            return Double.isNaN(re) && !isNan(s) ? null : new double[] {re, 0.0};
        }
        String body = s.substring(0, s.length() - 1);
        // Find the sign that starts the imaginary part: not at 0, not after an 'e'.
        for (int k = body.length() - 1; k > 0; k--) {
            char ch = body.charAt(k);
            char prev = body.charAt(k - 1);
            if ((ch == '+' || ch == '-') && prev != 'e' && prev != 'E') {
                double re = part(body.substring(0, k));
                double im = imagPart(body.substring(k));
                if ((Double.isNaN(re) && !isNan(body.substring(0, k)))
                        || (Double.isNaN(im) && !isNan(body.substring(k)))) {
                    return null;
                }
                return new double[] {re, im};
            }
        }
        double im = imagPart(body);
        return Double.isNaN(im) && !isNan(body) ? null : new double[] {0.0, im};
    }

    private static double imagPart(String s) {
        if (s.isEmpty() || s.equals("+")) {
            return 1.0;
        }
        if (s.equals("-")) {
            return -1.0;
        }
        return part(s);
    }

    private static double part(String s) {
        try {
            return FloatParse.parse(s);
        } catch (PyException e) {
            return Double.NaN;
        }
    }

    private static boolean isNan(String s) {
        String t = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        return t.equalsIgnoreCase("nan");
    }
}
