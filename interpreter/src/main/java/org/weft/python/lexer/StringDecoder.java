package org.weft.python.lexer;

import java.io.ByteArrayOutputStream;

/**
 * Turns the body of a string or bytes literal into its value, processing backslash escapes.
 * Invalid escapes such as {@code \d} are kept literally, as CPython does. Errors carry CPython's
 * message; the caller places them in the source.
 *
 * <p>Compare CPython {@code decode_unicode_with_escapes} (Parser/string_parser.c),
 * {@code _PyUnicode_DecodeUnicodeEscapeInternal} and {@code _PyBytes_DecodeEscape}.
 */
public final class StringDecoder {

    /** A malformed escape; the message is CPython's SyntaxError message. */
    public static final class DecodeError extends RuntimeException {
        public DecodeError(String msg) {
            super(msg);
        }
    }

    private StringDecoder() {
    }

    /** The value of a str literal body. */
    public static String decodeStr(String body, boolean raw) {
        if (raw || body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            i = escape(body, i, out);
        }
        return out.toString();
    }

    /** Decodes the escape whose backslash is at {@code i}; returns the index after it. */
    private static int escape(String body, int i, StringBuilder out) {
        int n = body.length();
        if (i + 1 >= n) {
            throw unicodeError(body, i, n, "\\ at end of string");
        }
        char c = body.charAt(i + 1);
        int s = i + 2;
        switch (c) {
            case '\n': return s;
            case '\\': out.append('\\'); return s;
            case '\'': out.append('\''); return s;
            case '"': out.append('"'); return s;
            case 'b': out.append('\b'); return s;
            case 'f': out.append('\f'); return s;
            case 't': out.append('\t'); return s;
            case 'n': out.append('\n'); return s;
            case 'r': out.append('\r'); return s;
            case 'v': out.append('\u000b'); return s;
            case 'a': out.append('\u0007'); return s;
            case 'x': return hexEscape(body, i, 2, "truncated \\xXX escape", out);
            case 'u': return hexEscape(body, i, 4, "truncated \\uXXXX escape", out);
            case 'U': return hexEscape(body, i, 8, "truncated \\UXXXXXXXX escape", out);
            case 'N': return namedEscape(body, i, out);
            default:
                if (c >= '0' && c <= '7') {
                    int end = octalEnd(body, i + 1);
                    out.appendCodePoint(Integer.parseInt(body.substring(i + 1, end), 8));
                    return end;
                }
                out.append('\\');
                return i + 1;
        }
    }

    private static int octalEnd(String body, int start) {
        int end = start + 1;
        while (end < body.length() && end < start + 3 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
            end++;
        }
        return end;
    }

    private static int hexEscape(String body, int i, int count, String message, StringBuilder out) {
        int s = i + 2;
        int ch = 0;
        for (; count > 0; s++, count--) {
            int d = s < body.length() ? hexDigit(body.charAt(s)) : -1;
            if (d < 0) {
                throw unicodeError(body, i, s, message);
            }
            ch = (ch << 4) + d;
        }
        if (ch < 0 || ch > Character.MAX_CODE_POINT) {
            throw unicodeError(body, i, s, "illegal Unicode character");
        }
        out.appendCodePoint(ch);
        return s;
    }

    private static int hexDigit(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    private static int namedEscape(String body, int i, StringBuilder out) {
        String message = "malformed \\N character escape";
        int s = i + 2;
        if (s < body.length() && body.charAt(s) == '{') {
            int start = ++s;
            while (s < body.length() && body.charAt(s) != '}') {
                s++;
            }
            if (s < body.length() && s > start) {
                s++;
                try {
                    out.appendCodePoint(Character.codePointOf(body.substring(start, s - 1)));
                    return s;
                } catch (IllegalArgumentException e) {
                    message = "unknown Unicode character name";
                }
            }
        }
        throw unicodeError(body, i, s, message);
    }

    /**
     * CPython reports positions in its intermediate buffer, where each non-ASCII character has
     * been rewritten as a ten-byte {@code \UXXXXXXXX} escape (six bytes for a backslash before one).
     */
    private static DecodeError unicodeError(String body, int start, int end, String message) {
        int bufStart = bufferPosition(body, start);
        int bufEnd = bufferPosition(body, end) - 1;
        return new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + bufStart + "-" + bufEnd + ": " + message);
    }

    private static int bufferPosition(String body, int index) {
        int p = 0;
        for (int i = 0; i < index && i < body.length(); i++) {
            char c = body.charAt(i);
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            if (c < 128) {
                p += c == '\\' && i + 1 < body.length() && body.charAt(i + 1) >= 128 ? 6 : 1;
            } else {
                p += 10;
            }
        }
        return p + Math.max(0, index - body.length());
    }

    /**
     * The value of a bytes literal body. Throws a DecodeError for a non-ASCII character ("bytes can
     * only contain ASCII literal characters") or a bad {@code \x} escape.
     */
    public static byte[] decodeBytes(String body, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int n = body.length();
        for (int i = 0; i < n; i++) {
            if (body.charAt(i) >= 128) {
                throw new DecodeError("bytes can only contain ASCII literal characters");
            }
        }
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c != '\\' || raw) {
                out.write(c);
                i++;
            } else {
                i = byteEscape(body, i, out);
            }
        }
        return out.toByteArray();
    }

    private static int byteEscape(String body, int i, ByteArrayOutputStream out) {
        if (i + 1 >= body.length()) {
            throw new DecodeError("(value error) Trailing \\ in string");
        }
        char c = body.charAt(i + 1);
        int s = i + 2;
        switch (c) {
            case '\n': return s;
            case '\\': out.write('\\'); return s;
            case '\'': out.write('\''); return s;
            case '"': out.write('"'); return s;
            case 'b': out.write('\b'); return s;
            case 'f': out.write('\f'); return s;
            case 't': out.write('\t'); return s;
            case 'n': out.write('\n'); return s;
            case 'r': out.write('\r'); return s;
            case 'v': out.write(0x0b); return s;
            case 'a': out.write(0x07); return s;
            case 'x': {
                int d1 = s < body.length() ? hexDigit(body.charAt(s)) : -1;
                int d2 = s + 1 < body.length() ? hexDigit(body.charAt(s + 1)) : -1;
                if (d1 < 0 || d2 < 0) {
                    throw new DecodeError("(value error) invalid \\x escape at position " + i);
                }
                out.write(d1 * 16 + d2);
                return s + 2;
            }
            default:
                if (c >= '0' && c <= '7') {
                    int end = octalEnd(body, i + 1);
                    out.write(Integer.parseInt(body.substring(i + 1, end), 8) & 0xff);
                    return end;
                }
                out.write('\\');
                return i + 1;
        }
    }
}
