package org.weft.python.lexer;

import java.math.BigInteger;
import org.weft.python.ast.Imaginary;

/**
 * The value of a NUMBER token: {@code Long} when an int fits, else {@code BigInteger};
 * {@code Double} for floats; {@link Imaginary} for {@code 3j}. The token is already known to be
 * well formed.
 */
public final class NumberValue {
    private NumberValue() {
    }

    public static Object of(String text) {
        String t = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = t.charAt(t.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Imaginary(Double.parseDouble(t.substring(0, t.length() - 1)));
        }
        if (t.length() > 1 && t.charAt(0) == '0') {
            char p = t.charAt(1);
            if (p == 'x' || p == 'X') {
                return integer(t.substring(2), 16);
            } else if (p == 'o' || p == 'O') {
                return integer(t.substring(2), 8);
            } else if (p == 'b' || p == 'B') {
                return integer(t.substring(2), 2);
            }
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(t);
            }
        }
        return integer(t, 10);
    }

    private static Object integer(String digits, int radix) {
        if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
            return Long.parseLong(digits, radix);
        }
        BigInteger b = new BigInteger(digits, radix);
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }
}
