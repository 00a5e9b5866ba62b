package org.weft.python.runtime;

/**
 * Searching in a {@code str}: find, rfind, count, startswith, endswith, replace, partition. Indexes
 * in and out are code point indexes; the search itself runs on the Java string's chars (a code
 * point sequence matches exactly where its UTF-16 form matches).
 */
final class StrFind {

    private StrFind() {
    }

    /**
     * Bounds {@code [start, end)} of a search, adjusted as CPython's ADJUST_INDICES: negative
     * values count from the end, then clamp to {@code [0, len]} (start may exceed len: callers test).
     */
    static long[] bounds(PyObject start, PyObject end, int len) {
        long s = start == null || start == PyNone.NONE ? 0 : SliceIndices.sliceIndex(start);
        long e = end == null || end == PyNone.NONE ? len : SliceIndices.sliceIndex(end);
        if (e > len) {
            e = len;
        } else if (e < 0) {
            e = Math.max(e + len, 0);
        }
        if (s < 0) {
            s = Math.max(s + len, 0);
        }
        return new long[] {s, e};
    }

    /** Index of the first {@code sub} within code points {@code [start, end)}, or -1. */
    static int find(PyStr self, PyStr sub, long start, long end) {
        int len = self.length();
        if (start > len || end - start < sub.length()) {
            return -1;
        }
        String v = self.value();
        int cs = self.charIndex((int) start);
        int ce = self.charIndex((int) end);
        int i = ce == v.length() ? v.indexOf(sub.value(), cs) : v.substring(0, ce).indexOf(sub.value(), cs);
        return i < 0 ? -1 : self.codePointIndex(i);
    }

    /** Index of the last {@code sub} within code points {@code [start, end)}, or -1. */
    static int rfind(PyStr self, PyStr sub, long start, long end) {
        int len = self.length();
        if (start > len || end - start < sub.length()) {
            return -1;
        }
        String v = self.value();
        int cs = self.charIndex((int) start);
        int ce = self.charIndex((int) end);
        int i = v.lastIndexOf(sub.value(), ce - sub.value().length());
        return i < cs ? -1 : self.codePointIndex(i);
    }

    /** Non-overlapping occurrences of {@code sub} in {@code [start, end)}. CPython: unicode_count. */
    static int count(PyStr self, PyStr sub, long start, long end) {
        int len = self.length();
        if (start > len || end < start) {
            return 0;
        }
        if (sub.value().isEmpty()) {
            return (int) (end - start) + 1;
        }
        String v = self.value();
        String t = sub.value();
        int ce = self.charIndex((int) end);
        int n = 0;
        for (int i = v.indexOf(t, self.charIndex((int) start)); i >= 0 && i + t.length() <= ce;
                i = v.indexOf(t, i + t.length())) {
            n++;
        }
        return n;
    }

    /** Whether {@code prefix} (or a suffix, when {@code atEnd}) matches in {@code [start, end)}. CPython: tailmatch. */
    static boolean tailMatch(PyStr self, PyStr sub, long start, long end, boolean atEnd) {
        int subLen = sub.length();
        if (end - subLen < start || start > self.length()) {
            return false;
        }
        if (subLen == 0) {
            return true;
        }
        int at = atEnd ? self.charIndex((int) (end - subLen)) : self.charIndex((int) start);
        return self.value().startsWith(sub.value(), at);
    }

    // CPython: replace in unicodeobject.c
    /** {@code self.replace(old, new, count)}; count < 0 means all. */
    static PyStr replace(PyStr self, PyStr old, PyStr rep, long count) {
        String v = self.value();
        String o = old.value();
        String r = rep.value();
        if (count == 0 || v.isEmpty() && !o.isEmpty()) {
            return self.type() == PyStr.TYPE ? self : PyStr.of(v);
        }
        if (o.isEmpty()) {
            return PyStr.of(insertBetween(self, r, count));
        }
        int i = v.indexOf(o);
        if (i < 0) {
            return self.type() == PyStr.TYPE ? self : PyStr.of(v);
        }
        StringBuilder sb = new StringBuilder(v.length() + Math.max(0, r.length() - o.length()) * 4);
        int from = 0;
        long done = 0;
        while (i >= 0 && (count < 0 || done < count)) {
            sb.append(v, from, i).append(r);
            from = i + o.length();
            done++;
            i = v.indexOf(o, from);
        }
        return PyStr.of(sb.append(v, from, v.length()).toString());
    }

    /** {@code r} before each code point and at the end, {@code count} times at most. */
    private static String insertBetween(PyStr self, String r, long count) {
        String v = self.value();
        int n = self.length();
        long times = count < 0 ? n + 1L : Math.min(count, n + 1L);
        if (times * r.length() + v.length() > Integer.MAX_VALUE - 8) {
            throw PyErr.format(PyExc.OverflowError, "replace string is too long");
        }
        StringBuilder sb = new StringBuilder((int) (v.length() + times * r.length()));
        int i = 0;
        for (long k = 0; k < times; k++) {
            sb.append(r);
            if (i < v.length()) {
                int c = v.codePointAt(i);
                sb.appendCodePoint(c);
                i += Character.charCount(c);
            }
        }
        return sb.append(v, i, v.length()).toString();
    }

    /** {@code self.partition(sep)} or, when {@code fromRight}, {@code rpartition}. */
    static PyTuple partition(PyStr self, PyStr sep, boolean fromRight) {
        String v = self.value();
        String s = sep.value();
        if (s.isEmpty()) {
            throw PyErr.valueError("empty separator");
        }
        int i = fromRight ? v.lastIndexOf(s) : v.indexOf(s);
        // CPython 3.11 (stringlib partition) hands back self itself when sep is absent and the
        // separator argument itself when found, str subclasses included
        if (i < 0) {
            return fromRight ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, self) : PyTuple.of(self, PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(PyStr.of(v.substring(0, i)), sep, PyStr.of(v.substring(i + s.length())));
    }
}
