package org.weft.python;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.weft.python.runtime.Codecs;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyExc;

/**
 * Source bytes to text as PEP 263 says: a UTF-8 BOM, else an encoding declaration
 * ({@code # -*- coding: latin-1 -*-}) on the first or second line, else UTF-8. Used for script
 * files, imported modules and compile()/exec() of bytes. CPython: tokenizer.c (check_coding_spec,
 * check_bom) and the "Non-UTF-8 code ... but no encoding declared" error of a file.
 */
public final class SourceDecoding {

    private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");
    private static final Pattern BLANK_OR_COMMENT = Pattern.compile("^[ \\t\\f]*(?:[#\\r\\n]|$)");

    private SourceDecoding() {
    }

    /**
     * The text of {@code data}. {@code file} selects CPython's wording for a file (the script, a
     * module) over that of compile(): "encoding problem: X" against "unknown encoding: X".
     */
    public static String decode(byte[] data, String filename, boolean file) {
        int start = 0;
        boolean bom = data.length >= 3 && (data[0] & 0xff) == 0xef && (data[1] & 0xff) == 0xbb
                && (data[2] & 0xff) == 0xbf;
        if (bom) {
            start = 3;
        }
        String declared = declaredEncoding(data, start);
        if (declared != null) {
            declared = normalName(declared);
            boolean utf8 = declared.equals("utf-8");
            if (bom && !utf8) {
                throw encodingError("encoding problem: " + declared + " with BOM", filename);
            }
            if (!utf8) {
                byte[] body = start == 0 ? data : java.util.Arrays.copyOfRange(data, start, data.length);
                try {
                    return Codecs.decode(body, declared, "strict");
                } catch (PyException e) {
                    if (e.matches(PyExc.LookupError)) {
                        throw encodingError((file ? "encoding problem: " : "unknown encoding: ") + declared, filename);
                    }
                    throw e;
                }
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, start, data.length - start)).toString();
        } catch (CharacterCodingException e) {
            if (!file) {
                // compile() reports the codec error on its own terms; keep the lenient text
                return new String(data, start, data.length - start, StandardCharsets.UTF_8);
            }
            int bad = firstInvalidUtf8(data, start);
            int line = 1;
            for (int i = start; i < bad; i++) {
                if (data[i] == '\n') {
                    line++;
                }
            }
            throw PyErr.format(PyExc.SyntaxError, "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                    + "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    data[bad] & 0xff, filename, line);
        }
    }

    /** CPython's get_normal_name: the UTF-8 and Latin-1 spellings (first 12 characters) made canonical. */
    private static String normalName(String s) {
        String b = s.substring(0, Math.min(12, s.length())).toLowerCase().replace('_', '-');
        if (b.equals("utf-8") || b.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (b.equals("latin-1") || b.equals("iso-8859-1") || b.equals("iso-latin-1") || b.startsWith("latin-1-")
                || b.startsWith("iso-8859-1-") || b.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    /** The encoding a declaration on line 1, or on line 2 after a blank or comment line 1, names. */
    private static String declaredEncoding(byte[] data, int start) {
        String[] lines = firstLines(data, start);
        Matcher m = COOKIE.matcher(lines[0]);
        if (m.find()) {
            return m.group(1);
        }
        if (lines[1] != null && BLANK_OR_COMMENT.matcher(lines[0]).find()) {
            m = COOKIE.matcher(lines[1]);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The first two lines as Latin-1 text (a declaration is ASCII), the second null if absent. */
    private static String[] firstLines(byte[] data, int start) {
        String[] out = new String[2];
        int pos = start;
        for (int k = 0; k < 2 && pos <= data.length; k++) {
            int end = pos;
            while (end < data.length && data[end] != '\n') {
                end++;
            }
            out[k] = new String(data, pos, end - pos, StandardCharsets.ISO_8859_1);
            if (end >= data.length) {
                break;
            }
            pos = end + 1;
        }
        if (out[0] == null) {
            out[0] = "";
        }
        return out;
    }

    private static int firstInvalidUtf8(byte[] data, int start) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data, start, data.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(data.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : start;
    }

    /** SyntaxError(msg, (filename, 0, -1, None)), as CPython raises for a bad declaration. */
    private static PyException encodingError(String msg, String filename) {
        return SyntaxErrors.encoding(msg, filename);
    }
}
