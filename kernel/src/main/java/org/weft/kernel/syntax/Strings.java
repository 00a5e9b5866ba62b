package org.weft.kernel.syntax;

/** Python's {@code str} methods that IPython's transforms rely on, with Python's idea of whitespace. */
final class Strings {

    private Strings() {
    }

    /** {@code str.isspace()} for one char (Unicode White_Space and the ASCII separators 0x1c-0x1f). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** {@code s.rstrip()}. */
    static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** {@code s.strip()}. */
    static String strip(String s) {
        String r = rstrip(s);
        int start = 0;
        while (start < r.length() && isSpace(r.charAt(start))) {
            start++;
        }
        return r.substring(start);
    }

    /** {@code bool(s) and s.isspace()} negated: the line has something besides whitespace. */
    static boolean isBlank(String s) {
        return strip(s).isEmpty();
    }

    /** {@code s.partition(' ')}: the part before the first space, and the rest after it ("" when none). */
    static String[] partitionSpace(String s) {
        int i = s.indexOf(' ');
        return i < 0 ? new String[] {s, ""} : new String[] {s.substring(0, i), s.substring(i + 1)};
    }

    /** {@code s.split()}: the words between runs of whitespace. */
    static String[] split(String s) {
        String t = strip(s);
        return t.isEmpty() ? new String[0] : t.split("(?U)[\\s\\u001c-\\u001f\\u0085]+");
    }
}
