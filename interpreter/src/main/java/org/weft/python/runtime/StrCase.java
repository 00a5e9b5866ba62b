package org.weft.python.runtime;

import java.util.Locale;
import org.weft.python.unicode.UnicodeCase;
import org.weft.python.unicode.UnicodeType;

/**
 * Case mapping and the case predicates of {@code str}: full Unicode mappings ({@code 'ß'.upper()}
 * is {@code 'SS'}) as CPython 3.11 makes them ({@link UnicodeCase}), with an ASCII fast path and
 * the JDK's whole-string mappings where they agree. Pure functions of Java strings.
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
        if (UnicodeCase.isJdkUpper(s)) {
            return s.toUpperCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            appendUpper(sb, c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /** {@code str.lower}, with CPython's final-sigma rule. */
    static String lower(String s) {
        if (UnicodeCase.isJdkLower(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            appendLower(sb, s, i, c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    // CPython: do_casefold in unicodeobject.c
    static String casefold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                sb.append((char) Character.toLowerCase(c));
            } else {
                sb.append(UnicodeCase.casefold(c));
            }
        }
        return sb.toString();
    }

    /** Appends the full title-case mapping of {@code c} (as 'ß' -> 'Ss', 'ǆ' -> 'ǅ'). */
    static void appendTitle(StringBuilder sb, int c) {
        if (c < 0x80) {
            sb.append((char) Character.toUpperCase(c));
        } else {
            sb.append(UnicodeCase.title(c));
        }
    }

    /** Appends the full lower-case mapping of one code point, final sigma included. */
    private static void appendLower(StringBuilder sb, String s, int i, int c) {
        if (c < 0x80) {
            sb.append((char) Character.toLowerCase(c));
        } else if (c == 0x3a3) {
            sb.append(isFinalSigma(s, i) ? '\u03c2' : '\u03c3');
        } else {
            UnicodeCase.appendLower(sb, c);
        }
    }

    private static void appendUpper(StringBuilder sb, int c) {
        if (c < 0x80) {
            sb.append((char) Character.toUpperCase(c));
        } else {
            sb.append(UnicodeCase.upper(c));
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
