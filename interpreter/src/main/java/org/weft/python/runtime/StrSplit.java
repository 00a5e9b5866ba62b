package org.weft.python.runtime;

import java.util.ArrayList;
import java.util.List;
import org.weft.python.unicode.UnicodeType;

/**
 * Splitting and joining {@code str}: split, rsplit, splitlines, join, and the strip family.
 * Python whitespace ({@link UnicodeType#isSpace}) is not Java's.
 */
final class StrSplit {

    private StrSplit() {
    }

    // CPython: split_whitespace in stringlib/split.h
    /** {@code s.split(None, maxsplit)}: runs of whitespace separate, ends are dropped. */
    // Steps one char at a time: every whitespace character is in the BMP, so a split point is never
    // inside a surrogate pair, and a low surrogate met alone is just part of a word.
    static List<String> splitWhitespace(String s, long maxsplit, boolean bytes) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        long limit = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        while (true) {
            while (i < n && isSpaceAt(s, i, bytes)) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (out.size() == limit) {
                out.add(s.substring(i)); // the rest keeps its trailing whitespace, as CPython
                break;
            }
            int j = i;
            while (j < n && !isSpaceAt(s, j, bytes)) {
                j++;
            }
            out.add(s.substring(i, j));
            i = j;
        }
        return out;
    }

    /** {@code s.split()} of a str, straight into the list (the common call: no pieces list, no second pass). */
    static PyList splitWhitespace(String s) {
        PyObject[] out = new PyObject[8];
        int size = 0;
        int n = s.length();
        int i = 0;
        while (true) {
            while (i < n && UnicodeType.isSpace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int j = i + 1;
            while (j < n && !UnicodeType.isSpace(s.charAt(j))) {
                j++;
            }
            if (size == out.length) {
                out = java.util.Arrays.copyOf(out, size * 2);
            }
            char c = s.charAt(i);
            // a one-character word is the cached str of that character: no substring to allocate
            out[size++] = j == i + 1 && !Character.isSurrogate(c) ? PyStr.ofCodePoint(c)
                    : PyStr.of(i == 0 && j == n ? s : s.substring(i, j));
            i = j;
        }
        return new PyList(size == out.length ? out : java.util.Arrays.copyOf(out, size));
    }

    // CPython: rsplit_whitespace in stringlib/split.h
    static List<String> rsplitWhitespace(String s, long maxsplit, boolean bytes) {
        List<String> out = new ArrayList<>();
        int j = s.length();
        long limit = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        while (true) {
            while (j > 0 && isSpaceAt(s, j - 1, bytes)) {
                j--;
            }
            if (j <= 0) {
                break;
            }
            if (out.size() == limit) {
                out.add(s.substring(0, j));
                break;
            }
            int i = j;
            while (i > 0 && !isSpaceAt(s, i - 1, bytes)) {
                i--;
            }
            out.add(s.substring(i, j));
            j = i;
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** Python whitespace for str; for bytes (held as Latin-1 text) only the six ASCII whitespace bytes. */
    private static boolean isSpaceAt(String s, int i, boolean bytes) {
        char c = s.charAt(i);
        return bytes ? isByteSpace(c) : UnicodeType.isSpace(c);
    }

    static boolean isByteSpace(int c) {
        return c == ' ' || (c >= 0x09 && c <= 0x0d);
    }

    /** {@code s.split(sep, maxsplit)} with a non-empty separator. */
    static List<String> split(String s, String sep, long maxsplit) {
        List<String> out = new ArrayList<>();
        long limit = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        int from = 0;
        int i;
        while (out.size() < limit && (i = s.indexOf(sep, from)) >= 0) {
            out.add(s.substring(from, i));
            from = i + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }

    /** {@code s.rsplit(sep, maxsplit)} with a non-empty separator. */
    static List<String> rsplit(String s, String sep, long maxsplit) {
        List<String> out = new ArrayList<>();
        long limit = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        int end = s.length();
        int i;
        while (out.size() < limit && end - sep.length() >= 0 && (i = s.lastIndexOf(sep, end - sep.length())) >= 0) {
            out.add(s.substring(i + sep.length(), end));
            end = i;
        }
        out.add(s.substring(0, end));
        java.util.Collections.reverse(out);
        return out;
    }

    // CPython: splitlines in stringlib/split.h
    /** {@code s.splitlines(keepends)}; {@code \r\n} is one boundary. */
    static List<String> splitlines(String s, boolean keepends, boolean bytes) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !(bytes ? s.charAt(j) == '\n' || s.charAt(j) == '\r' : UnicodeType.isLineBreak(s.charAt(j)))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                eol = s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? j + 2 : j + 1;
            }
            out.add(s.substring(i, keepends ? eol : j));
            i = eol;
        }
        return out;
    }

    /** Strips whitespace ({@code chars == null}) or the code points of {@code chars} from the chosen ends. */
    static String strip(String s, String chars, boolean left, boolean right, boolean bytes) {
        int i = 0;
        int j = s.length();
        if (left) {
            while (i < j) {
                int c = s.codePointAt(i);
                if (!stripped(c, chars, bytes)) {
                    break;
                }
                i += Character.charCount(c);
            }
        }
        if (right) {
            while (j > i) {
                int c = s.codePointBefore(j);
                if (!stripped(c, chars, bytes)) {
                    break;
                }
                j -= Character.charCount(c);
            }
        }
        return s.substring(i, j);
    }

    private static boolean stripped(int c, String chars, boolean bytes) {
        if (chars == null) {
            return bytes ? isByteSpace(c) : UnicodeType.isSpace(c);
        }
        return c < 0x10000 ? chars.indexOf(c) >= 0 : chars.indexOf(new String(Character.toChars(c))) >= 0;
    }

    /** Wraps each piece as a str in a new list. */
    static PyList toList(List<String> pieces) {
        PyObject[] items = new PyObject[pieces.size()];
        for (int k = 0; k < items.length; k++) {
            items[k] = PyStr.of(pieces.get(k));
        }
        return PyList.of(items);
    }
}
