package org.weft.kernel.completion;

import java.util.List;
import java.util.Set;

import org.weft.python.Interpreter;

/**
 * Where in a statement the name being typed stands, which decides what jedi offers there: every
 * keyword at the start of a statement; names and the keywords that begin an expression inside
 * one ({@code x = l} offers {@code lambda}, not {@code class}); only operator keywords right after
 * an operand ({@code x = 1 i} offers {@code if}, {@code in}, {@code is}); nothing where a new name
 * is being made up ({@code def fo}, {@code as n}).
 */
enum NamePosition {
    STATEMENT_START, EXPRESSION, AFTER_OPERAND, NEW_NAME;

    static final List<String> EXPRESSION_KEYWORDS = List.of("False", "None", "True", "await", "lambda", "not", "yield");
    static final List<String> OPERATOR_KEYWORDS = List.of("and", "else", "for", "if", "in", "is", "not", "or");
    /** Keywords that cannot begin a statement, left out there as jedi does. */
    static final List<String> INFIX_KEYWORDS = List.of("and", "as", "in", "is", "or");
    private static final Set<String> NAMING_KEYWORDS = Set.of("def", "class", "as", "global", "nonlocal");
    private static final Set<String> VALUE_KEYWORDS = Set.of("True", "False", "None");

    /** The position after {@code before}, the statement's text up to the name (may be empty). */
    static NamePosition of(String before) {
        String b = before.strip();
        if (b.isEmpty()) {
            return STATEMENT_START;
        }
        char last = b.charAt(b.length() - 1);
        int wordStart = Identifiers.start(b, b.length());
        String word = b.substring(wordStart);
        if (!word.isEmpty() && Interpreter.keywords().contains(word) && !VALUE_KEYWORDS.contains(word)) {
            return NAMING_KEYWORDS.contains(word) ? NEW_NAME : EXPRESSION;
        }
        boolean operand = !word.isEmpty() || last == ')' || last == ']' || last == '}' || last == '\'' || last == '"';
        return operand ? AFTER_OPERAND : EXPRESSION;
    }
}
