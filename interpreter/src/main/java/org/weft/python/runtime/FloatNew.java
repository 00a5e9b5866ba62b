package org.weft.python.runtime;

import java.nio.charset.StandardCharsets;

/**
 * {@code float.__new__}, {@code float.fromhex} and the conversion of any real number to a double
 * that {@code math} and the builtins use. CPython: float_new_impl, PyNumber_Float and
 * PyFloat_AsDouble.
 */
public final class FloatNew {

    private FloatNew() {}

    static PyObject newFloat(PyType type, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("float", kwnames);
        ArgParser.checkPositional("float", args.length, 0, 1);
        double v = args.length == 0 ? 0.0 : toDouble(args[0]);
        if (type == PyFloat.TYPE) {
            if (args.length == 1 && args[0].type() == PyFloat.TYPE) {
                return args[0];
            }
            return PyFloat.of(v);
        }
        return new PyFloat(type, v);
    }

    // CPython: PyNumber_Float in abstract.c
    /** {@code float(x)} of one argument, as a double. */
    static double toDouble(PyObject x) {
        if (x instanceof PyFloat f && x.type() == PyFloat.TYPE) {
            return f.value;
        }
        if (x.type() == PyStr.TYPE) {
            return FloatParse.parse(((PyStr) x).value());
        }
        PyObject r = Ops.callSpecialOrNull(x, "__float__");
        if (r != null) {
            if (r instanceof PyFloat f) {
                return f.value;
            }
            throw PyErr.typeError("%s.__float__ returned non-float (type %s)", Ops.typeName(x),
                    Ops.typeName(r));
        }
        if (x.type().lookup("__index__") != null) {
            return Ops.index(x).doubleValue();
        }
        if (x instanceof PyFloat f) {
            return f.value;
        }
        if (x instanceof PyStr s) {
            return FloatParse.parse(s.value());
        }
        ByteView bytes = BytesArgs.viewOrNull(x);
        if (bytes != null) {
            byte[] b = bytes.copy();
            return FloatParse.parseBytes(x, new String(b, StandardCharsets.ISO_8859_1));
        }
        throw PyErr.typeError("float() argument must be a string or a real number, not '%s'",
                Ops.typeName(x));
    }

    // CPython: PyFloat_AsDouble in floatobject.c
    /**
     * The double of a real number argument ({@code __float__}, else {@code __index__});
     * TypeError "must be real number, not str" otherwise. For math functions and the builtins.
     */
    public static double asDouble(PyObject x) {
        if (x instanceof PyFloat f) {
            return f.value;
        }
        if (x instanceof PyInt i && x.type() == PyInt.TYPE) {
            return i.doubleValue();
        }
        PyObject r = Ops.callSpecialOrNull(x, "__float__");
        if (r != null) {
            if (r instanceof PyFloat f) {
                return f.value;
            }
            throw PyErr.typeError("%s.__float__ returned non-float (type %s)", Ops.typeName(x),
                    Ops.typeName(r));
        }
        if (x.type().lookup("__index__") != null) {
            return Ops.index(x).doubleValue();
        }
        throw PyErr.typeError("must be real number, not %s", Ops.typeName(x));
    }

    // CPython: float_fromhex in floatobject.c
    static PyObject fromhex(PyObject type, PyObject[] args, String[] kwnames) {
        ArgParser.checkOneArg("float.fromhex", args, kwnames);
        if (!(args[0] instanceof PyStr s)) {
            throw PyErr.typeError("bad argument type for built-in operation"); // CPython: PyUnicode_AsUTF8AndSize
        }
        PyFloat f = PyFloat.of(FloatHex.fromHex(s.value()));
        return type == PyFloat.TYPE ? f : Ops.call(type, f);
    }
}
