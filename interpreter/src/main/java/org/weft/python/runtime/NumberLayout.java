package org.weft.python.runtime;

/**
 * Lays out a formatted number by a {@link FormatSpec}:
 * {@code <lpadding><sign><prefix><spadding><grouped digits><decimal point><remainder><rpadding>},
 * as CPython's {@code calc_number_widths} and {@code fill_number}. Only one of the three paddings
 * is non-empty. With {@code '='} alignment and a {@code '0'} fill, the zeros go into the grouped
 * digits, so that {@code format(1234, '09,')} is {@code '0,001,234'}.
 */
final class NumberLayout {

    private NumberLayout() {}

    // CPython: calc_number_widths and fill_number in formatter_unicode.c
    /**
     * Lays out {@code body} (no sign), whose first {@code nDigits} characters are the integer
     * digits; {@code signChar} is {@code '-'} for a negative number, else anything; the digits
     * and prefix are upper-cased when {@code upper}.
     */
    static String layout(FormatSpec spec, char signChar, String prefix, String body, int nDigits,
                         boolean upper) {
        char sign = '\0';
        if (spec.sign == '+') {
            sign = signChar == '-' ? '-' : '+';
        } else if (spec.sign == ' ') {
            sign = signChar == '-' ? '-' : ' ';
        } else if (signChar == '-') {
            sign = '-';
        }
        int nSign = sign == '\0' ? 0 : 1;
        // Code points, not chars: the 'c' type may lay out a character outside the BMP.
        int nOther = nSign + prefix.length() + body.codePointCount(nDigits, body.length());
        int minWidth = spec.fill == '0' && spec.align == '=' ? spec.width - nOther : 0;
        String digits = nDigits == 0 ? "" : group(body.substring(0, nDigits), minWidth, spec);
        if (upper) {
            digits = digits.toUpperCase();
            prefix = prefix.toUpperCase();
        }
        int padding = spec.width - (nOther + digits.length());
        int lpad = 0;
        int spad = 0;
        int rpad = 0;
        if (padding > 0) {
            switch (spec.align) {
                case '<' -> rpad = padding;
                case '^' -> {
                    lpad = padding / 2;
                    rpad = padding - lpad;
                }
                case '=' -> spad = padding;
                default -> lpad = padding;
            }
        }
        StringBuilder sb = new StringBuilder(Math.max(spec.width, 0) + body.length() + 8);
        FormatSpec.repeat(sb, spec.fill, lpad);
        if (nSign == 1) {
            sb.append(sign);
        }
        sb.append(prefix);
        FormatSpec.repeat(sb, spec.fill, spad);
        sb.append(digits).append(body, nDigits, body.length());
        FormatSpec.repeat(sb, spec.fill, rpad);
        return sb.toString();
    }

    // CPython: _PyUnicode_InsertThousandsGrouping in unicodeobject.c
    /**
     * Inserts the spec's separator every {@code groupSize} digits from the right, padding with
     * zeros (separated too) on the left up to {@code minWidth} characters.
     */
    static String group(String digits, int minWidth, FormatSpec spec) {
        int size = spec.groupSize;
        char sep = spec.grouping;
        minWidth = Math.max(0, minWidth);
        if (size == 0) {
            int zeros = Math.max(0, minWidth - digits.length());
            return zeros == 0 ? digits : "0".repeat(zeros) + digits;
        }
        // Built right to left, then reversed.
        StringBuilder out = new StringBuilder(digits.length() * 2);
        int remaining = digits.length();
        boolean useSep = false;
        while (true) {
            int l = Math.min(size, Math.max(Math.max(remaining, minWidth), 1));
            int nZeros = Math.max(0, l - remaining);
            int nChars = Math.max(0, Math.min(remaining, l));
            if (useSep) {
                out.append(sep);
            }
            for (int i = 0; i < nChars; i++) {
                out.append(digits.charAt(remaining - 1 - i));
            }
            for (int i = 0; i < nZeros; i++) {
                out.append('0');
            }
            useSep = true;
            remaining -= nChars;
            minWidth -= size;
            if (remaining <= 0 && minWidth <= 0) {
                break;
            }
            minWidth -= 1;
        }
        return out.reverse().toString();
    }
}
