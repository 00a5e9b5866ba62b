package org.weft.python.runtime;

/**
 * The one-byte codecs {@code ascii} (code points below 128) and {@code latin-1} (below 256),
 * where byte value and code point coincide. CPython: unicode_encode_ucs1, PyUnicode_DecodeASCII.
 */
final class CharmapCodec {

    /** One byte per code point; the codec's own replacement characters always fit. */
    private static final CodecErrors.UnitEncoder UNIT = (out, c) -> out.append(c);

    private CharmapCodec() {
    }

    /** Encodes code points below {@code limit} (128 or 256) as single bytes. */
    static byte[] encode(String s, int limit, String errors) {
        int n = s.length();
        byte[] fast = new byte[n];
        int i = 0;
        while (i < n && s.charAt(i) < limit) {
            fast[i] = (byte) s.charAt(i);
            i++;
        }
        if (i == n) {
            return fast;
        }
        ByteBuilder out = new ByteBuilder(n);
        out.append(fast, 0, i);
        String name = limit == 128 ? "ascii" : "latin-1";
        String reason = "ordinal not in range(" + limit + ")";
        while (i < n) {
            char c = s.charAt(i);
            if (c < limit) {
                out.append(c);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && s.charAt(end) >= limit) {
                end++;
            }
            CodecErrors.encode(out, errors, name, s, i, end, reason, UNIT);
            i = end;
        }
        return out.toArray();
    }

    static String decodeLatin1(byte[] b) {
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static String decodeAscii(byte[] b, String errors) {
        int n = b.length;
        int i = 0;
        while (i < n && b[i] >= 0) {
            i++;
        }
        if (i == n) {
            return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        StringBuilder out = new StringBuilder(n);
        out.append(new String(b, 0, i, java.nio.charset.StandardCharsets.ISO_8859_1));
        while (i < n) {
            if (b[i] >= 0) {
                out.append((char) b[i++]);
            } else {
                i = CodecErrors.decode(out, errors, "ascii", b, i, i + 1, "ordinal not in range(128)");
            }
        }
        return out.toString();
    }
}
