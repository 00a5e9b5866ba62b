package org.weft.python.io;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Python encoding names to Java charsets, for the io layer. The strings owner's codecs module is
 * the full story; this is the small private lookup that open() needs.
 *
 * @param charset the Java charset
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
                return new Encodings(StandardCharsets.UTF_16, "utf-16");
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
            return null;
        }
    }

    /** A decoder for Python's {@code errors} ('strict' reports; 'ignore'; anything else replaces). */
    public CharsetDecoder decoder(String errors) {
        CodingErrorAction action = action(errors);
        return charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
    }

    public CharsetEncoder encoder(String errors) {
        CodingErrorAction action = action(errors);
        CharsetEncoder enc = charset.newEncoder().onMalformedInput(action).onUnmappableCharacter(action);
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
