package org.weft.python.runtime;

/**
 * Splits a {@code str.format} template into literal text and replacement fields, as CPython's
 * MarkupIterator (Objects/stringlib/unicode_format.h); also the parser behind
 * {@code _string.formatter_parser}, for {@code string.Formatter}.
 *
 * <p>One iterator walks one template once; not shared between threads.
 */
public final class FormatMarkup {

    /**
     * One step: literal text, then (when {@code hasField}) a field: its name, conversion
     * ({@code 0} when none), spec, and whether the spec holds nested fields.
     */
    public record Part(String literal, boolean hasField, String fieldName, int conversion, String spec,
                       boolean specNeedsExpanding) {
    }

    private final String s;
    private int pos;
    private final int end;

    public FormatMarkup(String s) {
        this(s, 0, s.length());
    }

    FormatMarkup(String s, int start, int end) {
        this.s = s;
        this.pos = start;
        this.end = end;
    }

    /** The next part, or null at the end of the template. */
    public Part next() {
        if (pos >= end) {
            return null;
        }
        int start = pos;
        char c = 0;
        boolean markup = false;
        while (pos < end) {
            c = s.charAt(pos++);
            if (c == '{' || c == '}') {
                markup = true;
                break;
            }
        }
        boolean atEnd = pos >= end;
        int len = pos - start;
        if (c == '}' && markup && (atEnd || s.charAt(pos) != '}')) {
            throw PyErr.valueError("Single '}' encountered in format string");
        }
        if (atEnd && c == '{' && markup) {
            throw PyErr.valueError("Single '{' encountered in format string");
        }
        if (markup) {
            if (s.charAt(pos) == c) {
                pos++; // an escaped brace: literal text only
                return new Part(s.substring(start, start + len), false, null, 0, null, false);
            }
            len--;
        }
        String literal = s.substring(start, start + len);
        if (!markup) {
            return new Part(literal, false, null, 0, null, false);
        }
        return parseField(literal);
    }

    // CPython: parse_field in unicode_format.h
    private Part parseField(String literal) {
        int nameStart = pos;
        char c = 0;
        while (pos < end) {
            c = s.charAt(pos++);
            if (c == '{') {
                throw PyErr.valueError("unexpected '{' in field name");
            }
            if (c == '[') {
                while (pos < end && s.charAt(pos) != ']') {
                    pos++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        String name = s.substring(nameStart, Math.max(nameStart, pos - 1));
        if (c != '!' && c != ':') {
            if (c != '}') {
                throw PyErr.valueError("expected '}' before end of string");
            }
            return new Part(literal, true, name, 0, "", false);
        }
        int conversion = 0;
        if (c == '!') {
            if (pos >= end) {
                throw PyErr.valueError("end of string while looking for conversion specifier");
            }
            conversion = s.codePointAt(pos);
            pos += Character.charCount(conversion);
            if (pos < end) {
                char d = s.charAt(pos++);
                if (d == '}') {
                    return new Part(literal, true, name, conversion, "", false);
                }
                if (d != ':') {
                    throw PyErr.valueError("expected ':' after conversion specifier");
                }
            }
        }
        return parseSpec(literal, name, conversion);
    }

    private Part parseSpec(String literal, String name, int conversion) {
        int specStart = pos;
        boolean nested = false;
        int depth = 1;
        while (pos < end) {
            char c = s.charAt(pos++);
            if (c == '{') {
                nested = true;
                depth++;
            } else if (c == '}' && --depth == 0) {
                return new Part(literal, true, name, conversion, s.substring(specStart, pos - 1), nested);
            }
        }
        throw PyErr.valueError("unmatched '{' in format spec");
    }
}
