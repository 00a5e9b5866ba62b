package org.weft.python.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Python literals of the generated test tables (strings/generate_tables.py) into
 * objects: str and bytes literals, ints, floats, None, True, False, tuples, lists, dicts, and the
 * calls bytearray(b'..'), memoryview(b'..'), slice(a, b, c) and float('inf').
 */
final class PyLiteralReader {

    private final String s;
    private int pos;

    private PyLiteralReader(String s) {
        this.s = s;
    }

    static PyObject read(String text) {
        PyLiteralReader r = new PyLiteralReader(text);
        PyObject v = r.value();
        r.skipSpace();
        if (r.pos != text.length()) {
            throw new IllegalArgumentException("trailing text in " + text);
        }
        return v;
    }

    private void skipSpace() {
        while (pos < s.length() && s.charAt(pos) == ' ') {
            pos++;
        }
    }

    private PyObject value() {
        skipSpace();
        char c = s.charAt(pos);
        if (c == '\'' || c == '"') {
            return PyStr.of(quoted(false));
        }
        if (c == 'b' && pos + 1 < s.length() && (s.charAt(pos + 1) == '\'' || s.charAt(pos + 1) == '"')) {
            pos++;
            return PyBytes.ofLatin1(quoted(true));
        }
        if (c == '(' || c == '[') {
            pos++;
            List<PyObject> items = items(c == '(' ? ')' : ']');
            PyObject[] a = items.toArray(new PyObject[0]);
            return c == '(' ? PyTuple.of(a) : new PyList(a);
        }
        if (c == '{') {
            return dict();
        }
        if (c == '-' || Character.isDigit(c)) {
            return number();
        }
        return named();
    }

    private List<PyObject> items(char close) {
        List<PyObject> out = new ArrayList<>();
        while (true) {
            skipSpace();
            if (s.charAt(pos) == close) {
                pos++;
                return out;
            }
            out.add(value());
            skipSpace();
            if (s.charAt(pos) == ',') {
                pos++;
            }
        }
    }

    private PyObject dict() {
        pos++;
        PyDict d = new PyDict();
        while (true) {
            skipSpace();
            if (s.charAt(pos) == '}') {
                pos++;
                return d;
            }
            PyObject k = value();
            skipSpace();
            pos++; // ':'
            d.setItem(k, value());
            skipSpace();
            if (s.charAt(pos) == ',') {
                pos++;
            }
        }
    }

    private PyObject number() {
        int start = pos;
        while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
            pos++;
        }
        String t = s.substring(start, pos);
        if (t.contains(".") || t.contains("e") || t.contains("E")) {
            return PyFloat.of(Double.parseDouble(t));
        }
        return PyInt.of(new BigInteger(t));
    }

    private PyObject named() {
        int start = pos;
        while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
            pos++;
        }
        String name = s.substring(start, pos);
        switch (name) {
            case "None":
                return PyNone.NONE;
            case "True":
                return PyBool.TRUE;
            case "False":
                return PyBool.FALSE;
            default:
                break;
        }
        pos++; // '('
        List<PyObject> args = items(')');
        return switch (name) {
            case "bytearray" -> new PyByteArray(((PyBytes) args.get(0)).value().clone());
            case "memoryview" -> PyMemoryView.of(args.get(0));
            case "slice" -> new PySlice(args.get(0), args.get(1), args.get(2));
            case "float" -> PyFloat.of(Double.parseDouble(((PyStr) args.get(0)).value()
                    .replace("inf", "Infinity").replace("nan", "NaN")));
            default -> throw new IllegalArgumentException("unknown literal " + name);
        };
    }

    /** A quoted literal's text; for bytes each char is one byte (Latin-1). */
    private String quoted(boolean bytes) {
        char q = s.charAt(pos++);
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = s.charAt(pos++);
            if (c == q) {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(pos++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'x' -> sb.append((char) hex(2));
                case 'u' -> sb.append((char) hex(4));
                case 'U' -> sb.appendCodePoint(hex(8));
                default -> sb.append(e);
            }
        }
    }

    private int hex(int digits) {
        int v = Integer.parseInt(s.substring(pos, pos + digits), 16);
        pos += digits;
        return v;
    }
}
