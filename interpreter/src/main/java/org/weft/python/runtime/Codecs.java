package org.weft.python.runtime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

/**
 * {@code str.encode} and {@code bytes.decode}: looks an encoding name up as Python's codec
 * registry would (case, hyphens and the usual aliases ignored) and runs it with an error handler.
 * Built in: utf-8, utf-16, utf-32 (each also -le/-be), latin-1, ascii; other names Java knows
 * (cp1252, ...) go through {@link Charset}.
 */
public final class Codecs {

    private Codecs() {
    }

    /** {@code s.encode(encoding, errors)}. */
    public static byte[] encode(String s, String encoding, String errors) {
        String name = normalize(encoding);
        Charset other = isBuiltin(name) ? null : javaCharsetOrNull(encoding);
        if (!isBuiltin(name) && other == null || !NATIVE_ENCODE_ERRORS.contains(errors)) {
            PyObject r = registry("_str_encode", PyStr.of(s), name, encoding, errors);
            if (r != null) {
                return ((PyBytes) r).value();
            }
            other = unregistered(name, encoding, other);
        }
        try {
            return encodeAs(name, s, other, errors);
        } catch (PyException e) {
            throw wrapped(e, name, "encoding");
        }
    }

    /** {@code b.decode(encoding, errors)}; {@code b} is exactly the bytes to decode. */
    public static String decode(byte[] b, String encoding, String errors) {
        String name = normalize(encoding);
        Charset other = isBuiltin(name) ? null : javaCharsetOrNull(encoding);
        if (!isBuiltin(name) && other == null || !NATIVE_DECODE_ERRORS.contains(errors)) {
            PyObject r = registry("_bytes_decode", new PyBytes(b), name, encoding, errors);
            if (r != null) {
                return ((PyStr) r).value();
            }
            other = unregistered(name, encoding, other);
        }
        try {
            return decodeAs(name, b, other, errors);
        } catch (PyException e) {
            throw wrapped(e, name, "decoding");
        }
    }

    /** With no registry: the Java charset to run, or CPython's LookupError for an unknown name. */
    private static Charset unregistered(String name, String encoding, Charset other) {
        if (!isBuiltin(name) && other == null) {
            throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", encoding);
        }
        return other;
    }

    /** Whether {@link #encode} and {@link #decode} run {@code encoding} here, without the registry. */
    public static boolean isNative(String encoding) {
        return isBuiltin(normalize(encoding)) || javaCharsetOrNull(encoding) != null;
    }

    /** The error handlers written here; others (namereplace, registered ones) run in _codecs. */
    private static final java.util.Set<String> NATIVE_ENCODE_ERRORS = java.util.Set.of("strict", "ignore",
            "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass");
    private static final java.util.Set<String> NATIVE_DECODE_ERRORS = java.util.Set.of("strict", "ignore",
            "replace", "backslashreplace", "surrogateescape", "surrogatepass");

    /**
     * Encodings Java does not know (unicode_escape, codecs registered from Python) and error
     * handlers not written here go through the Python codec registry, as CPython's str.encode
     * does for all but its built-in codecs. CPython: _PyCodec_EncodeText.
     */
    private static PyObject registry(String function, PyObject data, String name, String encoding, String errors) {
        org.weft.python.Interpreter interpreter = org.weft.python.Interpreter.current();
        if (interpreter == null) {
            return null; // Java code running no Python (unit tests): there is no registry to ask
        }
        PyObject codecs = interpreter.importer().importModule("_codecs");
        PyObject f = Ops.getattr(codecs, function);
        // CPython's C fast paths raise the handler's errors as they are, the registry rewraps them
        return Ops.call(f, data, PyStr.of(encoding), PyStr.of(errors), PyBool.of(!isFastPath(name)));
    }

