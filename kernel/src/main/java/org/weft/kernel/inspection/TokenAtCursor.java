package org.weft.kernel.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.weft.kernel.completion.CodePoints;
import org.weft.kernel.inspection.SourceTokens.Kind;
import org.weft.kernel.inspection.SourceTokens.Token;

/**
 * The name to inspect at a cursor, as ipykernel's {@code inspect_request} finds it: the dotted name
 * at or before the cursor, or, when the cursor is inside a call's parentheses, the callee
 * ({@code f(a, b|} gives {@code f}); never the target of an assignment.
 */
final class TokenAtCursor {
    // keyword.kwlist of Python 3.11 (soft keywords are names here, as in tokenize)
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");

    private TokenAtCursor() {
    }

    // CPython-side original: IPython.utils.tokenutil.token_at_cursor
    static String find(String cell, int cursorPos) {
        int cursor = CodePoints.toIndex(cell, cursorPos);
        List<String> names = new ArrayList<>();
        List<String> callNames = new ArrayList<>();
        Token previous = null;
        for (Token tok : SourceTokens.of(cell)) {
            boolean atLineStart = tok.start() == 0 || cell.charAt(tok.start() - 1) == '\n';
            // allow '|foo' to find 'foo' at the beginning of a line
            int boundary = atLineStart ? cursor + 1 : cursor;
            if (tok.start() >= boundary) {
                break;
            }
            if (tok.kind() == Kind.NAME && !KEYWORDS.contains(tok.text())) {
                if (!names.isEmpty() && previous != null && previous.kind() == Kind.OP && previous.text().equals(".")) {
                    names.set(names.size() - 1, names.get(names.size() - 1) + "." + tok.text());
                } else {
                    names.add(tok.text());
                }
            } else if (tok.kind() == Kind.OP) {
                if (tok.text().equals("=") && !names.isEmpty()) {
                    names.remove(names.size() - 1); // don't inspect the lhs of an assignment
                }
                if (tok.text().equals("(") && !names.isEmpty()) {
                    callNames.add(names.get(names.size() - 1));
                } else if (tok.text().equals(")") && !callNames.isEmpty()) {
                    callNames.remove(callNames.size() - 1);
                }
            }
            previous = tok;
            if (tok.end() > cursor) {
                break;
            }
        }
        if (!callNames.isEmpty()) {
            return callNames.get(callNames.size() - 1);
        }
        return names.isEmpty() ? "" : names.get(names.size() - 1);
    }
}
