package org.weft.python.runtime;

/**
 * {@code format(z, spec)} for a complex number: both parts formatted as floats, the imaginary
 * part always signed when the real part is shown, the whole padded as one field. CPython:
 * complex__format__ and format_complex_internal in formatter_unicode.c.
 */
final class ComplexFormat {

    private ComplexFormat() {}

    /**
     * Formats {@code re + im*j} by {@code spec}; {@code typeName} names the object's type in the
     * error messages.
     */
    static String format(double re, double im, String spec, String typeName) {
        if (spec.isEmpty()) {
            return PyComplexMethods.repr(re, im); // str(z) is repr(z)
        }
        FormatSpec f = FormatSpec.parse(spec, '\0', '>', typeName);
        switch (f.type) {
            case '\0', 'e', 'E', 'f', 'F', 'g', 'G', 'n':
                return format(re, im, f);
            default:
                throw f.unknownType(typeName);
        }
    }

    // CPython: format_complex_internal in formatter_unicode.c
    private static String format(double re, double im, FormatSpec f) {
        if (f.fill == '0') {
            throw PyErr.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (f.align == '=') {
            throw PyErr.valueError(
                    "'=' alignment flag is not allowed in complex format specifier");
        }
        int flags = (f.alternate ? FloatFormat.ALT : 0) | (f.noNegZero ? FloatFormat.NO_NEG_0 : 0);
        char type = f.type;
        int precision = f.precision;
        int defaultPrecision = 6;
        boolean skipRe = false;
        boolean parens = false;
        if (type == '\0') {
            // Like str(z): no real part when it is +0, else in parentheses.
            type = 'r';
            defaultPrecision = 0;
            skipRe = re == 0.0 && Math.copySign(1.0, re) == 1.0;
            parens = !skipRe;
        } else if (type == 'n') {
            type = 'g';
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String imPart = part(FloatFormat.toString(im, type, precision, flags), f,
                skipRe ? f.sign : '+');
        StringBuilder sb = new StringBuilder(32);
        if (parens) {
            sb.append('(');
        }
        if (!skipRe) {
            sb.append(part(FloatFormat.toString(re, type, precision, flags), f, f.sign));
        }
        sb.append(imPart).append('j');
        if (parens) {
            sb.append(')');
        }
        String s = sb.toString();
        return f.pad(s, s.length());
    }

    // CPython: calc_number_widths and fill_number, without padding
    /** One part: its sign by {@code sign} ('+', ' ' or none), digits grouped by the spec. */
    private static String part(String s, FormatSpec f, char sign) {
        boolean negative = s.charAt(0) == '-';
        String body = negative ? s.substring(1) : s;
        int nDigits = 0;
        while (nDigits < body.length() && body.charAt(nDigits) >= '0'
                && body.charAt(nDigits) <= '9') {
            nDigits++;
        }
        StringBuilder sb = new StringBuilder(body.length() + 8);
        if (negative) {
            sb.append('-');
        } else if (sign == '+' || sign == ' ') {
            sb.append(sign);
        }
        if (f.grouping != '\0' && nDigits > 0) {
            sb.append(NumberLayout.group(body.substring(0, nDigits), 0, f));
            sb.append(body, nDigits, body.length());
        } else {
            sb.append(body);
        }
        return sb.toString();
    }
}
