package org.weft.python.ast;

import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Prints a tree exactly as CPython's {@code ast.dump(tree)} does (fields annotated, no
 * attributes, no indentation), so trees can be compared with CPython's as text. Field names are
 * turned back into CPython's snake_case; positions are left out.
 */
public final class AstDump {
    private static final Map<String, String> CLASS_NAMES = Map.of(
            "Comprehension", "comprehension", "Arguments", "arguments", "Arg", "arg", "Keyword", "keyword",
            "Alias", "alias", "WithItem", "withitem", "MatchCase", "match_case");
    private static final List<String> POSITIONS = List.of("lineno", "colOffset", "endLineno", "endColOffset");

    private AstDump() {
    }

    public static String dump(Object node) {
        StringBuilder sb = new StringBuilder();
        format(node, sb);
        return sb.toString();
    }

    private static void format(Object node, StringBuilder sb) {
        if (node instanceof Bytes || node instanceof Imaginary) {
            sb.append(PyRepr.repr(node));
        } else if (node instanceof Record r) {
            formatNode(r, sb);
        } else if (node instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                format(list.get(i), sb);
            }
            sb.append(']');
        } else if (node instanceof Enum<?> e && !(node instanceof ConstantKind)) {
            sb.append(e.name()).append("()");
        } else {
            sb.append(PyRepr.repr(node));
        }
    }

    private static void formatNode(Record r, StringBuilder sb) {
        String simple = r.getClass().getSimpleName();
        sb.append(CLASS_NAMES.getOrDefault(simple, simple)).append('(');
        boolean first = true;
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (POSITIONS.contains(c.getName())) {
                continue;
            }
            Object value;
            try {
                value = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value == null) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(snake(c.getName())).append('=');
            if (value instanceof Boolean b && c.getType() == boolean.class) {
                sb.append(b ? 1 : 0);
            } else {
                format(value, sb);
            }
        }
        if (r instanceof Mod.Module) {
            sb.append(", type_ignores=[]");
        }
        sb.append(')');
    }

    private static String snake(String camel) {
        StringBuilder sb = new StringBuilder();
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                sb.append('_').append(Character.toLowerCase(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** Python's {@code repr} for the values a Constant can hold. */
    static final class PyRepr {
        private PyRepr() {
        }

        static String repr(Object v) {
            if (v == null || v == ConstantKind.NONE) {
                return "None";
            } else if (v == ConstantKind.ELLIPSIS) {
                return "Ellipsis";
            } else if (v instanceof Boolean b) {
                return b ? "True" : "False";
            } else if (v instanceof Long || v instanceof BigInteger || v instanceof Integer) {
                return v.toString();
            } else if (v instanceof Double d) {
                return floatRepr(d);
            } else if (v instanceof Imaginary im) {
                String s = floatRepr(im.imag());
                return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + "j";
            } else if (v instanceof String s) {
                return strRepr(s);
            } else if (v instanceof Bytes b) {
                return bytesRepr(b);
            }
            throw new IllegalArgumentException("no repr for " + v.getClass());
        }

        /** Python's float repr: shortest digits, exponent form outside [1e-4, 1e16). */
        static String floatRepr(double d) {
            if (Double.isNaN(d)) {
                return "nan";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "inf" : "-inf";
            }
            if (d == 0) {
                return (1 / d < 0) ? "-0.0" : "0.0";
            }
            java.math.BigDecimal bd = shortest(Math.abs(d));
            String digits = bd.unscaledValue().toString();
            int exp = digits.length() - 1 - bd.scale();
            String sign = d < 0 ? "-" : "";
            if (exp < -4 || exp >= 16) {
                String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
                return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
            }
            String plain = bd.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }

        /** The shortest decimal that reads back as {@code d} (JDK 17's toString is not always shortest). */
        private static java.math.BigDecimal shortest(double d) {
            for (int p = 1; p < 17; p++) {
                String s = String.format("%." + (p - 1) + "e", d);
                if (Double.parseDouble(s) == d) {
                    return new java.math.BigDecimal(s).stripTrailingZeros();
                }
            }
            return new java.math.BigDecimal(String.format("%.16e", d)).stripTrailingZeros();
        }

        static String strRepr(String s) {
            char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
            StringBuilder sb = new StringBuilder().append(quote);
            s.codePoints().forEach(c -> {
                if (c == quote || c == '\\') {
                    sb.append('\\').appendCodePoint(c);
                } else if (c == '\n') {
                    sb.append("\\n");
                } else if (c == '\r') {
                    sb.append("\\r");
                } else if (c == '\t') {
                    sb.append("\\t");
                } else if (c < 0x20 || c == 0x7f) {
                    sb.append(String.format("\\x%02x", c));
                } else if (c < 0x7f || isPrintable(c)) {
                    sb.appendCodePoint(c);
                } else if (c <= 0xff) {
                    sb.append(String.format("\\x%02x", c));
                } else if (c <= 0xffff) {
                    sb.append(String.format("\\u%04x", c));
                } else {
                    sb.append(String.format("\\U%08x", c));
                }
            });
            return sb.append(quote).toString();
        }

        private static boolean isPrintable(int c) {
            switch (Character.getType(c)) {
                case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                        Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                        Character.SPACE_SEPARATOR:
                    return c == ' ';
                default:
                    return true;
            }
        }

        static String bytesRepr(Bytes b) {
            boolean hasSingle = false;
            boolean hasDouble = false;
            for (int i = 0; i < b.length(); i++) {
                hasSingle |= b.get(i) == '\'';
                hasDouble |= b.get(i) == '"';
            }
            char quote = hasSingle && !hasDouble ? '"' : '\'';
            StringBuilder sb = new StringBuilder("b").append(quote);
            for (int i = 0; i < b.length(); i++) {
                int c = b.get(i);
                if (c == quote || c == '\\') {
                    sb.append('\\').append((char) c);
                } else if (c == '\n') {
                    sb.append("\\n");
                } else if (c == '\r') {
                    sb.append("\\r");
                } else if (c == '\t') {
                    sb.append("\\t");
                } else if (c < 0x20 || c >= 0x7f) {
                    sb.append(String.format("\\x%02x", c));
                } else {
                    sb.append((char) c);
                }
            }
            return sb.append(quote).toString();
        }
    }
}
