package org.weft.python.lexer;

/**
 * Scans one number literal, leaving the lexer just past it. A port of the number branch of
 * CPython {@code tok_get} with {@code tok_decimal_tail} and {@code verify_end_of_number}, written
 * with the same next-char/backup steps so error offsets agree.
 */
final class NumberScanner {
    private final Lexer lx;
    private final int start;

    NumberScanner(Lexer lx) {
        this.lx = lx;
        this.start = lx.pos;
    }

    private int next() {
        return lx.nextChar();
    }

    private void backup(int c) {
        if (c != -1) {
            lx.pos--;
        }
    }

    void scan() {
        int c = next();
        if (c == '.') {
            fraction(next());
        } else if (c == '0') {
            zero();
        } else {
            decimal();
        }
    }

    private void zero() {
        int c = next();
        if (c == 'x' || c == 'X') {
            radix(16, "hexadecimal");
        } else if (c == 'o' || c == 'O') {
            radix(8, "octal");
        } else if (c == 'b' || c == 'B') {
            radix(2, "binary");
        } else {
            leadingZeros(c);
        }
    }

    /** Digits of a prefixed literal ({@code 0x}, {@code 0o}, {@code 0b}), underscores allowed between. */
    private void radix(int base, String kind) {
        int c = next();
        do {
            if (c == '_') {
                c = next();
            }
            if (!isDigitOf(c, base)) {
                if (base != 16 && Lexer.isDigit(c)) {
                    throw lx.error("invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                backup(c);
                throw lx.error("invalid " + kind + " literal");
            }
            do {
                c = next();
            } while (isDigitOf(c, base));
        } while (c == '_');
        if (base != 16 && Lexer.isDigit(c)) {
            throw lx.error("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        verifyEnd(c, kind);
        backup(c);
    }

    private static boolean isDigitOf(int c, int base) {
        if (base == 16) {
            return Lexer.isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
        }
        return c >= '0' && c < '0' + base;
    }

    /** After a leading {@code 0}: more zeros, or a float, or an error for old-style octal. */
    private void leadingZeros(int c) {
        boolean nonzero = false;
        while (true) {
            if (c == '_') {
                c = next();
                if (!Lexer.isDigit(c)) {
                    backup(c);
                    throw lx.error("invalid decimal literal");
                }
            }
            if (c != '0') {
                break;
            }
            c = next();
        }
        int zerosEnd = lx.pos;
        if (Lexer.isDigit(c)) {
            nonzero = true;
            c = decimalTail();
        }
        if (c == '.') {
            fraction(next());
        } else if (c == 'e' || c == 'E') {
            exponent(c);
        } else if (c == 'j' || c == 'J') {
            imaginary();
        } else if (nonzero) {
            backup(c);
            throw lx.errorRange("leading zeros in decimal integer literals are not permitted; "
                    + "use an 0o prefix for octal integers", start - lx.lineStart + 1, zerosEnd - lx.lineStart);
        } else {
            verifyEnd(c, "decimal");
            backup(c);
        }
    }

    private void decimal() {
        int c = decimalTail();
        if (c == '.') {
            fraction(next());
        } else {
            afterFraction(c);
        }
    }

    private void fraction(int c) {
        if (Lexer.isDigit(c)) {
            c = decimalTail();
        }
        afterFraction(c);
    }

    private void afterFraction(int c) {
        if (c == 'e' || c == 'E') {
            exponent(c);
        } else if (c == 'j' || c == 'J') {
            imaginary();
        } else {
            verifyEnd(c, "decimal");
            backup(c);
        }
    }

    private void exponent(int e) {
        int c = next();
        if (c == '+' || c == '-') {
            c = next();
            if (!Lexer.isDigit(c)) {
                backup(c);
                throw lx.error("invalid decimal literal");
            }
        } else if (!Lexer.isDigit(c)) {
            backup(c);
            verifyEnd(e, "decimal");
            backup(e);
            return;
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            imaginary();
        } else {
            verifyEnd(c, "decimal");
            backup(c);
        }
    }

    private void imaginary() {
        int c = next();
        verifyEnd(c, "imaginary");
        backup(c);
    }

    /** Compare CPython {@code tok_decimal_tail}: digits with single underscores between; returns the next char. */
    private int decimalTail() {
        while (true) {
            int c;
            do {
                c = next();
            } while (Lexer.isDigit(c));
            if (c != '_') {
                return c;
            }
            c = next();
            if (!Lexer.isDigit(c)) {
                backup(c);
                throw lx.error("invalid decimal literal");
            }
        }
    }

    /**
     * Compare CPython {@code verify_end_of_number}: a literal directly followed by a name is an
     * error, except before the keywords that can follow a number in valid code ({@code 1if x else y}).
     * {@code c} has been read; the cursor stands after it.
     */
    private void verifyEnd(int c, String kind) {
        if (followedByKeyword(c)) {
            return;
        }
        if (Lexer.isPotentialIdentifierChar(c)) {
            backup(c);
            throw lx.error("invalid " + kind + " literal");
        }
    }

    private boolean followedByKeyword(int c) {
        switch (c) {
            case 'a': return lookahead("nd");
            case 'e': return lookahead("lse");
            case 'f': return lookahead("or");
            case 'o': return lookahead("r");
            case 'n': return lookahead("ot");
            case 'i': {
                int c2 = lx.peek(0);
                return c2 == 'f' || c2 == 'n' || c2 == 's';
            }
            default: return false;
        }
    }

    private boolean lookahead(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (lx.peek(i) != rest.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
