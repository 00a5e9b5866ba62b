package org.weft.python.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 encode and decode with Python's error reporting (which bytes, which reason) and error
 * handlers. CPython: Objects/stringlib/codecs.h (utf8_decode, utf8_encoder).
 */
final class Utf8Codec {

    static final String NAME = "utf-8";

    private static final CodecErrors.UnitEncoder UNIT = new CodecErrors.UnitEncoder() {
        @Override
        public void encode(ByteBuilder out, int c) {
            appendCodePoint(out, c);
        }

        @Override
        public boolean passesSurrogates() {
            return true;
        }
    };

    private Utf8Codec() {
    }

    static byte[] encode(String s, String errors) {
        if (!hasSurrogate(s)) {
            return s.getBytes(StandardCharsets.UTF_8); // exact without lone surrogates, and intrinsic-fast
        }
        int n = s.length();
        ByteBuilder out = new ByteBuilder(n + (n >> 2));
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out.append(c);
                i++;
            } else if (!Character.isSurrogate(c)) {
                appendCodePoint(out, c);
                i++;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                appendCodePoint(out, Character.toCodePoint(c, s.charAt(i + 1)));
                i += 2;
            } else {
                int end = i + 1;
                while (end < n && isLoneSurrogateAt(s, end)) {
                    end++;
                }
                CodecErrors.encode(out, errors, NAME, s, i, end, "surrogates not allowed", UNIT);
                i = end;
            }
        }
        return out.toArray();
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if ((s.charAt(i) & 0xf800) == 0xd800) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLoneSurrogateAt(String s, int i) {
        char c = s.charAt(i);
        if (!Character.isSurrogate(c)) {
            return false;
        }
        return !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)));
    }

    static void appendCodePoint(ByteBuilder out, int c) {
        if (c < 0x80) {
            out.append(c);
        } else if (c < 0x800) {
            out.append(0xc0 | (c >> 6)).append(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            out.append(0xe0 | (c >> 12)).append(0x80 | ((c >> 6) & 0x3f)).append(0x80 | (c & 0x3f));
        } else {
            out.append(0xf0 | (c >> 18)).append(0x80 | ((c >> 12) & 0x3f))
                    .append(0x80 | ((c >> 6) & 0x3f)).append(0x80 | (c & 0x3f));
        }
    }

    static String decode(byte[] b, String errors) {
        int n = b.length;
        int i = 0;
        while (i < n && b[i] >= 0) {
            i++;
        }
        if (i == n) {
            return new String(b, StandardCharsets.ISO_8859_1); // all ASCII
        }
        String decoded = decodeValid(b);
        if (decoded != null) {
            return decoded;
        }
        StringBuilder out = new StringBuilder(n);
        for (int k = 0; k < i; k++) {
            out.append((char) b[k]);
        }
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            }
            int need = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
            int valid = validPrefix(b, i, n, c);
            if (c < 0xc2 || c > 0xf4) {
                i = CodecErrors.decode(out, errors, NAME, b, i, i + 1, "invalid start byte");
            } else if (valid == need + 1) {
                out.appendCodePoint(codePoint(b, i, need));
                i += need + 1;
            } else if (i + valid == n) {
                if (errors.equals("surrogatepass") && surrogateAt(b, i, n)) {
                    out.append((char) codePoint(b, i, 2));
                    i += 3;
                    continue;
                }
                i = CodecErrors.decode(out, errors, NAME, b, i, n, "unexpected end of data");
            } else if (errors.equals("surrogatepass") && surrogateAt(b, i, n)) {
                out.append((char) codePoint(b, i, 2));
                i += 3;
            } else {
                i = CodecErrors.decode(out, errors, NAME, b, i, i + valid, "invalid continuation byte");
            }
        }
        return out.toString();
    }

    /**
     * Java's decoder, reporting (not replacing) malformed input, agrees with Python's UTF-8 on
     * valid input (it also refuses encoded surrogates and overlong forms); null when the input is
     * malformed, so the caller reports it Python's way.
     */
    private static String decodeValid(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null; // malformed input: decode again, reporting Python's way (not control flow on the valid path)
        }
    }

    /** How many bytes from {@code i} form a valid (maybe incomplete) sequence led by {@code c}. */
    private static int validPrefix(byte[] b, int i, int n, int c) {
        int need = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
        int k = 1;
        while (k <= need && i + k < n) {
            int d = b[i + k] & 0xff;
            int lo = 0x80;
            int hi = 0xbf;
            if (k == 1) {
                if (c == 0xe0) {
                    lo = 0xa0;
                } else if (c == 0xed) {
                    hi = 0x9f;
                } else if (c == 0xf0) {
                    lo = 0x90;
                } else if (c == 0xf4) {
                    hi = 0x8f;
                }
            }
            if (d < lo || d > hi) {
                break;
            }
            k++;
        }
        return k;
    }

    /** Whether an encoded surrogate ({@code ED A0..BF 80..BF}) starts at {@code i}. */
    private static boolean surrogateAt(byte[] b, int i, int n) {
        return i + 2 < n && (b[i] & 0xff) == 0xed && (b[i + 1] & 0xe0) == 0xa0 && (b[i + 2] & 0xc0) == 0x80;
    }

    private static int codePoint(byte[] b, int i, int need) {
        int c = b[i] & (0x3f >> need);
        for (int k = 1; k <= need; k++) {
            c = (c << 6) | (b[i + k] & 0x3f);
        }
        return c;
    }
}
