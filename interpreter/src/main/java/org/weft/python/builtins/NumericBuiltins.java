package org.weft.python.builtins;

import java.math.BigInteger;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/** The numeric builtins: abs, divmod, pow, round, bin, oct, hex, chr, ord, hash. */
final class NumericBuiltins {

    private NumericBuiltins() {
    }

    static void define(PyModule m) {
        BuiltinsModule.def(m, PyBuiltinFunction.of1("abs", BuiltinDocs.of("abs"), (self, x) -> Ops.abs(x)));
        BuiltinsModule.def(m, PyBuiltinFunction.of2("divmod", BuiltinDocs.of("divmod"),
                (self, a, b) -> Ops.divmod(a, b)));
        BuiltinsModule.def(m, PyBuiltinFunction.of("pow", BuiltinDocs.of("pow"), (self, args, kw) -> {
            PyObject[] a = Params.POW.parse(args, kw);
            return a[2] == null || a[2] == PyNone.NONE ? Ops.pow(a[0], a[1]) : Ops.pow(a[0], a[1], a[2]);
        }));
        BuiltinsModule.def(m, PyBuiltinFunction.of("round", BuiltinDocs.of("round"), NumericBuiltins::round));
        BuiltinsModule.def(m, PyBuiltinFunction.of1("bin", BuiltinDocs.of("bin"), (self, x) -> radix(x, 2, "0b")));
        BuiltinsModule.def(m, PyBuiltinFunction.of1("oct", BuiltinDocs.of("oct"), (self, x) -> radix(x, 8, "0o")));
        BuiltinsModule.def(m, PyBuiltinFunction.of1("hex", BuiltinDocs.of("hex"), (self, x) -> radix(x, 16, "0x")));
        BuiltinsModule.def(m, PyBuiltinFunction.of1("chr", BuiltinDocs.of("chr"), (self, x) -> chr(x)));
        BuiltinsModule.def(m, PyBuiltinFunction.of1("ord", BuiltinDocs.of("ord"), (self, x) -> ord(x)));
        BuiltinsModule.def(m, PyBuiltinFunction.of1("hash", BuiltinDocs.of("hash"),
                (self, x) -> PyInt.of(Ops.hash(x))));
    }

    // CPython: builtin_round_impl in bltinmodule.c
    static PyObject round(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] a = Params.ROUND.parse(args, kwnames);
        PyObject number = a[0];
        if (number.type().lookup("__round__") == null) {
            throw PyErr.typeError("type %s doesn't define __round__ method", Ops.typeName(number));
        }
        if (a[1] == null || a[1] == PyNone.NONE) {
            return Ops.callMethod(number, "__round__");
        }
        return Ops.callMethod(number, "__round__", a[1]);
    }

    /** {@code bin}/{@code oct}/{@code hex}: sign, prefix, digits of {@code x.__index__()}. */
    // CPython: _PyLong_Format in longobject.c
    static PyStr radix(PyObject x, int base, String prefix) {
        PyInt i = Ops.index(x);
        String digits;
        boolean negative;
        if (i.isSmall() && i.longValue() != Long.MIN_VALUE) {
            long v = i.longValue();
            negative = v < 0;
            digits = Long.toString(Math.abs(v), base);
        } else {
            BigInteger v = i.bigValue();
            negative = v.signum() < 0;
            digits = v.abs().toString(base);
        }
        return PyStr.of((negative ? "-" : "") + prefix + digits);
    }

    // CPython: builtin_chr_impl in bltinmodule.c
    static PyStr chr(PyObject x) {
        PyInt i = Ops.index(x);
        if (!i.isSmall() || i.longValue() > Integer.MAX_VALUE || i.longValue() < Integer.MIN_VALUE) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        long c = i.longValue();
        if (c < 0 || c > 0x10FFFF) {
            throw PyErr.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoint((int) c); // Latin-1 characters are shared, as CPython's
    }

    // CPython: builtin_ord in bltinmodule.c
    static PyInt ord(PyObject x) {
        if (x instanceof PyStr s) {
            String v = s.value();
            if (v.length() == 1 && !Character.isSurrogate(v.charAt(0))) {
                return PyInt.of(v.charAt(0)); // the common case, without counting code points
            }
            int n = v.codePointCount(0, v.length());
            if (n != 1) {
                throw PyErr.typeError("ord() expected a character, but string of length %d found", n);
            }
            return PyInt.of(v.codePointAt(0));
        }
        String t = x.type().getName();
        if (isBytesOrBytearray(x)) {
            long n = Ops.len(x);
            if (n != 1) {
                throw PyErr.typeError("ord() expected a character, but string of length %d found", n);
            }
            return Ops.index(Ops.getitem(x, PyInt.of(0)));
        }
        throw PyErr.typeError("ord() expected string of length 1, but %s found", t);
    }

    private static boolean isBytesOrBytearray(PyObject x) {
        for (var t : x.type().getMro()) {
            if (!t.isHeapType() && (t.getName().equals("bytes") || t.getName().equals("bytearray"))) {
                return true;
            }
        }
        return false;
    }
}
