package org.weft.python.modules;

import java.util.ArrayList;
import java.util.List;
import org.weft.python.runtime.IntParse;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.ThreadState;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * One {@code json.loads} run over a BMP-indexed Java string (CPython: scan_once_unicode and
 * scanstring_unicode in _json.c, with the same messages and positions). Hooks left null take the
 * fast built-in path. Errors are raised as {@code errorType(msg, doc, pos)}: json.JSONDecodeError.
 * Positions are char indices; the caller converts them when the document has non-BMP characters.
 * Confined to the calling thread.
 */
final class JsonScanner {

    /** Thrown inside the scanner for "Expecting value" so callers can choose the position. */
    static final class NoValue extends RuntimeException {
        final int pos;

        NoValue(int pos) {
            super(null, null, false, false);
            this.pos = pos;
        }
    }

    private final String s;
    private final PyObject doc;
    private final PyObject objectHook;
    private final PyObject pairsHook;
    private final PyObject parseFloat;
    private final PyObject parseInt;
    private final PyObject parseConstant;
    private final boolean strict;
    private final PyObject errorType;
    private final PyDict memo = new PyDict();

    JsonScanner(PyStr doc, PyObject objectHook, PyObject pairsHook, PyObject parseFloat, PyObject parseInt,
            PyObject parseConstant, boolean strict, PyObject errorType) {
        this.s = doc.value();
        this.doc = doc;
        this.objectHook = objectHook;
        this.pairsHook = pairsHook;
        this.parseFloat = parseFloat;
        this.parseInt = parseInt;
        this.parseConstant = parseConstant;
        this.strict = strict;
        this.errorType = errorType;
    }

    /** The value starting at {@code i} and the index after it. */
    PyTuple scan(int i) {
        int[] next = new int[1];
        PyObject v = value(i, next);
        return PyTuple.of(v, PyInt.of(next[0]));
    }

    private PyException error(String msg, int pos) {
        PyObject e = Ops.call(errorType, PyStr.of(msg), doc, PyInt.of(pos));
        return new PyException((org.weft.python.runtime.PyBaseException) e);
    }

