package org.weft.python.runtime;

import java.math.BigInteger;

/**
 * The limit on decimal digits when an int becomes a str or a str becomes an int (CPython 3.11's
 * defence against quadratic conversions, {@code sys.set_int_max_str_digits}). The interpreter a
 * thread runs for implements this to tell its current limit; 0 means no limit. Bases that are
 * powers of two ({@code hex}, {@code bin}, {@code oct}) are never limited.
 */
public interface IntStrDigits {

    /** CPython's default limit ({@code sys.int_info.default_max_str_digits}). */
    int DEFAULT = 4300;
    /** The smallest limit other than 0 ({@code sys.int_info.str_digits_check_threshold}). */
    int THRESHOLD = 640;

    /** The current limit, 0 for none. */
    int maxStrDigits();

    /** The limit of the interpreter the calling thread runs for. */
    static int current() {
        return ThreadState.current().interpreter() instanceof IntStrDigits d ? d.maxStrDigits() : DEFAULT;
    }

    /** {@code v} in decimal, or CPython's ValueError when it has more digits than the limit allows. */
    static String decimal(BigInteger v) {
        String s = v.toString();
        int digits = v.signum() < 0 ? s.length() - 1 : s.length();
        int limit = digits > THRESHOLD ? current() : 0;
        if (limit > 0 && digits > limit) {
            throw PyErr.valueError("Exceeds the limit (%d digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit", limit);
        }
        return s;
    }

    /** Checks a decimal string of {@code digits} digits about to be parsed. */
    static void checkParse(int digits) {
        int limit = digits > THRESHOLD ? current() : 0;
        if (limit > 0 && digits > limit) {
            throw PyErr.valueError("Exceeds the limit (%d digits) for integer string conversion: "
                    + "value has %d digits; use sys.set_int_max_str_digits() to increase the limit", limit, digits);
        }
    }
}
