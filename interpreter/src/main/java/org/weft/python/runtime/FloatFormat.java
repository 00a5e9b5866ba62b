package org.weft.python.runtime;

/**
 * Double to text, as CPython's {@code PyOS_double_to_string}: the engine under {@code repr(float)},
 * {@code format(float, spec)} and {@code '%e' % x}. Format codes {@code 'e' 'E' 'f' 'F' 'g' 'G'}
 * take a precision; {@code 'r'} is repr's shortest round-trip form.
 */
public final class FloatFormat {

    /** Always write a sign: {@code '+'} for non-negative values. */
    public static final int SIGN = 1;
    /** Make an integral-looking result look like a float: {@code 1.0}, {@code 1e+16} stays. */
    public static final int ADD_DOT_0 = 2;
    /** The {@code '#'} form: keep the decimal point and, for 'g', trailing zeros. */
    public static final int ALT = 4;
    /** The {@code 'z'} option: a negative value that rounds to zero is written as positive. */
    public static final int NO_NEG_0 = 8;

    private FloatFormat() {}

    /** {@code repr(x)} of a float. */
    public static String repr(double x) {
        return toString(x, 'r', 0, ADD_DOT_0);
    }

    // CPython: format_float_internal in formatter_unicode.c
    /**
     * {@code format(x, spec)} for a float, once the caller has checked that the spec's type is
     * one of {@code '\0' e E f F g G n %}.
     */
    public static String format(double x, FormatSpec spec) {
        int flags = (spec.alternate ? ALT : 0) | (spec.noNegZero ? NO_NEG_0 : 0);
        char type = spec.type;
        int precision = spec.precision;
        int defaultPrecision = 6;
        if (type == '\0') {
            flags |= ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        } else if (type == 'n') {
            type = 'g';
        }
        boolean percent = type == '%';
        if (percent) {
            type = 'f';
            x *= 100;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String s = toString(x, type, precision, flags);
        if (percent) {
            s = s + "%";
        }
        if (spec.isPlain()) {
            return s;
        }
        char signChar = s.charAt(0) == '-' ? '-' : '+';
        String body = signChar == '-' ? s.substring(1) : s;
        int nDigits = 0;
        while (nDigits < body.length() && Character.isDigit(body.charAt(nDigits))) {
            nDigits++; // the body is ASCII, so isDigit means 0-9
        }
        return NumberLayout.layout(spec, signChar, "", body, nDigits, false);
    }

    // CPython: PyOS_double_to_string in pystrtod.c
    /**
     * Formats {@code x} with {@code code} ('e', 'E', 'f', 'F', 'g', 'G' or 'r') at
     * {@code precision} (ignored for 'r'), with {@link #SIGN}, {@link #ADD_DOT_0}, {@link #ALT} and
     * {@link #NO_NEG_0} flags.
     */
    public static String toString(double x, char code, int precision, int flags) {
        boolean upper = code == 'E' || code == 'F' || code == 'G';
        char lower = Character.toLowerCase(code);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return nonFinite(x, upper, (flags & SIGN) != 0);
        }
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        double a = Math.abs(x);
        FloatDigits d;
        switch (lower) {
            case 'e' -> {
                precision++;
                d = FloatDigits.significant(a, precision);
            }
            case 'f' -> d = FloatDigits.fixed(a, precision);
            case 'g' -> {
                if (precision == 0) {
                    precision = 1;
                }
                d = FloatDigits.significant(a, precision);
            }
            case 'r' -> d = FloatDigits.shortest(a);
            default -> throw new IllegalArgumentException("format code " + code);
        }
        if (negative && (flags & NO_NEG_0) != 0 && isZero(d)) {
            negative = false;
        }
        StringBuilder sb = new StringBuilder(24);
        if (negative) {
            sb.append('-');
        } else if ((flags & SIGN) != 0) {
            sb.append('+');
        }
        layout(sb, d, lower, precision, flags, upper ? 'E' : 'e');
        return sb.toString();
    }

    private static boolean isZero(FloatDigits d) {
        String s = d.digits();
        return s.isEmpty() || (s.length() == 1 && s.charAt(0) == '0');
    }

    private static String nonFinite(double x, boolean upper, boolean sign) {
        if (Double.isNaN(x)) {
            // CPython ignores the sign of a nan.
            String s = upper ? "NAN" : "nan";
            return sign ? "+" + s : s;
        }
        String s = upper ? "INF" : "inf";
        return x < 0 ? "-" + s : sign ? "+" + s : s;
    }

    // CPython: format_float_short in pystrtod.c
    /**
     * Lays out the digits as the slice {@code vdigits[start:end]} of the digit string padded with
     * zeros on both sides, with a decimal point at {@code decpt} and an optional exponent.
     */
    private static void layout(StringBuilder sb, FloatDigits d, char code, int precision,
                               int flags, char e) {
        String digits = d.digits();
        int len = digits.length();
        int decpt = d.decpt();
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        boolean alt = (flags & ALT) != 0;
        boolean useExp = false;
        int vEnd = len;
        switch (code) {
            case 'e' -> {
                useExp = true;
                vEnd = precision;
            }
            case 'f' -> vEnd = decpt + precision;
            case 'g' -> {
                useExp = decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision);
                if (alt) {
                    vEnd = precision;
                }
            }
            default -> useExp = decpt <= -4 || decpt > 16; // 'r'
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vEnd = Math.max(vEnd, decpt + 1);
        } else {
            vEnd = Math.max(vEnd, decpt);
        }
        if (decpt <= 0) {
            zeros(sb, decpt - vStart);
            sb.append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -vStart);
        }
        if (0 < decpt && decpt <= len) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, len);
        } else {
            sb.append(digits);
        }
        if (len < decpt) {
            zeros(sb, decpt - len);
            sb.append('.');
            zeros(sb, vEnd - decpt);
        } else {
            zeros(sb, vEnd - len);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            appendExponent(sb, e, exp);
        }
    }

    private static void appendExponent(StringBuilder sb, char e, int exp) {
        sb.append(e).append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            sb.append('0');
        }
        sb.append(a);
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
    }
}
