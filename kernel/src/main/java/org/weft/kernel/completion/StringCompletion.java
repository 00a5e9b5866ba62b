package org.weft.kernel.completion;

import java.util.ArrayList;
import java.util.List;

import org.weft.python.Interpreter;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/**
 * Completion inside an unfinished string literal: a dict's string keys after {@code d['}, the
 * expression of an f-string's open {@code {} field, otherwise file names.
 */
final class StringCompletion {
    private final Interpreter interpreter;
    private final CodeCompletion code;

    StringCompletion(Interpreter interpreter, CodeCompletion code) {
        this.interpreter = interpreter;
        this.code = code;
    }

    /** Matches for the string that {@code scan} found open at the end of {@code line}, or null. */
    LineMatches complete(String line, LineScan scan) {
        int quote = scan.openStringQuote;
        String q = String.valueOf(scan.openStringChar);
        int contentStart = quote + (line.startsWith(q.repeat(3), quote) ? 3 : 1);
        String typed = line.substring(contentStart);
        int p = quote;
        while (p > 0 && "rRbBuUfF".indexOf(line.charAt(p - 1)) >= 0) {
            p--;
        }
        int field = line.substring(p, quote).toLowerCase().contains("f") ? openField(typed) : -1;
        if (field >= 0) {
            // f"...{expr": complete the expression as code (jedi does too)
            String expression = typed.substring(field);
            LineMatches inner = code.complete(expression, LineScan.of(expression));
            return inner == null ? null : new LineMatches(inner.matches(), contentStart + field + inner.start());
        }
        if (p > 0 && line.charAt(p - 1) == '[') {
            PyObject obj = ExpressionChain.evaluate(line, scan, p - 1, code.globals(), code.builtins());
            return obj instanceof PyDict d ? new LineMatches(keys(d, typed, scan.openStringChar), contentStart) : null;
        }
        return new LineMatches(PathNames.complete(interpreter, typed), contentStart);
    }

    /** Where the replacement field still open at the end of an f-string's text starts (after its brace), or -1. */
    private static int openField(String typed) {
        int open = -1;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (open < 0 && (c == '{' || c == '}') && i + 1 < typed.length() && typed.charAt(i + 1) == c) {
                i++; // {{ and }} are literal braces
            } else if (c == '{' && open < 0) {
                open = i + 1;
            } else if (c == '}' && open >= 0) {
                open = -1;
            }
        }
        return open;
    }

    /** String keys that start with what is typed, leaving out those the open quote could not hold as typed. */
    private static List<String> keys(PyDict d, String typed, char quote) {
        List<String> out = new ArrayList<>();
        for (PyObject k : d.keys()) {
            if (k instanceof PyStr s && s.value().startsWith(typed)
                    && s.value().indexOf(quote) < 0 && s.value().indexOf('\\') < 0 && s.value().indexOf('\n') < 0) {
                out.add(s.value());
            }
        }
        out.sort(MatchOrder.JEDI);
        return out.stream().distinct().toList();
    }
}
