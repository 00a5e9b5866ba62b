package org.weft.python.runtime;

import org.weft.python.unicode.UnicodeType;

/**
 * The quoting rules of {@code repr(str)} and {@code ascii(str)}, and the printable test they rely on.
 *
 * <p>Pure functions of a Java string; no Python objects involved, so the engine's {@code repr} of
 * string constants and tracebacks can call them directly.
 */
public final class StrRepr {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StrRepr() {
    }

    /** {@code repr(s)}: CPython: unicode_repr in unicodeobject.c. */
    public static String repr(String s) {
        return quote(s, false);
    }

    /** {@code ascii(s)}: repr with every non-ASCII code point escaped. CPython: PyObject_ASCII. */
    public static String ascii(String s) {
        return quote(s, true);
    }

    /**
     * {@code text} with every non-ASCII code point escaped: how {@code ascii(obj)} turns
     * {@code repr(obj)} into ASCII. CPython: PyObject_ASCII.
     */
    public static String asciiEscape(String text) {
        if (StrCase.isAscii(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else {
                appendCodePointEscape(sb, cp);
            }
        }
        return sb.toString();
    }

    /** The quote character repr uses: single unless the string has ' and no ". */
    static char quoteChar(String s) {
        return s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    }

    private static String quote(String s, boolean asciiOnly) {
        char q = quoteChar(s);
        int n = s.length();
        StringBuilder sb = new StringBuilder(n + 2).append(q);
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendEscaped(sb, cp, q, asciiOnly);
        }
        return sb.append(q).toString();
    }

    private static void appendEscaped(StringBuilder sb, int cp, char q, boolean asciiOnly) {
        if (cp < 0x7f) {
            if (cp == q || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp >= ' ') {
                sb.append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else {
                appendHex(sb, 'x', cp, 2);
            }
        } else if (!asciiOnly && isPrintable(cp)) {
            sb.appendCodePoint(cp);
        } else {
            appendCodePointEscape(sb, cp);
        }
    }

    /** Appends {@code \xNN}, {@code \\uNNNN} or {@code \UNNNNNNNN}, the shortest that fits. */
    static void appendCodePointEscape(StringBuilder sb, int cp) {
        if (cp <= 0xff) {
            appendHex(sb, 'x', cp, 2);
        } else if (cp <= 0xffff) {
            appendHex(sb, 'u', cp, 4);
        } else {
            appendHex(sb, 'U', cp, 8);
        }
    }

    static void appendHex(StringBuilder sb, char kind, int v, int digits) {
        sb.append('\\').append(kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(v >>> shift) & 0xf]);
        }
    }

    /** Python's notion of printable (CPython: _PyUnicode_IsPrintable): {@link UnicodeType#isPrintable}. */
    public static boolean isPrintable(int cp) {
        return UnicodeType.isPrintable(cp);
    }
}
