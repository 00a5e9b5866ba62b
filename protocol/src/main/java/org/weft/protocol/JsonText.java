package org.weft.protocol;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Map;

/**
 * Compact JSON text of a Gson tree, exactly as {@link Json#GSON}{@code .toJson(tree)} writes it:
 * members with a JSON null value left out (nulls in arrays kept), no HTML escaping, control
 * characters as six-character unicode escapes but for the short ones, U+2028 and U+2029 escaped, numbers as
 * their {@code toString} (NaN and infinities too: Gson writes trees leniently).
 *
 * <p>Why not Gson's writer: every message the kernel sends goes through here, and Gson's
 * recursive type adapter over its {@code JsonWriter} was the JIT's most expensive compilation in a
 * new kernel (half a second of C2 time, on a 2-core machine, while the first cells wait), and
 * slower per message than appending to one builder. {@code JsonTextTest} checks the equality with
 * Gson on generated trees.
 */
public final class JsonText {

    private JsonText() {
    }

    /** The JSON text of {@code tree} ({@code null} is JSON null). */
    public static String of(JsonElement tree) {
        StringBuilder out = new StringBuilder(128);
        write(out, tree);
        return out.toString();
    }

    /** Appends the JSON text of {@code tree}. */
    public static void write(StringBuilder out, JsonElement tree) {
        if (tree == null || tree.isJsonNull()) {
            out.append("null");
        } else if (tree instanceof JsonObject object) {
            writeObject(out, object);
        } else if (tree instanceof JsonArray array) {
            out.append('[');
            for (int i = 0; i < array.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, array.get(i));
            }
            out.append(']');
        } else {
            JsonPrimitive p = (JsonPrimitive) tree;
            if (p.isString()) {
                string(out, p.getAsString());
            } else if (p.isBoolean()) {
                out.append(p.getAsBoolean());
            } else {
                out.append(p.getAsNumber().toString());
            }
        }
    }

    private static void writeObject(StringBuilder out, JsonObject object) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonElement> member : object.entrySet()) {
            JsonElement value = member.getValue();
            if (value == null || value.isJsonNull()) {
                continue; // Gson's default: null members are not serialized
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, member.getKey());
            out.append(':');
            write(out, value);
        }
        out.append('}');
    }

    /** Appends {@code s} as a JSON string, with Gson's escapes (HTML escaping off). */
    public static void string(StringBuilder out, String s) {
        out.append('"');
        int from = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String escape = escape(c);
            if (escape != null) {
                out.append(s, from, i).append(escape);
                from = i + 1;
            }
        }
        out.append(s, from, n).append('"');
    }

    private static final String[] LOW_ESCAPES = lowEscapes();

    private static String[] lowEscapes() {
        String[] e = new String[128];
        for (int c = 0; c < 0x20; c++) {
            e[c] = String.format("\\u%04x", c);
        }
        e['"'] = "\\\"";
        e['\\'] = "\\\\";
        e['\t'] = "\\t";
        e['\b'] = "\\b";
        e['\n'] = "\\n";
        e['\r'] = "\\r";
        e['\f'] = "\\f";
        return e;
    }

    private static String escape(char c) {
        if (c < 128) {
            return LOW_ESCAPES[c];
        }
        if (c == '\u2028') {
            return "\\u2028";
        }
        return c == '\u2029' ? "\\u2029" : null;
    }
}
