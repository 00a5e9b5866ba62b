package org.weft.python.runtime;

import java.math.BigInteger;

/**
 * Integers to text: {@code format(int, spec)} for the integer presentation types
 * {@code b c d o x X n} and {@code bin()/oct()/hex()}'s base forms. The float types
 * ({@code e f g %}) are the caller's: it converts to float first, as CPython does.
 */
public final class IntFormat {

    private IntFormat() {}

    // CPython: PyNumber_ToBase in abstract.c
    /** {@code bin/oct/hex} form: {@code -0x1f}; {@code base} is 2, 8, 10 or 16. */
    public static String toBase(BigInteger v, int base) {
        String digits = v.abs().toString(base);
        String prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    /** {@code bin/oct/hex} form of a {@code long}. */
    public static String toBase(long v, int base) {
        if (v == Long.MIN_VALUE) {
            return toBase(BigInteger.valueOf(v), base);
        }
        String digits = Long.toString(Math.abs(v), base);
        String prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
        return (v < 0 ? "-" : "") + prefix + digits;
    }

    /** Formats by an integer presentation type ({@code b c d o x X n}). */
    public static String format(long v, FormatSpec spec) {
        if (v == Long.MIN_VALUE) {
            return format(BigInteger.valueOf(v), spec);
        }
        checkIntSpec(spec);
        if (spec.type == 'c') {
            return formatChar(v, spec);
        }
        int base = base(spec.type);
        return layout(v < 0, Long.toString(Math.abs(v), base), base, spec);
    }

    /** Formats by an integer presentation type ({@code b c d o x X n}). */
    public static String format(BigInteger v, FormatSpec spec) {
        checkIntSpec(spec);
        if (spec.type == 'c') {
            // Any value this large is out of range; CPython's PyLong_AsLong overflows first.
            if (v.bitLength() >= 64) {
                throw PyErr.format(PyExc.OverflowError,
                        "Python int too large to convert to C long");
            }
            return formatChar(v.longValue(), spec);
        }
        int base = base(spec.type);
        String digits = base == 10 ? IntStrDigits.decimal(v.abs()) : v.abs().toString(base);
        return layout(v.signum() < 0, digits, base, spec);
    }

    // CPython: format_long_internal in formatter_unicode.c
    private static void checkIntSpec(FormatSpec spec) {
        if (spec.precision != -1) {
            throw PyErr.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegZero) {
            throw PyErr.valueError(
                    "Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (spec.type == 'c') {
            if (spec.sign != '\0') {
                throw PyErr.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate) {
                throw PyErr.valueError(
                        "Alternate form (#) not allowed with integer format specifier 'c'");
            }
        }
    }

    private static String formatChar(long v, FormatSpec spec) {
        if (v < 0 || v > 0x10FFFF) {
            throw PyErr.format(PyExc.OverflowError, "%s", "%c arg not in range(0x110000)");
        }
        String body = new String(Character.toChars((int) v));
        return NumberLayout.layout(spec, '+', "", body, 0, false);
    }

    private static int base(char type) {
        return switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
    }

    private static String layout(boolean negative, String digits, int base, FormatSpec spec) {
        boolean upper = spec.type == 'X';
        if (spec.isPlain() && !upper) {
            String prefix = spec.alternate ? prefix(base) : "";
            return negative ? "-" + prefix + digits : prefix.isEmpty() ? digits : prefix + digits;
        }
        String prefix = spec.alternate ? prefix(base) : "";
        return NumberLayout.layout(spec, negative ? '-' : '+', prefix, digits, digits.length(),
                upper);
    }

    private static String prefix(int base) {
        return switch (base) {
            case 2 -> "0b";
            case 8 -> "0o";
            case 16 -> "0x";
            default -> "";
        };
    }
}
