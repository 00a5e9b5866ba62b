package org.weft.python.runtime;

import java.util.Locale;

/**
 * Case mapping and the case predicates of {@code str}: full Unicode mappings ({@code 'ß'.upper()}
 * is {@code 'SS'}), with an ASCII fast path. Pure functions of Java strings.
 */
final class StrCase {

    private StrCase() {
    }

    static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@code str.upper}; Java's root-locale mapping is Unicode's full mapping, as CPython's. */
    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** {@code str.lower}; Java applies the final-sigma rule as CPython does. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    // CPython: do_casefold in unicodeobject.c; full folding approximated as lower(upper(c))
    static String casefold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0x3c2) {
                sb.append('\u03c3'); // final sigma folds to sigma, with no context
            } else if (c == 0x131) {
                sb.append('\u0131'); // dotless i has only a Turkic (T) folding, which CPython skips
            } else if (c == 0x1e9e) {
                sb.append("ss"); // capital sharp s folds fully, though its lower case is 'ß'
            } else if (c < 0x80) {
                sb.append((char) Character.toLowerCase(c));
            } else if (isCherokee(c)) {
                sb.appendCodePoint(Character.toUpperCase(c)); // Cherokee folds to its upper case
            } else {
                sb.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }

    private static boolean isCherokee(int c) {
        return (c >= 0x13a0 && c <= 0x13fd) || (c >= 0xab70 && c <= 0xabbf);
    }

    /** Appends the full title-case mapping of {@code c} (as 'ß' -> 'Ss', 'ǆ' -> 'ǅ'). */
    static void appendTitle(StringBuilder sb, int c) {
        if (c < 0x80) {
            sb.append((char) Character.toUpperCase(c));
            return;
        }
        int t = Character.toTitleCase(c);
        if (t != c || !Character.isLowerCase(c)) {
            sb.appendCodePoint(t);
            return;
        }
        String up = new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
        if (up.codePointCount(0, up.length()) == 1) {
            sb.appendCodePoint(t);
            return;
        }
        int first = up.codePointAt(0);
        if (!UnicodeType.isCased(first)) {
            sb.append(up); // as 'ŉ' -> 'ʼN': Unicode keeps the upper form when it starts uncased
            return;
        }
        sb.appendCodePoint(Character.toTitleCase(first));
        String rest = up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
        if (c >= 0x1f80 && c <= 0x1fff && rest.endsWith("\u03b9")) {
            // Greek with ypogegrammeni: the title form keeps the iota subscript (U+0345).
            rest = rest.substring(0, rest.length() - 1) + "\u0345";
        }
        sb.append(rest);
    }

    /** Appends the full lower-case mapping of one code point, final sigma included. */
    private static void appendLower(StringBuilder sb, String s, int i, int c) {
        if (c < 0x80) {
            sb.append((char) Character.toLowerCase(c));
        } else if (c == 0x3a3) {
            sb.append(isFinalSigma(s, i) ? '\u03c2' : '\u03c3');
        } else if (c == 0x130) {
            sb.append("i\u0307");
        } else {
            sb.appendCodePoint(Character.toLowerCase(c));
        }
    }

    private static void appendUpper(StringBuilder sb, int c) {
        if (c < 0x80) {
            sb.append((char) Character.toUpperCase(c));
        } else {
            int u = Character.toUpperCase(c);
            if (u != c || Character.isLowerCase(c)) {
                sb.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT));
            } else {
                sb.appendCodePoint(c);
            }
        }
    }

    // CPython: handle_capital_sigma in unicodeobject.c
    private static boolean isFinalSigma(String s, int i) {
        int j = i;
        while (j > 0) {
            int c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!UnicodeType.isCaseIgnorable(c)) {
                if (!UnicodeType.isCased(c)) {
                    return false;
                }
                int k = i + 1;
                while (k < s.length()) {
                    int d = s.codePointAt(k);
                    k += Character.charCount(d);
                    if (!UnicodeType.isCaseIgnorable(d)) {
                        return !UnicodeType.isCased(d);
                    }
                }
                return true;
            }
        }
        return false;
    }

    // CPython: do_capitalize in unicodeobject.c
    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int c = s.codePointAt(0);
        appendTitle(sb, c);
        for (int i = Character.charCount(c); i < s.length(); ) {
            int d = s.codePointAt(i);
            appendLower(sb, s, i, d);
            i += Character.charCount(d);
        }
        return sb.toString();
    }

    // CPython: do_title in unicodeobject.c
    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (previousCased) {
                appendLower(sb, s, i, c);
            } else {
                appendTitle(sb, c);
            }
            previousCased = UnicodeType.isCased(c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    // CPython: do_swapcase in unicodeobject.c
    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (UnicodeType.isUpper(c)) {
                appendLower(sb, s, i, c);
            } else if (UnicodeType.isLower(c)) {
                appendUpper(sb, c);
            } else {
                sb.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    // CPython: unicode_islower_impl
    static boolean isLower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (UnicodeType.isUpper(c) || UnicodeType.isTitle(c)) {
                return false;
            }
            cased |= UnicodeType.isLower(c);
            i += Character.charCount(c);
        }
        return cased;
    }

    static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (UnicodeType.isLower(c) || UnicodeType.isTitle(c)) {
                return false;
            }
            cased |= UnicodeType.isUpper(c);
            i += Character.charCount(c);
        }
        return cased;
    }

    // CPython: unicode_istitle_impl
    static boolean isTitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (UnicodeType.isUpper(c) || UnicodeType.isTitle(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (UnicodeType.isLower(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }
}
