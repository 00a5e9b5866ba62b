package org.weft.python.runtime;

/**
 * {@code int.__new__} and {@code int(x)}'s conversion of any object. CPython: long_new_impl and
 * PyNumber_Long in longobject.c and abstract.c.
 */
final class IntNew {

    private IntNew() {}

    private static final ArgParser NEW = ArgParser.of("int", "x=", "/", "base=");

    static PyObject newInt(PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] a = NEW.parse(args, kwnames);
        PyInt v = compute(a[0], a[1]);
        if (type == PyInt.TYPE) {
            return v;
        }
        if (type.getJavaClass() == PyBool.class) {
            throw PyErr.typeError("int.__new__(%s) is not safe, use %s.__new__()",
                    type.getName(), type.getName());
        }
        return PyInt.ofType(type, v.bigValue());
    }

    private static PyInt compute(PyObject x, PyObject base) {
        if (x == null) {
            if (base != null) {
                throw PyErr.typeError("int() missing string argument");
            }
            return PyInt.of(0);
        }
        if (base == null) {
            return toInt(x);
        }
        PyInt b = Ops.index(base);
        long n = b.isSmall() ? b.longValue() : Long.MAX_VALUE;
        if ((n != 0 && n < 2) || n > 36) {
            throw PyErr.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        if (x instanceof PyStr s) {
            return IntParse.parse(s.value(), (int) n);
        }
        String bytes = BytesText.asciiOrNull(x);
        if (bytes != null) {
            return BytesText.parseInt(x, bytes, (int) n);
        }
        throw PyErr.typeError("int() can't convert non-string with explicit base");
    }

    // CPython: PyNumber_Long in abstract.c
    /** {@code int(x)} for one argument: __int__, __index__, __trunc__, then str and bytes. */
    static PyInt toInt(PyObject x) {
        if (x.type() == PyInt.TYPE) {
            return (PyInt) x;
        }
        if (x.type() == PyFloat.TYPE) {
            return FloatArith.toInt(((PyFloat) x).value);
        }
        PyObject r = Ops.callSpecialOrNull(x, "__int__");
        if (r != null) {
            if (r instanceof PyInt i) {
                return PyIntMethods.exact(i);
            }
            throw PyErr.typeError("__int__ returned non-int (type %s)", Ops.typeName(r));
        }
        if (x.type().lookup("__index__") != null) {
            return Ops.index(x);
        }
        if (x.type().lookup("__trunc__") != null) { // CPython warns before it calls __trunc__
            Warnings.warn(PyExc.DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.", 1);
        }
        r = Ops.callSpecialOrNull(x, "__trunc__");
        if (r != null) {
            if (r instanceof PyInt i) {
                return PyIntMethods.exact(i);
            }
            if (r.type().lookup("__index__") == null) {
                throw PyErr.typeError("__trunc__ returned non-Integral (type %s)", Ops.typeName(r));
            }
            return Ops.index(r);
        }
        if (x instanceof PyStr s) {
            return IntParse.parse(s.value(), 10);
        }
        String bytes = BytesText.asciiOrNull(x);
        if (bytes != null) {
            return BytesText.parseInt(x, bytes, 10);
        }
        throw PyErr.typeError(
                "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                Ops.typeName(x));
    }
}
