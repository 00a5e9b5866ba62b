package org.weft.python.runtime;

/** Padding a {@code str}: center, ljust, rjust, zfill, expandtabs. */
final class StrPad {

    private StrPad() {
    }

    // CPython: pad() and unicode_center_impl in unicodeobject.c
    /** {@code s} padded to {@code width} code points with {@code fill}; width > len(s). */
    static String pad(PyStr s, long width, int fill, String how) {
        int len = s.length();
        int marg = StrArgs.checkedSize(width - len);
        int left = switch (how) {
            case "ljust" -> 0;
            case "rjust" -> marg;
            // CPython's centring puts the odd extra space on the left when both are odd.
            default -> marg / 2 + (marg & (int) width & 1);
        };
        StringBuilder sb = new StringBuilder(s.value().length() + marg);
        FormatSpec.repeat(sb, fill, left);
        sb.append(s.value());
        FormatSpec.repeat(sb, fill, marg - left);
        return sb.toString();
    }

    // CPython: unicode_zfill_impl
    static String zfill(PyStr s, long width) {
        String v = s.value();
        int len = s.length();
        if (width <= len) {
            return v;
        }
        int fill = StrArgs.checkedSize(width - len);
        StringBuilder sb = new StringBuilder(v.length() + fill);
        int signLen = !v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-') ? 1 : 0;
        sb.append(v, 0, signLen);
        for (int i = 0; i < fill; i++) {
            sb.append('0');
        }
        return sb.append(v, signLen, v.length()).toString();
    }

    // CPython: unicode_expandtabs_impl; the column restarts after \n and \r
    static String expandTabs(String v, long tabsize) {
        if (v.indexOf('\t') < 0) {
            return v;
        }
        StringBuilder sb = new StringBuilder(v.length() + 16);
        long column = 0;
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - column % tabsize;
                    StrArgs.checkedSize(sb.length() + spaces);
                    column += spaces;
                    for (long k = 0; k < spaces; k++) {
                        sb.append(' ');
                    }
                }
            } else {
                sb.appendCodePoint(c);
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return sb.toString();
    }
}
