package org.weft.python.runtime;

/**
 * printf-style formatting, {@code str % args} and {@code bytes % args}. One engine serves both:
 * a bytes template is handled as a Latin-1 string whose chars are the bytes.
 * CPython: PyUnicode_Format in unicodeobject.c, _PyBytes_FormatEx in bytesobject.c.
 *
 * <p>One instance formats one call; not shared between threads.
 */
final class PercentFormat {

    static final int F_LJUST = 1;
    static final int F_SIGN = 2;
    static final int F_BLANK = 4;
    static final int F_ALT = 8;
    static final int F_ZERO = 16;

    private final String fmt;
    private final boolean bytes;
    /** -1 for a single (non-tuple) argument, else the tuple's length. CPython: ctx->arglen. */
    private int arglen;
    /** CPython: ctx->argidx, whose -2/-1 states track the single argument. */
    private int argidx;
    /** The current argument source: the tuple, the single argument, or a value from the mapping. */
    private PyObject current;
    private final PyObject dict;
    private int pos;

    private PercentFormat(String fmt, PyObject args, boolean bytes) {
        this.fmt = fmt;
        this.bytes = bytes;

        this.current = args;
        if (args instanceof PyTuple t) {
            arglen = t.size();
            argidx = 0;
        } else {
            arglen = -1;
            argidx = -2;
        }
        // CPython: PyUnicode_Format excludes only str; _PyBytes_FormatEx excludes bytes, bytearray and str.
        boolean mapping = !(args instanceof PyTuple) && args.type().lookup("__getitem__") != null
                && !(args instanceof PyStr)
                && !(bytes && (args instanceof PyBytes || args instanceof PyByteArray));
        this.dict = mapping ? args : null;
    }

    /** {@code self % args} for str. */
    static PyStr format(PyStr self, PyObject args) {
        return PyStr.of(new PercentFormat(self.value(), args, false).run());
    }

    /** {@code self % args} for bytes and bytearray; the result as bytes. */
    static byte[] formatBytes(byte[] self, PyObject args) {
        String r = new PercentFormat(new String(self, java.nio.charset.StandardCharsets.ISO_8859_1), args, true).run();
        return r.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private String run() {
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int n = fmt.length();
        while (pos < n) {
            int pct = fmt.indexOf('%', pos);
            if (pct < 0) {
                out.append(fmt, pos, n);
                break;
            }
            out.append(fmt, pos, pct);
            pos = pct + 1;
            if (pos < n && fmt.charAt(pos) == '%') {
                out.append('%');
                pos++;
                continue;
            }
            oneSpec(out);
        }
        if (argidx < arglen && dict == null) {
            throw PyErr.typeError("not all arguments converted during %s formatting", bytes ? "bytes" : "string");
        }
        return out.toString();
    }

    /** The next argument. CPython: unicode_format_getnextarg. */
    private PyObject nextArg() {
        int i = argidx;
        if (i < arglen) {
            argidx++;
            return arglen < 0 ? current : ((PyTuple) current).get(i);
        }
        throw PyErr.typeError("not enough arguments for format string");
    }

    private char nextChar(String what) {
        if (pos >= fmt.length()) {
            throw PyErr.valueError(what);
        }
        return fmt.charAt(pos++);
    }

    // CPython: unicode_format_arg_parse
    private void oneSpec(StringBuilder out) {
        if (pos < fmt.length() && fmt.charAt(pos) == '(') {
            mappingKey();
        }
        int flags = 0;
        char c = nextChar("incomplete format");
        for (;; c = nextChar("incomplete format")) {
            int f = switch (c) {
                case '-' -> F_LJUST;
                case '+' -> F_SIGN;
                case ' ' -> F_BLANK;
                case '#' -> F_ALT;
                case '0' -> F_ZERO;
                default -> 0;
            };
            if (f == 0) {
                break;
            }
            flags |= f;
        }
        int width = -1;
        if (c == '*') {
            width = starArg();
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            c = nextChar("incomplete format");
        } else if (c >= '0' && c <= '9') {
            width = c - '0';
            while ((c = nextChar("incomplete format")) >= '0' && c <= '9') {
                width = digitsOverflow(width, c, "width too big");
            }
        }
        int prec = -1;
        if (c == '.') {
            prec = 0;
            c = nextChar("incomplete format");
            if (c == '*') {
                prec = Math.max(0, starArg());
                c = nextChar("incomplete format");
            } else if (c >= '0' && c <= '9') {
                prec = c - '0';
                while ((c = nextChar("incomplete format")) >= '0' && c <= '9') {
                    prec = digitsOverflow(prec, c, "precision too big");
                }
            }
        }
        while (c == 'h' || c == 'l' || c == 'L') {
            c = nextChar("incomplete format");
        }
        PercentSpec spec = new PercentSpec(flags, width, prec, c);
        PyObject v = nextArg();
        out.append(PercentConvert.convert(this, spec, v, pos - 1));
    }

    private static int digitsOverflow(int v, char c, String message) {
        if (v > (Integer.MAX_VALUE - (c - '0')) / 10) {
            throw PyErr.valueError(message);
        }
        return v * 10 + (c - '0');
    }

    private int starArg() {
        PyObject v = nextArg();
        if (!(v instanceof PyInt i)) {
            throw PyErr.typeError("* wants int");
        }
        if (!i.isSmall() || i.longValue() > Integer.MAX_VALUE || i.longValue() < -Integer.MAX_VALUE) {
            throw PyErr.valueError("width too big");
        }
        return (int) i.longValue();
    }

    /** {@code %(key)}: the argument becomes {@code dict[key]}. */
    private void mappingKey() {
        if (dict == null) {
            throw PyErr.typeError("format requires a mapping");
        }
        int start = ++pos;
        int depth = 1;
        while (pos < fmt.length() && depth > 0) {
            char c = fmt.charAt(pos++);
            if (c == ')') {
                depth--;
            } else if (c == '(') {
                depth++;
            }
        }
        if (depth > 0) {
            throw PyErr.valueError("incomplete format key");
        }
        String key = fmt.substring(start, pos - 1);
        PyObject k = bytes ? new PyBytes(key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : PyStr.of(key);
        current = Ops.getitem(dict, k);
        arglen = -1;
        argidx = -2;
    }

    boolean isBytes() {
        return bytes;
    }

    /** The error for an unknown conversion character at char index {@code at}. */
    PyException unsupported(char c, int at) {
        int index = bytes ? at : fmt.codePointCount(0, at);
        if (c > 32 && c < 127) {
            return PyErr.valueError("unsupported format character '%c' (0x%x) at index %d", c, (int) c, index);
        }
        return PyErr.valueError("unsupported format character '\\x%x' (0x%x) at index %d", (int) c, (int) c, index);
    }

    /** One conversion's flags, width (-1: none), precision (-1: none) and conversion character. */
    record PercentSpec(int flags, int width, int prec, char conv) {

        boolean has(int flag) {
            return (flags & flag) != 0;
        }

        /** This spec with no precision, for conversions that ignore it. */
        PercentSpec withoutPrecision() {
            return prec < 0 ? this : new PercentSpec(flags, width, -1, conv);
        }
    }
}
