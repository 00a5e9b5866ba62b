package org.weft.kernel.completion;

import java.util.ArrayList;
import java.util.List;

import org.weft.python.Interpreter;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyObject;

/**
 * Completion of a name in code: attributes after a dot, otherwise the names and keywords that
 * fit where the name stands ({@link NamePosition}), with {@code name=} for the parameters of the
 * call it is in.
 */
final class CodeCompletion {
    private final Interpreter interpreter;

    CodeCompletion(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** Matches for the identifier at the end of {@code line}, or null. */
    LineMatches complete(String line, LineScan scan) {
        return complete(line, scan, name -> null);
    }

    /** As above; names not bound yet are asked of {@code unbound} (the cell's earlier imports). */
    LineMatches complete(String line, LineScan scan, java.util.function.Function<String, PyObject> unbound) {
        int start = Identifiers.start(line, line.length());
        String token = line.substring(start);
        if (start > 0 && line.charAt(start - 1) == '.') {
            PyObject obj = ExpressionChain.evaluate(line, scan, start - 1, globals(), builtins(), unbound);
            return obj == null ? null : new LineMatches(MatchOrder.select(interpreter.attributes(obj), token), start);
        }
        if (!token.isEmpty() && Character.isDigit(token.codePointAt(0))) {
            return null;
        }
        List<String> candidates = new ArrayList<>();
        switch (NamePosition.of(line.substring(Math.min(scan.statementStart, start), start))) {
            case STATEMENT_START:
                candidates.addAll(interpreter.names(interpreter.mainModule()));
                candidates.removeAll(NamePosition.INFIX_KEYWORDS);
                break;
            case EXPRESSION:
                candidates.addAll(interpreter.names(interpreter.mainModule()));
                candidates.removeAll(Interpreter.keywords());
                candidates.addAll(NamePosition.EXPRESSION_KEYWORDS);
                candidates.addAll(keywordArguments(line, scan, start));
                break;
            case AFTER_OPERAND:
                if (token.isEmpty()) {
                    return null;
                }
                candidates.addAll(NamePosition.OPERATOR_KEYWORDS);
                break;
            default:
                return null;
        }
        return new LineMatches(MatchOrder.select(candidates, token), start);
    }

    /** {@code name=} for the call whose parentheses hold the cursor, when a keyword may stand there. */
    private List<String> keywordArguments(String line, LineScan scan, int tokenStart) {
        int open = scan.innermostOpen;
        if (open < 0 || line.charAt(open) != '(') {
            return List.of();
        }
        String between = line.substring(open + 1, tokenStart).strip();
        if (!between.isEmpty() && !between.endsWith(",")) {
            return List.of(); // a value after "key=" or inside an expression
        }
        PyObject callee = ExpressionChain.evaluate(line, scan, open, globals(), builtins());
        return callee == null ? List.of() : KeywordArguments.of(interpreter.signature(callee));
    }

    PyDict globals() {
        return interpreter.mainModule().getDict();
    }

    PyDict builtins() {
        return interpreter.builtinsModule().getDict();
    }
}
