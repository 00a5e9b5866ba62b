package org.weft.python.runtime;

/**
 * ASCII-only case mapping and character classes of bytes and bytearray (bytes know nothing of
 * Unicode). CPython: Objects/bytes_methods.c.
 */
final class BytesCase {

    private BytesCase() {
    }

    static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isAlpha(int c) {
        return isUpper(c) || isLower(c);
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static int toUpper(int c) {
        return isLower(c) ? c - 32 : c;
    }

    static int toLower(int c) {
        return isUpper(c) ? c + 32 : c;
    }

    /** Applies {@code how} ('u'pper, 'l'ower, 's'wapcase, 'c'apitalize, 't'itle) to a copy. */
    static byte[] map(ByteView v, char how) {
        byte[] out = v.copy();
        boolean previousCased = false;
        for (int i = 0; i < out.length; i++) {
            int c = out[i] & 0xff;
            int r = switch (how) {
                case 'u' -> toUpper(c);
                case 'l' -> toLower(c);
                case 's' -> isUpper(c) ? c + 32 : toUpper(c);
                case 'c' -> i == 0 ? toUpper(c) : toLower(c);
                default -> previousCased ? toLower(c) : toUpper(c);
            };
            previousCased = isAlpha(c);
            out[i] = (byte) r;
        }
        return out;
    }

    /** isalnum, isalpha, isascii, isdigit, isspace: every byte passes (empty: false, but isascii true). */
    static boolean all(ByteView v, char what) {
        if (v.n() == 0) {
            return what == 'a';
        }
        for (int i = 0; i < v.n(); i++) {
            int c = v.buf()[i] & 0xff;
            boolean ok = switch (what) {
                case 'a' -> c < 128;
                case 'A' -> isAlpha(c);
                case 'N' -> isAlpha(c) || isDigit(c);
                case 'd' -> isDigit(c);
                default -> StrSplit.isByteSpace(c);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static boolean isLower(ByteView v) {
        boolean cased = false;
        for (int i = 0; i < v.n(); i++) {
            int c = v.buf()[i] & 0xff;
            if (isUpper(c)) {
                return false;
            }
            cased |= isLower(c);
        }
        return cased;
    }

    static boolean isUpper(ByteView v) {
        boolean cased = false;
        for (int i = 0; i < v.n(); i++) {
            int c = v.buf()[i] & 0xff;
            if (isLower(c)) {
                return false;
            }
            cased |= isUpper(c);
        }
        return cased;
    }

    // CPython: _Py_bytes_istitle
    static boolean isTitle(ByteView v) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < v.n(); i++) {
            int c = v.buf()[i] & 0xff;
            if (isUpper(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = cased = true;
            } else if (isLower(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }
}
