package org.weft.kernel.syntax;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The Python call each IPython escape turns into: IPython's {@code tr} table and
 * {@code _make_help_call} in {@code inputtransformer2.py}.
 */
final class EscapeCalls {

    private EscapeCalls() {
    }

    /** True for the escapes that may start a line: {@code ESCAPE_SINGLES}. */
    static boolean isEscape(String token) {
        return token.length() == 1 && "!?%,;/".contains(token);
    }

    /** The call for a line whose text after its indent is {@code line}, escape included. */
    static String translate(String line) {
        String two = line.length() > 1 ? line.substring(0, 2) : "";
        if (two.equals("!!") || two.equals("??")) {
            return translate(two, line.substring(2));
        }
        return translate(line.substring(0, 1), line.substring(1));
    }

    private static String translate(String escape, String content) {
        switch (escape) {
            case "!":
                return "get_ipython().system(" + TokenTransform.repr(content) + ")";
            case "!!":
                return "get_ipython().getoutput(" + TokenTransform.repr(content) + ")";
            case "?":
            case "??":
                return content.isEmpty() ? "get_ipython().show_usage()" : helpCall(content, escape);
            case "%":
                return lineMagic(Strings.partitionSpace(content));
            default:
                return autocall(escape, Strings.partitionSpace(content));
        }
    }

    /** {@code _make_help_call}: {@code pinfo}, {@code pinfo2} for {@code ??}, {@code psearch} for a pattern. */
    static String helpCall(String target, String escape) {
        String method = escape.equals("??") ? "pinfo2" : target.contains("*") ? "psearch" : "pinfo";
        return lineMagic(new String[] {method, target});
    }

    private static String lineMagic(String[] nameArgs) {
        return "get_ipython().run_line_magic(" + TokenTransform.repr(nameArgs[0]) + ", "
                + TokenTransform.repr(nameArgs[1]) + ")";
    }

    /** IPython's autocall escapes: {@code ,f a b} quotes each word, {@code ;f a b} the whole rest, {@code /f a b} none. */
    private static String autocall(String escape, String[] nameArgs) {
        String name = nameArgs[0];
        String[] words = Strings.split(nameArgs[1]);
        switch (escape) {
            case ",":
                return name + "(\"" + String.join("\", \"", words) + "\")";
            case ";":
                return name + "(\"" + nameArgs[1] + "\")";
            default:
                return name + "(" + Arrays.stream(words).collect(Collectors.joining(", ")) + ")";
        }
    }
}
