package org.weft.python.runtime;

/**
 * The codec error handlers ({@code errors=} of encode and decode): strict, ignore, replace,
 * backslashreplace, surrogateescape, xmlcharrefreplace and surrogatepass, and the
 * UnicodeEncodeError/UnicodeDecodeError objects that strict raises. CPython: Python/codecs.c.
 *
 * <p>Handlers are called with a whole run of bad input ({@code [start, end)}), as CPython's.
 */
final class CodecErrors {

    private CodecErrors() {
    }

    /** A UnicodeDecodeError for {@code input[start:end]}. */
    static PyException decodeError(String encoding, byte[] input, int start, int end, String reason) {
        PyObject bytes = new PyBytes(input);
        return unicodeError(PyExc.UnicodeDecodeError, encoding, bytes, start, end, reason);
    }

    /** A UnicodeEncodeError for code points {@code [start, end)} of {@code s}. */
    static PyException encodeError(String encoding, String s, int start, int end, String reason) {
        return unicodeError(PyExc.UnicodeEncodeError, encoding, PyStr.of(s), start, end, reason);
    }

    private static PyException unicodeError(PyType type, String encoding, PyObject obj, int start, int end,
                                            String reason) {
        PyStr enc = PyStr.of(encoding);
        PyStr why = PyStr.of(reason);
        PyInt s = PyInt.of(start);
        PyInt e = PyInt.of(end);
        PyUnicodeError err = new PyUnicodeError(type, new PyObject[] {enc, obj, s, e, why});
        err.setEncoding(enc);
        err.setObject(obj);
        err.setStart(s);
        err.setEnd(e);
        err.setReason(why);
        return err.toException();
    }

    private static PyException unknownHandler(String errors) {
        return PyErr.format(PyExc.LookupError, "unknown error handler name '%s'", errors);
    }

    /**
     * Handles undecodable bytes {@code input[start:end]}: appends the replacement to {@code out}
     * or raises, and returns where decoding resumes (usually {@code end}).
     */
    static int decode(StringBuilder out, String errors, String encoding, byte[] input, int start, int end,
                      String reason) {
        switch (errors) {
            case "strict" -> throw decodeError(encoding, input, start, end, reason);
            case "ignore" -> { }
            case "replace" -> out.append('\ufffd');
            case "backslashreplace" -> {
                for (int i = start; i < end; i++) {
                    StrRepr.appendHex(out, 'x', input[i] & 0xff, 2);
                }
            }
            case "surrogateescape" -> {
                return surrogateEscape(out, encoding, input, start, end, reason);
            }
            case "surrogatepass", "xmlcharrefreplace", "namereplace" ->
                    throw decodeError(encoding, input, start, end, reason);
            default -> throw unknownHandler(errors);
        }
        return end;
    }

    // CPython: PyCodec_SurrogateEscapeErrors: up to 4 leading bytes >= 128 become U+DC80..U+DCFF
    private static int surrogateEscape(StringBuilder out, String encoding, byte[] input, int start, int end,
                                       String reason) {
        int i = start;
        while (i < end && i - start < 4 && (input[i] & 0xff) >= 128) {
            out.append((char) (0xdc00 + (input[i] & 0xff)));
            i++;
        }
        if (i == start) {
            throw decodeError(encoding, input, start, end, reason);
        }
        return i;
    }

    /**
     * Handles unencodable code points {@code s[start:end]} (char indexes {@code cs, ce}): appends
     * replacement bytes to {@code out} or raises. {@code limit} is the highest code point the
     * replacement may use (127 for ascii, 255 for latin-1, else the codec encodes it via {@code unit}).
     */
    static void encode(ByteBuilder out, String errors, String encoding, String s, int cs, int ce, String reason,
                       UnitEncoder unit) {
        switch (errors) {
            case "strict" -> throw encodeError(encoding, s, cpIndex(s, cs), cpIndex(s, ce), reason);
            case "ignore" -> { }
            case "replace" -> forEachCodePoint(s, cs, ce, c -> unit.encode(out, '?'));
            case "backslashreplace" -> forEachCodePoint(s, cs, ce, c -> {
                StringBuilder sb = new StringBuilder(10);
                StrRepr.appendCodePointEscape(sb, c);
                asciiTo(out, sb, unit);
            });
            case "xmlcharrefreplace" -> forEachCodePoint(s, cs, ce, c -> asciiTo(out, "&#" + c + ";", unit));
            case "surrogateescape" -> {
                for (int i = cs; i < ce; i++) {
                    char c = s.charAt(i);
                    if (c < 0xdc80 || c > 0xdcff) {
                        throw encodeError(encoding, s, cpIndex(s, cs), cpIndex(s, ce), reason);
                    }
                }
                for (int i = cs; i < ce; i++) {
                    out.append(s.charAt(i) - 0xdc00);
                }
            }
            case "surrogatepass" -> {
                if (!unit.passesSurrogates() || !allSurrogates(s, cs, ce)) {
                    throw encodeError(encoding, s, cpIndex(s, cs), cpIndex(s, ce), reason);
                }
                for (int i = cs; i < ce; i++) {
                    unit.encode(out, s.charAt(i));
                }
            }
            case "namereplace" -> throw encodeError(encoding, s, cpIndex(s, cs), cpIndex(s, ce), reason);
            default -> throw unknownHandler(errors);
        }
    }

    /** Writes one code point in a codec's own form; used for the replacement text. */
    interface UnitEncoder {
        void encode(ByteBuilder out, int codePoint);

        /** Whether the codec can write lone surrogates (the UTF codecs' surrogatepass). */
        default boolean passesSurrogates() {
            return false;
        }
    }

    private static boolean allSurrogates(String s, int cs, int ce) {
        for (int i = cs; i < ce; i++) {
            if (!Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void asciiTo(ByteBuilder out, CharSequence text, UnitEncoder unit) {
        for (int i = 0; i < text.length(); i++) {
            unit.encode(out, text.charAt(i));
        }
    }

    private static void forEachCodePoint(String s, int cs, int ce, java.util.function.IntConsumer f) {
        for (int i = cs; i < ce; ) {
            int c = s.codePointAt(i);
            f.accept(c);
            i += Character.charCount(c);
        }
    }

    static int cpIndex(String s, int charIndex) {
        return s.codePointCount(0, charIndex);
    }
}
