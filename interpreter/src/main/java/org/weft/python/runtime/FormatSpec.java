package org.weft.python.runtime;

/**
 * A parsed format specification of the format mini-language,
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}, as CPython's
 * {@code InternalFormatSpec}, with the string layout that {@code str.__format__} uses. Numbers lay
 * themselves out through {@link NumberLayout}.
 *
 * <p>Immutable. {@code width} and {@code precision} are -1 when absent; {@code type} and
 * {@code sign} are {@code '\0'} when absent; {@code grouping} is {@code '\0'}, {@code ','} or
 * {@code '_'} with {@code groupSize} 3, or 4 for {@code '_'} with b, o, x and X.
 */
public final class FormatSpec {

    /** The fill character, a code point. */
    public final int fill;
    /** One of {@code '<' '>' '=' '^'}. */
    public final char align;
    /** {@code '+'}, {@code '-'}, {@code ' '} or {@code '\0'}. */
    public final char sign;
    /** The {@code 'z'} option: coerce negative zero to positive (floats only). */
    public final boolean noNegZero;
    /** The {@code '#'} option. */
    public final boolean alternate;
    public final int width;
    public final char grouping;
    public final int groupSize;
    public final int precision;
    public final char type;

    private FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate,
                       int width, char grouping, int groupSize, int precision, char type) {
        this.fill = fill;
        this.align = align;
        this.sign = sign;
        this.noNegZero = noNegZero;
        this.alternate = alternate;
        this.width = width;
        this.grouping = grouping;
        this.groupSize = groupSize;
        this.precision = precision;
        this.type = type;
    }

    /** Whether the spec asks for nothing but the type: the callers' fast path. */
    public boolean isPlain() {
        return sign != '+' && sign != ' ' && width == -1 && grouping == '\0' && type != 'n';
    }

    // CPython: parse_internal_render_format_spec in formatter_unicode.c
    /**
     * Parses {@code spec} for an object of type {@code typeName} (named in the error messages),
     * with the type's default presentation type and alignment ({@code 'd', '>'} for int,
     * {@code '\0', '>'} for float, {@code 's', '<'} for str).
     */
    public static FormatSpec parse(String spec, char defaultType, char defaultAlign,
                                   String typeName) {
        return new Parser(spec).parse(defaultType, defaultAlign, typeName);
    }

    /** The parser's cursor over the spec's code points. */
    private static final class Parser {
        private final int[] cp;
        private int pos;

        Parser(String spec) {
            cp = spec.codePoints().toArray();
        }

        private boolean at(int c) {
            return pos < cp.length && cp[pos] == c;
        }

        FormatSpec parse(char defaultType, char defaultAlign, String typeName) {
            int fill = ' ';
            char align = defaultAlign;
            boolean fillGiven = false;
            boolean alignGiven = false;
            if (cp.length - pos >= 2 && isAlign(cp[pos + 1])) {
                align = (char) cp[pos + 1];
                fill = cp[pos];
                fillGiven = alignGiven = true;
                pos += 2;
            } else if (cp.length - pos >= 1 && isAlign(cp[pos])) {
                align = (char) cp[pos++];
                alignGiven = true;
            }
            char sign = '\0';
            if (at('+') || at('-') || at(' ')) {
                sign = (char) cp[pos++];
            }
            boolean noNegZero = at('z');
            if (noNegZero) {
                pos++;
            }
            boolean alternate = at('#');
            if (alternate) {
                pos++;
            }
            if (!fillGiven && at('0')) {
                fill = '0';
                if (!alignGiven && defaultAlign == '>') {
                    align = '=';
                }
                pos++;
            }
            int width = integer();
            char grouping = grouping();
            int precision = -1;
            if (at('.')) {
                pos++;
                precision = integer();
                if (precision < 0) {
                    throw PyErr.valueError("Format specifier missing precision");
                }
            }
            if (cp.length - pos > 1) {
                throw PyErr.valueError("Invalid format specifier '%s' for object of type '%s'",
                        new String(cp, 0, cp.length), typeName);
            }
            int type = pos < cp.length ? cp[pos] : defaultType;
            int groupSize = checkGrouping(grouping, type);
            return new FormatSpec(fill, align, sign, noNegZero, alternate, width, grouping,
                    groupSize, precision, (char) Math.min(type, 0xFFFF));
        }

        /** Digits as an int, or -1 when there are none. */
        private int integer() {
            int start = pos;
            long v = 0;
            while (pos < cp.length && cp[pos] >= '0' && cp[pos] <= '9') {
                v = v * 10 + (cp[pos++] - '0');
                if (v > Integer.MAX_VALUE) {
                    throw PyErr.valueError("Too many decimal digits in format string");
                }
            }
            return pos == start ? -1 : (int) v;
        }

        private char grouping() {
            char g = '\0';
            if (at(',')) {
                g = ',';
                pos++;
            }
            if (at('_')) {
                if (g != '\0') {
                    throw PyErr.valueError("Cannot specify both ',' and '_'.");
                }
                g = '_';
                pos++;
            }
            if (at(',') && g == '_') {
                throw PyErr.valueError("Cannot specify both ',' and '_'.");
            }
            return g;
        }
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** The digits per group, after checking the separator suits the type (PEP 378, PEP 515). */
    private static int checkGrouping(char grouping, int type) {
        if (grouping == '\0') {
            return 0;
        }
        switch (type) {
            case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', '\0':
                return 3;
            case 'b', 'o', 'x', 'X':
                if (grouping == '_') {
                    return 4;
                }
                break;
            default:
                break;
        }
        if (type > 32 && type < 128) {
            throw PyErr.valueError("Cannot specify '%c' with '%c'.", grouping, (char) type);
        }
        throw PyErr.valueError("Cannot specify '%c' with '\\x%x'.", grouping, type);
    }

    // CPython: unknown_presentation_type in formatter_unicode.c
    /** The ValueError for a type code that {@code typeName} does not support. */
    public PyException unknownType(String typeName) {
        if (type > 32 && type < 128) {
            return PyErr.valueError("Unknown format code '%c' for object of type '%s'", type,
                    typeName);
        }
        return PyErr.valueError("Unknown format code '\\x%x' for object of type '%s'", (int) type,
                typeName);
    }

    // CPython: format_string_internal in formatter_unicode.c
    /** Formats a string by this spec, whose type must already be 's' or absent. */
    public String formatString(String s) {
        if (sign != '\0') {
            throw PyErr.valueError("Sign not allowed in string format specifier");
        }
        if (noNegZero) {
            throw PyErr.valueError(
                    "Negative zero coercion (z) not allowed in string format specifier");
        }
        if (alternate) {
            throw PyErr.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (align == '=') {
            throw PyErr.valueError("'=' alignment not allowed in string format specifier");
        }
        int len = s.codePointCount(0, s.length());
        if ((width == -1 || width <= len) && (precision == -1 || precision >= len)) {
            return s;
        }
        if (precision >= 0 && len >= precision) {
            s = s.substring(0, s.offsetByCodePoints(0, precision));
            len = precision;
        }
        return pad(s, len);
    }

    /**
     * Pads {@code s}, {@code len} code points long, to the width with the fill, by the
     * alignment ({@code '='} counts as right here).
     */
    public String pad(String s, int len) {
        int total = Math.max(width, len);
        int padding = total - len;
        if (padding <= 0) {
            return s;
        }
        int left = align == '>' || align == '=' ? padding : align == '^' ? padding / 2 : 0;
        StringBuilder sb = new StringBuilder(s.length() + padding);
        repeat(sb, fill, left);
        sb.append(s);
        repeat(sb, fill, padding - left);
        return sb.toString();
    }

    static void repeat(StringBuilder sb, int codePoint, int n) {
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(codePoint);
        }
    }
}
