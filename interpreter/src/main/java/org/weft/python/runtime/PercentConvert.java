package org.weft.python.runtime;

import java.math.BigInteger;

/**
 * One printf-style conversion ({@code %s %r %a %c %d %i %u %o %x %X %e %E %f %F %g %G}, and for
 * bytes {@code %b}) applied to one argument, padded to the width. CPython:
 * unicode_format_arg_format/_output in unicodeobject.c, formatlong and formatfloat.
 */
final class PercentConvert {

    private PercentConvert() {
    }

    static String convert(PercentFormat ctx, PercentFormat.PercentSpec spec, PyObject v, int at) {
        char c = spec.conv();
        switch (c) {
            case 's', 'r', 'a', 'b':
                return padText(text(ctx, c, v, at), spec);
            case 'c':
                // CPython truncates to the precision for %s, %r, %a and %b only: '%.0c' % 65 is 'A'
                return padText(ctx.isBytes() ? byteChar(v) : charOf(v), spec.withoutPrecision());
            case 'd', 'i', 'u', 'o', 'x', 'X':
                return formatInt(toInteger(v, c), spec);
            case 'e', 'E', 'f', 'F', 'g', 'G':
                return formatFloat(toDouble(v), spec);
            default:
                throw ctx.unsupported(c, at);
        }
    }

