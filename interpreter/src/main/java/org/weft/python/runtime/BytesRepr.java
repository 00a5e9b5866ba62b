package org.weft.python.runtime;

/** {@code repr(bytes)}: {@code b'...'} with CPython's quote choice and escapes. CPython: PyBytes_Repr. */
final class BytesRepr {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private BytesRepr() {
    }

    /** {@code b'...'} for the first {@code n} bytes of {@code b}. */
    static String repr(byte[] b, int n) {
        StringBuilder sb = new StringBuilder(n + 3).append('b');
        append(sb, b, n, false);
        return sb.toString();
    }

    /**
     * Appends the quoted form (without the {@code b}): single quotes unless ' and no ". A
     * bytearray's repr escapes ' even inside double quotes, as CPython's bytearray_repr does.
     */
    static void append(StringBuilder sb, byte[] b, int n, boolean alwaysEscapeSingle) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < n; i++) {
            single |= b[i] == '\'';
            dbl |= b[i] == '"';
        }
        char q = single && !dbl ? '"' : '\'';
        sb.append(q);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == q || c == '\\' || (c == '\'' && alwaysEscapeSingle)) {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
            } else {
                sb.append((char) c);
            }
        }
        sb.append(q);
    }
}