    /**
     * CPython reaches codecs other than its C fast paths (utf-8, latin-1, ascii, utf-16, utf-32)
     * through the codec registry, which rewraps a LookupError from the error handler as
     * "encoding with 'utf-16-le' codec failed (LookupError: ...)". CPython: _PyErr_TrySetFromCause.
     */
    private static PyException wrapped(PyException e, String name, String verb) {
        if (isFastPath(name) || e.type() != PyExc.LookupError) {
            return e;
        }
        return PyErr.format(PyExc.LookupError, "%s with '%s' codec failed (LookupError: %s)", verb,
                name.replace('_', '-'), Ops.str(e.value()).value());
    }

    /** Whether {@code name} (normalized) is one of the codecs written here, see {@link #encodeAs}. */
    private static boolean isFastPath(String name) {
        return switch (name) {
            case "utf_8", "ascii", "latin_1", "utf_16", "utf_32" -> true;
            default -> false;
        };
    }

    private static boolean isBuiltin(String name) {
        return switch (name) {
            case "utf_8", "utf_8_sig", "ascii", "latin_1", "utf_16", "utf_16_le", "utf_16_be", "utf_32",
                    "utf_32_le", "utf_32_be" -> true;
            default -> false;
        };
    }

    private static byte[] encodeAs(String name, String s, Charset other, String errors) {
        return switch (name) {
            case "utf_8" -> Utf8Codec.encode(s, errors);
            case "utf_8_sig" -> withBom(Utf8Codec.encode(s, errors));
            case "ascii" -> CharmapCodec.encode(s, 128, errors);
            case "latin_1" -> CharmapCodec.encode(s, 256, errors);
            case "utf_16" -> new UtfWideCodec(2, 0).encode(s, errors);
            case "utf_16_le" -> new UtfWideCodec(2, -1).encode(s, errors);
            case "utf_16_be" -> new UtfWideCodec(2, 1).encode(s, errors);
            case "utf_32" -> new UtfWideCodec(4, 0).encode(s, errors);
            case "utf_32_le" -> new UtfWideCodec(4, -1).encode(s, errors);
            case "utf_32_be" -> new UtfWideCodec(4, 1).encode(s, errors);
            default -> encodeWithJava(s, other, errors);
        };
    }

    private static String decodeAs(String name, byte[] b, Charset other, String errors) {
        return switch (name) {
            case "utf_8" -> Utf8Codec.decode(b, errors);
            case "utf_8_sig" -> Utf8Codec.decode(withoutBom(b), errors);
            case "ascii" -> CharmapCodec.decodeAscii(b, errors);
            case "latin_1" -> CharmapCodec.decodeLatin1(b);
            case "utf_16" -> new UtfWideCodec(2, 0).decode(b, errors);
            case "utf_16_le" -> new UtfWideCodec(2, -1).decode(b, errors);
            case "utf_16_be" -> new UtfWideCodec(2, 1).decode(b, errors);
            case "utf_32" -> new UtfWideCodec(4, 0).decode(b, errors);
            case "utf_32_le" -> new UtfWideCodec(4, -1).decode(b, errors);
            case "utf_32_be" -> new UtfWideCodec(4, 1).decode(b, errors);
            default -> decodeWithJava(b, other, errors);
        };
    }

