package org.weft.python.modules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.ThreadState;

/**
 * One {@code json.dumps} run: Python objects to JSON text into one StringBuilder, with the
 * options of {@code json.JSONEncoder} (CPython: encoder_listencode_obj in _json.c, and the pure
 * Python _make_iterencode, whose output this reproduces). Confined to the calling thread.
 */
final class JsonEncoder {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder();
    private final PyObject defaultFn;
    private final String indent;
    private final String keySep;
    private final String itemSep;
    private final boolean sortKeys;
    private final boolean skipKeys;
    private final boolean ensureAscii;
    private final boolean allowNan;
    private final IdentityHashMap<PyObject, Boolean> markers;
    private int level;

    JsonEncoder(PyObject defaultFn, String indent, String keySep, String itemSep, boolean sortKeys,
            boolean skipKeys, boolean ensureAscii, boolean allowNan, boolean checkCircular) {
        this.defaultFn = defaultFn;
        this.indent = indent;
        this.keySep = keySep;
        this.itemSep = itemSep;
        this.sortKeys = sortKeys;
        this.skipKeys = skipKeys;
        this.ensureAscii = ensureAscii;
        this.allowNan = allowNan;
        this.markers = checkCircular ? new IdentityHashMap<>() : null;
    }

    String encode(PyObject o) {
        value(o);
        return out.toString();
    }

    private void value(PyObject o) {
        if (o instanceof PyStr s) {
            string(s.value());
        } else if (o == PyNone.NONE) {
            out.append("null");
        } else if (o == PyBool.TRUE) {
            out.append("true");
        } else if (o == PyBool.FALSE) {
            out.append("false");
        } else if (o instanceof PyInt i) {
            out.append(i.isSmall() ? Long.toString(i.longValue()) : i.bigValue().toString());
        } else if (o instanceof PyFloat f) {
            out.append(floatText(f.value()));
        } else {
            // CPython's encoder takes a level of recursion depth per container and per default() value
            ThreadState ts = ThreadState.current();
            ts.enterCall(" while encoding a JSON object");
            try {
                nested(o);
            } finally {
                ts.leaveCall();
            }
        }
    }

    private void nested(PyObject o) {
        if (o instanceof PyList l) {
            array(o, l.snapshot(), l.size());
        } else if (o instanceof PyTuple t) {
            array(o, t.items(), t.size());
        } else if (o instanceof PyDict d) {
            object(d);
        } else {
            enter(o);
            value(Ops.call(defaultFn, o));
            leave(o);
        }
    }

    private void enter(PyObject o) {
        if (markers != null && markers.put(o, Boolean.TRUE) != null) {
            throw PyErr.valueError("Circular reference detected");
        }
    }

    private void leave(PyObject o) {
        if (markers != null) {
            markers.remove(o);
        }
    }

    String floatText(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            if (!allowNan) {
                throw PyErr.valueError("Out of range float values are not JSON compliant");
            }
            return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        }
        return Ops.repr(PyFloat.of(v)).value();
    }

    private void newline() {
        out.append('\n');
        for (int k = 0; k < level; k++) {
            out.append(indent);
        }
    }

    private void array(PyObject o, PyObject[] items, int n) {
        if (n == 0) {
            out.append("[]");
            return;
        }
        enter(o);
        out.append('[');
        level++;
        if (indent != null) {
            newline();
        }
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                out.append(itemSep);
                if (indent != null) {
                    newline();
                }
            }
            value(items[k]);
        }
        level--;
        if (indent != null) {
            newline();
        }
        out.append(']');
        leave(o);
    }

    private void object(PyDict d) {
        List<PyObject> keys = new ArrayList<>(d.keys());
        if (keys.isEmpty()) {
            out.append("{}");
            return;
        }
        enter(d);
        List<PyObject[]> items = new ArrayList<>(keys.size());
        for (PyObject k : keys) {
            PyObject v = d.getItem(k);
            if (v != null) {
                items.add(new PyObject[] {k, v});
            }
        }
        if (sortKeys) {
            sortItems(items);
        }
        out.append('{');
        level++;
        if (indent != null) {
            newline();
        }
        boolean first = true;
        for (PyObject[] kv : items) {
            String key = keyText(kv[0]);
            if (key == null) {
                continue;
            }
            if (!first) {
                out.append(itemSep);
                if (indent != null) {
                    newline();
                }
            }
            first = false;
            string(key);
            out.append(keySep);
            value(kv[1]);
        }
        level--;
        if (indent != null) {
            newline();
        }
        out.append('}');
        leave(d);
    }

    /** sorted(dct.items()): by key with Python's '<' (a TypeError for mixed keys, as CPython). */
    private static void sortItems(List<PyObject[]> items) {
        PyList keys = new PyList();
        for (PyObject[] kv : items) {
            keys.append(PyTuple.of(kv[0], kv[1]));
        }
        Ops.callMethod(keys, "sort");
        items.clear();
        for (PyObject t : keys.snapshot()) {
            if (t == null) {
                break;
            }
            PyTuple kv = (PyTuple) t;
            items.add(new PyObject[] {kv.get(0), kv.get(1)});
        }
    }

    private String keyText(PyObject k) {
        if (k instanceof PyStr s) {
            return s.value();
        }
        if (k instanceof PyFloat f) {
            return floatText(f.value());
        }
        if (k == PyBool.TRUE) {
            return "true";
        }
        if (k == PyBool.FALSE) {
            return "false";
        }
        if (k == PyNone.NONE) {
            return "null";
        }
        if (k instanceof PyInt i) {
            return i.isSmall() ? Long.toString(i.longValue()) : i.bigValue().toString();
        }
        if (skipKeys) {
            return null;
        }
        throw PyErr.typeError("keys must be str, int, float, bool or None, not %s", Ops.typeName(k));
    }

    // CPython: ascii_escape_unicode / escape_unicode in _json.c
    private void string(String s) {
        out.append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (ensureAscii && c >= 0x7f)) {
                        out.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15])
                                .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
