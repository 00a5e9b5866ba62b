package org.weft.kernel.completion;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code name=} completions jedi offers inside a call's parentheses: the parameters of the
 * callee's signature that can be passed by keyword (not positional-only, not {@code *args} or
 * {@code **kwargs}).
 */
final class KeywordArguments {
    private KeywordArguments() {
    }

    /** {@code name=} for each keyword-passable parameter of a signature text such as {@code (a, /, b=2, *, c)}. */
    static List<String> of(String signature) {
        List<String> out = new ArrayList<>();
        if (signature == null || !signature.startsWith("(")) {
            return out;
        }
        List<String> params = splitParameters(signature);
        boolean positionalOnly = params.contains("/");
        for (String p : params) {
            if (p.equals("/")) {
                positionalOnly = false;
                out.clear(); // everything before the slash was positional-only
                continue;
            }
            if (p.isEmpty() || p.startsWith("*")) {
                continue;
            }
            String name = p.split("[:=]", 2)[0].strip();
            if (Identifiers.isIdentifier(name)) {
                out.add(name + "=");
            }
        }
        return positionalOnly ? List.of() : out;
    }

    /** The parameters between the outer parentheses, split at top-level commas. */
    private static List<String> splitParameters(String signature) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 1; i < signature.length(); i++) {
            char c = signature.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    cur.append(c);
                    c = signature.charAt(++i);
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == ')') {
                break;
            } else if (c == ',' && depth == 0) {
                parts.add(cur.toString().strip());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        parts.add(cur.toString().strip());
        return parts;
    }
}