    // CPython: encodings.normalize_encoding and encodings.aliases
    /** The canonical name of an encoding we implement ourselves, or the normalized input. */
    static String normalize(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (e) {
            case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4" -> "utf_8";
            case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "iso646_us", "cp367" -> "ascii";
            case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100",
                    "iso_8859_1:1987" -> "latin_1";
            case "utf_8_sig", "utf8_sig" -> "utf_8_sig";
            case "utf_16", "utf16", "u16" -> "utf_16";
            case "utf_16_le", "utf_16le", "utf16le" -> "utf_16_le";
            case "utf_16_be", "utf_16be", "utf16be" -> "utf_16_be";
            case "utf_32", "utf32", "u32" -> "utf_32";
            case "utf_32_le", "utf_32le", "utf32le" -> "utf_32_le";
            case "utf_32_be", "utf_32be", "utf32be" -> "utf_32_be";
            default -> e;
        };
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** utf-8-sig's encoding: the BOM, then UTF-8. CPython: encodings/utf_8_sig.py */
    private static byte[] withBom(byte[] utf8) {
        byte[] out = new byte[utf8.length + 3];
        System.arraycopy(BOM, 0, out, 0, 3);
        System.arraycopy(utf8, 0, out, 3, utf8.length);
        return out;
    }

    /** utf-8-sig's decoding: a leading BOM is dropped, if there is one. */
    private static byte[] withoutBom(byte[] b) {
        return b.length >= 3 && b[0] == BOM[0] && b[1] == BOM[1] && b[2] == BOM[2]
                ? java.util.Arrays.copyOfRange(b, 3, b.length) : b;
    }

    private static Charset javaCharsetOrNull(String encoding) {
        try {
            return Charset.forName(encoding.replace('_', '-'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The codec name errors report: CPython's single-byte code pages are all 'charmap' codecs. */
    private static String javaCodecName(Charset cs) {
        if (isSingleByte(cs)) {
            return "charmap";
        }
        // CPython's CJK codecs: euc_kr, shift_jis, iso2022_jp
        return cs.name().toLowerCase(Locale.ROOT).replace("iso-2022", "iso2022").replace('-', '_');
    }

    private static boolean isSingleByte(Charset cs) {
        return cs.canEncode() && cs.newEncoder().maxBytesPerChar() == 1.0f;
    }

    private static byte[] encodeWithJava(String s, Charset cs, String errors) {
        CharsetEncoder enc = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer in = CharBuffer.wrap(s);
        ByteBuffer out = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, s.length() * 4L + 16));
        ByteBuilder result = new ByteBuilder(s.length());
        CodecErrors.UnitEncoder unit = (o, c) -> o.append(c);
        while (true) {
            CoderResult r = enc.encode(in, out, true);
            result.append(out.array(), 0, out.position());
            out.clear();
            if (r.isUnderflow()) {
                break;
            }
            if (r.isError()) {
                int start = in.position();
                int end = start + r.length();
                boolean charmap = isSingleByte(cs);
                // CPython's charmap codecs hand the handler the whole run of unencodable characters;
                // its CJK codecs one character at a time
                CharsetEncoder probe = cs.newEncoder();
                while (charmap && end < s.length()) {
                    int n = Character.charCount(s.codePointAt(end));
                    if (probe.canEncode(s.substring(end, end + n))) {
                        break;
                    }
                    end += n;
                }
                CodecErrors.encode(result, errors, javaCodecName(cs), s, start, end,
                        charmap ? "character maps to <undefined>" : "illegal multibyte sequence", unit);
                in.position(end);
            }
        }
        return result.toArray();
    }

    /**
     * Whether bytes at the end of the input are a character cut short ("incomplete multibyte
     * sequence") rather than bytes no character starts with ("illegal"). CPython's CJK decoders
     * mostly ask for the second byte before judging the first; shift_jis judges first (0x80, 0xa0
     * and 0xeb-0xff start nothing), and the 7-bit iso2022 codecs take no high byte at all.
     */
    // CPython: the decoders of Modules/cjkcodecs (REQUIRE_INBUF before or after the lead-byte test)
    private static boolean waitsForMore(Charset cs, byte[] b, int start) {
        String name = javaCodecName(cs);
        int lead = b[start] & 0xff;
        if (name.startsWith("iso2022")) {
            return lead < 0x80;
        }
        if (name.equals("shift_jis")) {
            return lead != 0x80 && lead != 0xa0 && lead < 0xeb;
        }
        return true;
    }

    private static String decodeWithJava(byte[] b, Charset cs, String errors) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length * 2 + 16);
        StringBuilder result = new StringBuilder(b.length);
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            result.append(out.flip());
            out.clear();
            if (r.isUnderflow()) {
                break;
            }
            if (r.isError()) {
                int start = in.position();
                int end = start + r.length();
                String reason = isSingleByte(cs) ? "character maps to <undefined>"
                        : end >= b.length && waitsForMore(cs, b, start) ? "incomplete multibyte sequence"
                        : "illegal multibyte sequence";
                in.position(CodecErrors.decode(result, errors, javaCodecName(cs), b, start, end, reason));
            }
        }
        return result.toString();
    }
}
