package org.weft.python.runtime;

/** {@code s[start:stop:step]} on code points. */
final class StrSlicing {

    private StrSlicing() {
    }

    static PyStr slice(PyStr s, SliceIndices si) {
        int n = (int) si.length();
        int start = (int) si.start();
        int step = (int) si.step();
        if (n <= 0) {
            return PyStr.EMPTY;
        }
        if (step == 1) {
            if (n == s.length() && s.type() == PyStr.TYPE) {
                return s;
            }
            return PyStr.of(s.substring(start, start + n), n);
        }
        if (s.isBmp()) {
            String v = s.value();
            char[] out = new char[n];
            for (int k = 0, i = start; k < n; k++, i += step) {
                out[k] = v.charAt(i);
            }
            return PyStr.of(new String(out), n);
        }
        int[] cps = s.codePoints();
        int[] out = new int[n];
        for (int k = 0, i = start; k < n; k++, i += step) {
            out[k] = cps[i];
        }
        return PyStr.of(new String(out, 0, n), n);
    }
}
