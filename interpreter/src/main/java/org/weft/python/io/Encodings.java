package org.weft.python.io;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/**
 * Python encoding names to Java charsets, for the io layer. The strings owner's codecs module is
 * the full story; this is the small private lookup that open() needs.
 *
 * @param charset the Java charset; null for a codec only the Python codec registry has
 * @param name    the codec's Python name as error messages spell it ('utf-8', 'latin-1', 'ascii')
 * @param display the name as the user gave it, which a file's {@code encoding} attribute shows
 */
public record Encodings(Charset charset, String name, String display) {

    public Encodings(Charset charset, String name) {
        this(charset, name, name);
    }

    /** The same codec, shown as {@code display}. */
    public Encodings withDisplayName(String display) {
        return new Encodings(charset, name, display);
    }

    public static final Encodings UTF_8 = new Encodings(StandardCharsets.UTF_8, "utf-8");

    /** Looks an encoding up; null when Python would raise LookupError "unknown encoding: x". */
    // CPython: encodings.normalize_encoding and encodings.aliases
    public static Encodings lookup(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (n) {
            case "utf-8", "utf8", "u8", "utf", "cp65001":
                return UTF_8;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin":
                return new Encodings(StandardCharsets.ISO_8859_1, "latin-1");
            case "ascii", "us-ascii", "646", "us":
                return new Encodings(StandardCharsets.US_ASCII, "ascii");
            case "utf-16", "utf16", "u16":
                // CPython: a BOM, then the machine's order (little-endian here); reading follows the
                // BOM. Java's UTF-16 writes big-endian. Streams write the BOM themselves (bom()).
                return new Encodings(Charset.forName("x-UTF-16LE-BOM"), "utf-16");
            case "utf-32", "utf32", "u32":
                return new Encodings(Charset.forName("X-UTF-32LE-BOM"), "utf-32");
            case "utf-8-sig", "utf8-sig":
                return new Encodings(StandardCharsets.UTF_8, "utf-8-sig");
            case "utf-32-le", "utf-32le":
                return new Encodings(Charset.forName("UTF-32LE"), "utf-32-le");
            case "utf-32-be", "utf-32be":
                return new Encodings(Charset.forName("UTF-32BE"), "utf-32-be");
            case "utf-16-le", "utf-16le":
                return new Encodings(StandardCharsets.UTF_16LE, "utf-16-le");
            case "utf-16-be", "utf-16be":
                return new Encodings(StandardCharsets.UTF_16BE, "utf-16-be");
            default:
                break;
        }
        try {
            Charset cs = Charset.forName(n);
            return new Encodings(cs, n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return registryCodec(encoding);
        }
    }

    /**
     * A text codec only the Python codec registry knows (mac-roman, cp1250 by a Python alias, a
     * codec registered by the program): it has no Java charset here, and its bytes go through
     * {@code Codecs}, which asks the registry. Null when the registry does not know it either; a
     * bytes-to-bytes codec (hex, rot13) is CPython's LookupError for open().
     */
    // CPython: _PyCodec_LookupTextEncoding(encoding, "codecs.open()")
    private static Encodings registryCodec(String encoding) {
        org.weft.python.Interpreter interpreter = org.weft.python.Interpreter.current();
        if (interpreter == null) {
            return null;
        }
        PyObject codecs = interpreter.importer().importModule("_codecs");
        PyObject info;
        try {
            info = Ops.call(Ops.getattr(codecs, "lookup"), PyStr.of(encoding));
        } catch (PyException e) {
            if (e.matches(PyExc.LookupError)) {
                return null;
            }
            throw e;
        }
        PyObject text = Ops.getattrOrNull(info, "_is_text_encoding");
        if (text != null && !Ops.isTrue(text)) {
            throw PyErr.format(PyExc.LookupError,
                    "'%s' is not a text encoding; use codecs.open() to handle arbitrary codecs", encoding);
        }
        return new Encodings(null, Ops.str(Ops.getattr(info, "name")).value(), encoding);
    }

    /** A decoder for Python's {@code errors} ('strict' reports; 'ignore'; anything else replaces). */
    public CharsetDecoder decoder(String errors) {
        CodingErrorAction action = action(errors);
        return charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
    }

    /**
     * The byte order mark or signature that the codec puts once at the start of a stream (utf-16,
     * utf-32, utf-8-sig); empty for the others. {@link #encoder} never writes it: a stream does,
     * when it writes at its very beginning.
     */
    public byte[] bom() {
        return switch (name) {
            case "utf-16" -> new byte[] {(byte) 0xff, (byte) 0xfe};
            case "utf-32" -> new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0};
            case "utf-8-sig" -> new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
            default -> new byte[0];
        };
    }

    /** True when a leading U+FEFF of decoded text is the codec's signature, not text (utf-8-sig). */
    public boolean dropsLeadingSignature() {
        return name.equals("utf-8-sig");
    }

    /** An encoder for Python's {@code errors}, without the {@link #bom}. */
    public CharsetEncoder encoder(String errors) {
        CodingErrorAction action = action(errors);
        Charset plain = switch (name) {
            case "utf-16" -> StandardCharsets.UTF_16LE;
            case "utf-32" -> Charset.forName("UTF-32LE");
            default -> charset;
        };
        CharsetEncoder enc = plain.newEncoder().onMalformedInput(action).onUnmappableCharacter(action);
        if (action == CodingErrorAction.REPLACE) {
            enc.replaceWith(new byte[] {'?'});
        }
        return enc;
    }

    private static CodingErrorAction action(String errors) {
        if (errors == null || errors.equals("strict")) {
            return CodingErrorAction.REPORT;
        }
        return errors.equals("ignore") ? CodingErrorAction.IGNORE : CodingErrorAction.REPLACE;
    }
}
