package org.weft.python.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

import org.weft.python.runtime.Codecs;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.Ops;

/**
 * The incremental decoder of a text file: each call decodes the bytes it is given, less an
 * incomplete character at their end (kept for the next call), with the same codecs and error
 * handlers as {@code bytes.decode}, so that errors=, reasons and positions are CPython's. A
 * UnicodeDecodeError names all the bytes of the call, as CPython's incremental decoders do.
 * Not thread-safe: its text stream's monitor guards it.
 */
final class TextDecoding {

    private final Encodings encoding;
    private final String errors;
    /** utf-16 and utf-32: the byte order, from the BOM at the start of the stream ("le" until seen). */
    private String order = "le";

    TextDecoding(Encodings encoding, String errors) {
        this.encoding = encoding;
        this.errors = errors;
    }

    /** Decoded text, how many of the bytes it used, and how many of those were a BOM. */
    record Result(String text, int used, int bom) {
    }

    /**
     * Decodes {@code data}; {@code atStart}: the data begins the stream (its BOM says the byte
     * order); {@code last}: no more bytes follow, so an incomplete character is an error.
     */
    Result decode(byte[] data, boolean atStart, boolean last) {
        int from = atStart ? readBom(data) : 0;
        int to = last ? data.length : completePrefix(data, from);
        String text;
        try {
            text = Codecs.decode(Arrays.copyOfRange(data, from, to), codecName(), errors);
        } catch (PyException e) {
            throw from == 0 && to == data.length ? e : onWholeInput(e, data, from);
        }
        return new Result(text, to, from);
    }

    /** The codec that decodes past the BOM: utf-16 and utf-32 in the order the BOM chose. */
    private String codecName() {
        return switch (encoding.name()) {
            case "utf-16" -> "utf-16-" + order;
            case "utf-32" -> "utf-32-" + order;
            case "utf-8-sig" -> "utf-8";
            default -> encoding.name();
        };
    }

    // CPython: the utf-16 and utf-32 decoders read a BOM at the start of a stream and drop it
    private int readBom(byte[] data) {
        String name = encoding.name();
        if (name.equals("utf-16") && data.length >= 2) {
            int b0 = data[0] & 0xff;
            int b1 = data[1] & 0xff;
            if (b0 == 0xff && b1 == 0xfe || b0 == 0xfe && b1 == 0xff) {
                order = b0 == 0xff ? "le" : "be";
                return 2;
            }
        } else if (name.equals("utf-32") && data.length >= 4) {
            if (data[0] == (byte) 0xff && data[1] == (byte) 0xfe && data[2] == 0 && data[3] == 0) {
                order = "le";
                return 4;
            }
            if (data[0] == 0 && data[1] == 0 && data[2] == (byte) 0xfe && data[3] == (byte) 0xff) {
                order = "be";
                return 4;
            }
        }
        return 0;
    }

    /** How much of {@code data} ends on a whole character: the rest waits for more bytes. */
    private int completePrefix(byte[] data, int from) {
        String name = codecName();
        int n = data.length;
        if (name.startsWith("utf-8")) {
            for (int i = n - 1; i >= Math.max(from, n - 4); i--) {
                int b = data[i] & 0xff;
                if ((b & 0xc0) != 0x80) {
                    int need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
                    return i + need > n ? i : n;
                }
            }
            return n;
        }
        if (name.startsWith("utf-16")) {
            int end = from + ((n - from) & ~1);
            if (end - from >= 2) {
                int unit = name.endsWith("be") ? (data[end - 2] & 0xff) << 8 | data[end - 1] & 0xff
                        : (data[end - 1] & 0xff) << 8 | data[end - 2] & 0xff;
                if (unit >= 0xd800 && unit <= 0xdbff) {
                    end -= 2; // a high surrogate waits for its low half
                }
            }
            return end;
        }
        if (name.startsWith("utf-32")) {
            return from + ((n - from) & ~3);
        }
        return javaCompletePrefix(data, from);
    }

    /** Other codecs of Java's: what a Java decoder consumes before it wants more input. */
    private int javaCompletePrefix(byte[] data, int from) {
        Charset cs;
        try {
            cs = Charset.forName(encoding.name());
        } catch (IllegalArgumentException e) {
            return data.length;
        }
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data, from, data.length - from);
        CharBuffer out = CharBuffer.allocate(data.length * 2 + 16);
        return dec.decode(in, out, false).isUnderflow() ? in.position() : data.length;
    }

    /** A decoding error of part of the input, told of all of it (as the incremental decoders do). */
    private static PyException onWholeInput(PyException e, byte[] data, int from) {
        if (!e.matches(PyExc.UnicodeDecodeError)) {
            return e;
        }
        PyObject v = e.value();
        int start = (int) Ops.index(Ops.getattr(v, "start")).longValue() + from;
        int end = (int) Ops.index(Ops.getattr(v, "end")).longValue() + from;
        return PyErr.of(PyExc.UnicodeDecodeError, Ops.getattr(v, "encoding"), new PyBytes(data),
                org.weft.python.runtime.PyInt.of(start), org.weft.python.runtime.PyInt.of(end),
                Ops.getattr(v, "reason"));
    }
}