    private static String text(PercentFormat ctx, char c, PyObject v, int at) {
        if (!ctx.isBytes()) {
            return switch (c) {
                case 's' -> Ops.str(v).value();
                case 'r' -> Ops.repr(v).value();
                case 'a' -> StrRepr.asciiEscape(Ops.repr(v).value());
                default -> throw ctx.unsupported(c, at);
            };
        }
        if (c == 'r' || c == 'a') {
            return StrRepr.asciiEscape(Ops.repr(v).value());
        }
        byte[] b = BytesArgs.bytesForPercent(v);
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Truncates to the precision and pads to the width, in code points. */
    private static String padText(String s, PercentFormat.PercentSpec spec) {
        if (spec.prec() >= 0 && s.codePointCount(0, s.length()) > spec.prec()) {
            s = s.substring(0, s.offsetByCodePoints(0, spec.prec()));
        }
        int len = s.codePointCount(0, s.length());
        if (spec.width() <= len) {
            return s;
        }
        String fill = " ".repeat(spec.width() - len);
        return spec.has(PercentFormat.F_LJUST) ? s + fill : fill + s;
    }

    private static String charOf(PyObject v) {
        if (v instanceof PyStr s) {
            if (s.length() == 1) {
                return s.value();
            }
            throw PyErr.typeError("%c requires int or char");
        }
        if (!(v instanceof PyInt) && v.type().lookup("__index__") == null) {
            throw PyErr.typeError("%c requires int or char");
        }
        PyInt i = Ops.index(v);
        if (!i.isSmall() || i.longValue() < 0 || i.longValue() > 0x10ffff) {
            throw PyErr.overflowError("%c arg not in range(0x110000)");
        }
        return new String(Character.toChars((int) i.longValue()));
    }

    private static String byteChar(PyObject v) {
        byte[] b = v instanceof PyBytes || v instanceof PyByteArray ? BytesArgs.bufferOrNull(v) : null;
        if (b != null) {
            if (b.length == 1) {
                return String.valueOf((char) (b[0] & 0xff));
            }
            throw PyErr.typeError("%c requires an integer in range(256) or a single byte");
        }
        if (!(v instanceof PyInt) && v.type().lookup("__index__") == null) {
            throw PyErr.typeError("%c requires an integer in range(256) or a single byte");
        }
        PyInt i = Ops.index(v);
        if (!i.isSmall() || i.longValue() < 0 || i.longValue() > 255) {
            throw PyErr.overflowError("%c arg not in range(256)");
        }
        return String.valueOf((char) i.longValue());
    }

    // CPython: mainformatlong in unicodeobject.c (formatlong in bytesobject.c is the same)
    /**
     * A number that is not an int becomes one by {@code __index__} for o, x and X, and by
     * {@code int()}'s rules (__int__ first) for the others; a TypeError on the way (a missing
     * method, a wrong return type, one raised by the method) becomes the "is required" error.
     */
    private static BigInteger toInteger(PyObject v, char c) {
        if (v instanceof PyInt i) {
            return i.bigValue();
        }
        boolean indexOnly = c == 'o' || c == 'x' || c == 'X';
        PyType t = v.type();
        boolean number = t.lookup("__index__") != null || t.lookup("__int__") != null
                || t.lookup("__float__") != null || v instanceof PyComplex;
        if (number) {
            try {
                return (indexOnly ? Ops.index(v) : IntNew.toInt(v)).bigValue();
            } catch (PyException e) {
                if (!e.matches(PyExc.TypeError)) {
                    throw e;
                }
            }
        }
        throw PyErr.typeError("%%%c format: %s is required, not %s", c,
                indexOnly ? "an integer" : "a real number", Ops.typeName(v));
    }

    // CPython: PyFloat_AsDouble
    private static double toDouble(PyObject v) {
        if (v instanceof PyFloat f) {
            return f.value();
        }
        if (v instanceof PyInt i) {
            if (i.isSmall()) {
                return i.longValue();
            }
            double d = i.bigValue().doubleValue();
            if (Double.isInfinite(d)) {
                throw PyErr.overflowError("int too large to convert to float");
            }
            return d;
        }
        PyType t = v.type();
        if (t.lookup("__float__") != null) {
            PyObject r = Ops.callMethod(v, "__float__");
            if (r instanceof PyFloat f) {
                return f.value();
            }
            throw PyErr.typeError("%s.__float__ returned non-float (type %s)", Ops.typeName(v), Ops.typeName(r));
        }
        if (t.lookup("__index__") != null) {
            return toDouble(Ops.index(v));
        }
        throw PyErr.typeError("must be real number, not %s", Ops.typeName(v));
    }

    // CPython: _PyUnicode_FormatLong and the padding of unicode_format_arg_output
    private static String formatInt(BigInteger v, PercentFormat.PercentSpec spec) {
        char c = spec.conv();
        int base = c == 'o' ? 8 : c == 'x' || c == 'X' ? 16 : 10;
        String digits = base == 10 ? IntStrDigits.decimal(v.abs()) : v.abs().toString(base);
        if (c == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        if (spec.prec() > digits.length()) {
            digits = "0".repeat(spec.prec() - digits.length()) + digits;
        }
        String prefix = spec.has(PercentFormat.F_ALT) && base != 10 ? (c == 'o' ? "0o" : c == 'x' ? "0x" : "0X") : "";
        return layoutNumber(sign(v.signum() < 0, spec) + prefix, digits, spec);
    }

    private static String formatFloat(double x, PercentFormat.PercentSpec spec) {
        int prec = spec.prec() < 0 ? 6 : spec.prec();
        int flags = spec.has(PercentFormat.F_ALT) ? FloatFormat.ALT : 0;
        String s = FloatFormat.toString(x, spec.conv(), prec, flags);
        boolean negative = s.startsWith("-");
        return layoutNumber(sign(negative, spec), negative ? s.substring(1) : s, spec);
    }

    private static String sign(boolean negative, PercentFormat.PercentSpec spec) {
        if (negative) {
            return "-";
        }
        return spec.has(PercentFormat.F_SIGN) ? "+" : spec.has(PercentFormat.F_BLANK) ? " " : "";
    }

    /** Sign and prefix, then digits, padded: spaces left or right, or zeros after the prefix. */
    private static String layoutNumber(String signPrefix, String body, PercentFormat.PercentSpec spec) {
        int len = signPrefix.length() + body.length();
        if (spec.width() <= len) {
            return signPrefix + body;
        }
        int fill = spec.width() - len;
        if (spec.has(PercentFormat.F_LJUST)) {
            return signPrefix + body + " ".repeat(fill);
        }
        if (spec.has(PercentFormat.F_ZERO)) {
            return signPrefix + "0".repeat(fill) + body;
        }
        return " ".repeat(fill) + signPrefix + body;
    }
}