    private int skip(int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    private PyObject value(int i, int[] next) {
        if (i >= s.length()) {
            throw new NoValue(i);
        }
        char c = s.charAt(i);
        switch (c) {
            case '"':
                return string(i + 1, next);
            case '{':
                return nested(true, i + 1, next);
            case '[':
                return nested(false, i + 1, next);
            case 'n':
                return word(i, "null", PyNone.NONE, next);
            case 't':
                return word(i, "true", PyBool.TRUE, next);
            case 'f':
                return word(i, "false", PyBool.FALSE, next);
            case 'N':
                return constant(i, "NaN", next);
            case 'I':
                return constant(i, "Infinity", next);
            case '-':
                if (s.startsWith("-Infinity", i)) {
                    return constant(i, "-Infinity", next);
                }
                return number(i, next);
            default:
                return number(i, next);
        }
    }

    private PyObject word(int i, String w, PyObject v, int[] next) {
        if (!s.startsWith(w, i)) {
            throw new NoValue(i);
        }
        next[0] = i + w.length();
        return v;
    }

    private PyObject constant(int i, String w, int[] next) {
        if (!s.startsWith(w, i)) {
            throw new NoValue(i);
        }
        next[0] = i + w.length();
        if (parseConstant != null) {
            return Ops.call(parseConstant, PyStr.of(w));
        }
        return PyFloat.of(w.equals("NaN") ? Double.NaN
                : w.equals("Infinity") ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
    }

    // CPython: _match_number_unicode in _json.c
    private PyObject number(int i, int[] next) {
        int n = s.length();
        int j = i;
        if (j < n && s.charAt(j) == '-') {
            j++;
        }
        if (j < n && s.charAt(j) == '0') {
            j++;
        } else if (j < n && s.charAt(j) >= '1' && s.charAt(j) <= '9') {
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
        } else {
            throw new NoValue(i);
        }
        boolean isFloat = false;
        if (j + 1 < n && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
            isFloat = true;
            j += 2;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
        }
        if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                k++;
            }
            if (k < n && isDigit(s.charAt(k))) {
                while (k < n && isDigit(s.charAt(k))) {
                    k++;
                }
                isFloat = true;
                j = k;
            }
        }
        next[0] = j;
        String text = s.substring(i, j);
        if (isFloat) {
            return parseFloat != null ? Ops.call(parseFloat, PyStr.of(text)) : PyFloat.of(Double.parseDouble(text));
        }
        if (parseInt != null) {
            return Ops.call(parseInt, PyStr.of(text));
        }
        if (text.length() < 18) {
            return PyInt.of(Long.parseLong(text));
        }
        return IntParse.parse(text, 10);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // CPython: scanstring_unicode in _json.c
    PyStr string(int i, int[] next) {
        int begin = i - 1;
        int n = s.length();
        StringBuilder sb = null;
        while (true) {
            int j = i;
            char c = 0;
            while (j < n) {
                c = s.charAt(j);
                if (c == '"' || c == '\\' || (c < 0x20 && strict)) {
                    break;
                }
                j++;
            }
            if (j >= n) {
                throw error("Unterminated string starting at", begin);
            }
            if (c == '"' && sb == null) {
                next[0] = j + 1;
                return PyStr.of(s.substring(i, j));
            }
            if (sb == null) {
                sb = new StringBuilder();
            }
            sb.append(s, i, j);
            if (c == '"') {
                next[0] = j + 1;
                return PyStr.of(sb.toString());
            }
            if (c != '\\') {
                throw error("Invalid control character at", j);
            }
            i = escape(j, sb);
        }
    }

    private int escape(int j, StringBuilder sb) {
        if (j + 1 >= s.length()) {
            throw error("Unterminated string starting at", j);
        }
        char e = s.charAt(j + 1);
        switch (e) {
            case '"', '\\', '/' -> sb.append(e);
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'u' -> {
                int cp = hex4(j);
                int i = j + 6;
                if (cp >= 0xd800 && cp <= 0xdbff && s.startsWith("\\u", i)) {
                    int lo = hex4(i);
                    if (lo >= 0xdc00 && lo <= 0xdfff) {
                        sb.append((char) cp).append((char) lo);
                        return i + 6;
                    }
                }
                sb.append((char) cp);
                return i;
            }
            default -> throw error("Invalid \\escape", j);
        }
        return j + 2;
    }

    private int hex4(int j) {
        if (j + 6 <= s.length()) {
            int v = 0;
            for (int k = j + 2; k < j + 6; k++) {
                int d = Character.digit(s.charAt(k), 16);
                if (d < 0 || s.charAt(k) > 'f') {
                    throw error("Invalid \\uXXXX escape", j + 1);
                }
                v = v * 16 + d;
            }
            return v;
        }
        throw error("Invalid \\uXXXX escape", j + 1);
    }

    // CPython: scan_once_unicode in _json.c takes a level of recursion depth per container, so
    // input nested past the recursion limit is a RecursionError, as in CPython.
    private PyObject nested(boolean isObject, int i, int[] next) {
        ThreadState ts = ThreadState.current();
        ts.enterCall(isObject ? " while decoding a JSON object from a unicode string"
                : " while decoding a JSON array from a unicode string");
        try {
            return isObject ? object(i, next) : array(i, next);
        } finally {
            ts.leaveCall();
        }
    }

    private PyObject object(int i, int[] next) {
        List<PyObject[]> pairs = new ArrayList<>();
        i = skip(i);
        if (i < s.length() && s.charAt(i) == '}') {
            next[0] = i + 1;
            return finishObject(pairs);
        }
        while (true) {
            if (i >= s.length() || s.charAt(i) != '"') {
                throw error("Expecting property name enclosed in double quotes", i);
            }
            PyStr key = string(i + 1, next);
            PyObject memoKey = memo.getItem(key);
            if (memoKey == null) {
                memo.setItem(key, key);
            } else {
                key = (PyStr) memoKey;
            }
            i = skip(next[0]);
            if (i >= s.length() || s.charAt(i) != ':') {
                throw error("Expecting ':' delimiter", i);
            }
            i = skip(i + 1);
            PyObject v;
            try {
                v = value(i, next);
            } catch (NoValue nv) {
                throw error("Expecting value", nv.pos);
            }
            pairs.add(new PyObject[] {key, v});
            i = skip(next[0]);
            if (i < s.length() && s.charAt(i) == '}') {
                next[0] = i + 1;
                return finishObject(pairs);
            }
            if (i >= s.length() || s.charAt(i) != ',') {
                throw error("Expecting ',' delimiter", i);
            }
            i = skip(i + 1);
        }
    }

    private PyObject finishObject(List<PyObject[]> pairs) {
        if (pairsHook != null) {
            PyList l = new PyList();
            for (PyObject[] kv : pairs) {
                l.append(PyTuple.of(kv[0], kv[1]));
            }
            return Ops.call(pairsHook, l);
        }
        PyDict d = new PyDict();
        for (PyObject[] kv : pairs) {
            d.setItem(kv[0], kv[1]);
        }
        return objectHook != null ? Ops.call(objectHook, d) : d;
    }

    private PyObject array(int i, int[] next) {
        PyList out = new PyList();
        i = skip(i);
        if (i < s.length() && s.charAt(i) == ']') {
            next[0] = i + 1;
            return out;
        }
        while (true) {
            try {
                out.append(value(i, next));
            } catch (NoValue nv) {
                throw error("Expecting value", nv.pos);
            }
            i = skip(next[0]);
            if (i < s.length() && s.charAt(i) == ']') {
                next[0] = i + 1;
                return out;
            }
            if (i >= s.length() || s.charAt(i) != ',') {
                throw error("Expecting ',' delimiter", i);
            }
            i = skip(i + 1);
        }
    }
}
