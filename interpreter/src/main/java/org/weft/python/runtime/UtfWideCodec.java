package org.weft.python.runtime;

/**
 * UTF-16 and UTF-32, either byte order, with or without a byte order mark. Plain {@code utf-16} and
 * {@code utf-32} write a BOM and little-endian units, as CPython on a little-endian machine, and on
 * decode honour a BOM (default little-endian). CPython: PyUnicode_DecodeUTF16Stateful,
 * PyUnicode_DecodeUTF32Stateful and their encoders in unicodeobject.c.
 */
final class UtfWideCodec {

    /** 2 or 4 bytes per unit. */
    private final int width;
    /** 0: BOM-detected/written (little-endian default), -1: little-endian, 1: big-endian. */
    private final int order;
    private final String name;

    UtfWideCodec(int width, int order) {
        this.width = width;
        this.order = order;
        String base = width == 2 ? "utf-16" : "utf-32";
        this.name = order == 0 ? base : base + (order < 0 ? "-le" : "-be");
    }

    byte[] encode(String s, String errors) {
        ByteBuilder out = new ByteBuilder(s.length() * width + 4);
        boolean big = order > 0;
        if (order == 0) {
            unit(out, 0xfeff, false);
        }
        CodecErrors.UnitEncoder unitEncoder = new CodecErrors.UnitEncoder() {
            @Override
            public void encode(ByteBuilder o, int c) {
                codePoint(o, c, big);
            }

            @Override
            public boolean passesSurrogates() {
                return true;
            }
        };
        int n = s.length();
        for (int i = 0; i < n; ) {
            int c = s.codePointAt(i);
            if (c >= 0xd800 && c <= 0xdfff) {
                int end = i + 1;
                while (end < n && Character.isSurrogate(s.charAt(end))
                        && !(Character.isHighSurrogate(s.charAt(end)) && end + 1 < n
                        && Character.isLowSurrogate(s.charAt(end + 1)))) {
                    end++;
                }
                CodecErrors.encode(out, errors, name, s, i, end, "surrogates not allowed", unitEncoder);
                i = end;
                continue;
            }
            codePoint(out, c, big);
            i += Character.charCount(c);
        }
        return out.toArray();
    }

    private void codePoint(ByteBuilder out, int c, boolean big) {
        if (width == 4 || c < 0x10000) {
            unit(out, c, big);
        } else {
            unit(out, Character.highSurrogate(c), big);
            unit(out, Character.lowSurrogate(c), big);
        }
    }

    private void unit(ByteBuilder out, int u, boolean big) {
        for (int k = 0; k < width; k++) {
            int shift = big ? (width - 1 - k) * 8 : k * 8;
            out.append(u >>> shift);
        }
    }

    private int read(byte[] b, int i, boolean big) {
        int v = 0;
        for (int k = 0; k < width; k++) {
            int shift = big ? (width - 1 - k) * 8 : k * 8;
            v |= (b[i + k] & 0xff) << shift;
        }
        return v;
    }

    String decode(byte[] b, String errors) {
        int n = b.length;
        int i = 0;
        boolean big = order > 0;
        if (order == 0 && n >= width) {
            int bom = read(b, 0, false);
            if (bom == 0xfeff) {
                i = width;
            } else if (bom == (width == 2 ? 0xfffe : 0xfffe0000)) {
                big = true;
                i = width;
            }
        }
        // Errors name the byte order actually decoded, as CPython's 'utf-16-le'.
        String errName = (width == 2 ? "utf-16" : "utf-32") + (big ? "-be" : "-le");
        boolean pass = errors.equals("surrogatepass");
        StringBuilder out = new StringBuilder(n / width);
        while (i < n) {
            if (n - i < width) {
                i = CodecErrors.decode(out, errors, errName, b, i, n, "truncated data");
                continue;
            }
            int u = read(b, i, big);
            if (pass && u >= 0xd800 && u <= 0xdfff && !(width == 2 && isPair(b, i, u, big))) {
                out.append((char) u); // surrogatepass: a lone surrogate stays a code point
                i += width;
                continue;
            }
            i = width == 2 ? decode16(out, b, i, u, big, errors, errName) : decode32(out, b, i, u, errors, errName);
        }
        return out.toString();
    }

    private boolean isPair(byte[] b, int i, int u, boolean big) {
        return u < 0xdc00 && i + 4 <= b.length && Character.isLowSurrogate((char) read(b, i + 2, big));
    }

    private int decode16(StringBuilder out, byte[] b, int i, int u, boolean big, String errors, String errName) {
        if (u < 0xd800 || u > 0xdfff) {
            out.append((char) u);
            return i + 2;
        }
        if (u >= 0xdc00) {
            return CodecErrors.decode(out, errors, errName, b, i, i + 2, "illegal encoding");
        }
        if (i + 4 > b.length) {
            return CodecErrors.decode(out, errors, errName, b, i, b.length, "unexpected end of data");
        }
        int low = read(b, i + 2, big);
        if (low < 0xdc00 || low > 0xdfff) {
            return CodecErrors.decode(out, errors, errName, b, i, i + 2, "illegal UTF-16 surrogate");
        }
        out.append((char) u).append((char) low);
        return i + 4;
    }

    private int decode32(StringBuilder out, byte[] b, int i, int u, String errors, String errName) {
        if (u < 0 || u > 0x10ffff) {
            return CodecErrors.decode(out, errors, errName, b, i, i + 4, "code point not in range(0x110000)");
        }
        if (u >= 0xd800 && u <= 0xdfff) {
            return CodecErrors.decode(out, errors, errName, b, i, i + 4,
                    "code point in surrogate code point range(0xd800, 0xe000)");
        }
        out.appendCodePoint(u);
        return i + 4;
    }
}
