package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/** f-strings: {@code JoinedStr} concatenates parts, {@code FormattedValue} converts and formats one. */
public final class FStringNodes {
    private FStringNodes() {
    }

    public static ExprNode joined(ExprNode[] parts) {
        if (parts.length == 1) {
            // CPython compiles a lone {value} to FORMAT_VALUE alone, so a str subclass that __format__ or
            // __str__ returns is the f-string's value
            return parts[0];
        }
        return new ExprNode() {
            @Override
            public PyObject execute(Frame f) {
                StringBuilder sb = new StringBuilder();
                try {
                    for (ExprNode p : parts) {
                        sb.append(((PyStr) p.execute(f)).value());
                    }
                } catch (PyException e) {
                    throw e.at(f, span); // a failing format: CPython underlines the whole f-string
                }
                return PyStr.of(sb.toString());
            }
        };
    }

    /** {@code {value!conversion:spec}}; conversion is -1, 's', 'r' or 'a'; spec may be null. */
    // CPython: FORMAT_VALUE in ceval.c
    public static ExprNode formatted(ExprNode value, int conversion, ExprNode spec) {
        return new ExprNode() {
            @Override
            public PyObject execute(Frame f) {
                PyObject v = value.execute(f);
                if (conversion == 's') {
                    v = Ops.str(v);
                } else if (conversion == 'r') {
                    v = Ops.repr(v);
                } else if (conversion == 'a') {
                    v = ascii(Ops.repr(v));
                }
                PyStr s = spec == null ? PyStr.EMPTY : (PyStr) spec.execute(f);
                if (s.value().isEmpty() && v.type() == PyStr.TYPE) {
                    return v;
                }
                try {
                    return Ops.format(v, s);
                } catch (PyException e) {
                    throw e.at(f, span); // set when this is the f-string's only part
                }
            }
        };
    }

    /** {@code ascii()}: the repr with non-ASCII characters escaped. */
    public static PyStr ascii(PyStr repr) {
        String r = repr.value();
        StringBuilder sb = new StringBuilder();
        r.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp < 0x100) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return PyStr.of(sb.toString());
    }
}
