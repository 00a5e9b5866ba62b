package org.weft.kernel.completion;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * One left-to-right pass over the line that holds the cursor (the text from the last newline to
 * the cursor), enough of Python's lexical rules to tell where the cursor is: in a comment, in an
 * unfinished string literal, or in code; where the current statement starts (after a {@code ;});
 * and which closing bracket or quote ends which literal, so that completion can look backwards
 * from a dot.
 */
final class LineScan {
    /** Index in the line where an unfinished string's quote is, or -1 when the cursor is in code. */
    final int openStringQuote;
    /** The unfinished string's quote character (when {@link #openStringQuote} is not -1). */
    final char openStringChar;
    final boolean inComment;
    /** Where the current statement starts: after the last {@code ;} outside strings. */
    final int statementStart;
    /** For each string literal's closing quote (index of its last character): where it starts. */
    private final Map<Integer, Integer> stringStarts;
    /** For each closing bracket: the index of its opening bracket. */
    private final Map<Integer, Integer> bracketOpens;
    /** The innermost bracket still open at the end of the line (index), or -1. */
    final int innermostOpen;

    private LineScan(int openStringQuote, char openStringChar, boolean inComment, int statementStart,
            Map<Integer, Integer> stringStarts, Map<Integer, Integer> bracketOpens, Deque<Integer> open) {
        this.openStringQuote = openStringQuote;
        this.openStringChar = openStringChar;
        this.inComment = inComment;
        this.statementStart = statementStart;
        this.stringStarts = stringStarts;
        this.bracketOpens = bracketOpens;
        this.innermostOpen = open.isEmpty() ? -1 : open.peek();
    }

    /** Start index of the string literal whose closing quote is at {@code end}, or -1. */
    int stringStartingBefore(int end) {
        return stringStarts.getOrDefault(end, -1);
    }

    /** Index of the bracket that {@code close} closes, or -1. */
    int openingBracket(int close) {
        return bracketOpens.getOrDefault(close, -1);
    }

    static LineScan of(String line) {
        Map<Integer, Integer> strings = new HashMap<>();
        Map<Integer, Integer> brackets = new HashMap<>();
        Deque<Integer> open = new ArrayDeque<>();
        int statement = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '#') {
                return new LineScan(-1, ' ', true, statement, strings, brackets, open);
            }
            if (c == '\'' || c == '"') {
                int end = stringEnd(line, i);
                if (end < 0) {
                    return new LineScan(i, c, false, statement, strings, brackets, open);
                }
                strings.put(end, i);
                i = end + 1;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                open.push(i);
            } else if ((c == ')' || c == ']' || c == '}') && !open.isEmpty()) {
                brackets.put(i, open.pop());
            } else if (c == ';' && open.isEmpty()) {
                statement = i + 1;
            }
            i++;
        }
        return new LineScan(-1, ' ', false, statement, strings, brackets, open);
    }

    /**
     * True when {@code text} (all the code before the cursor) ends inside a triple-quoted string
     * opened on an earlier line: a docstring being typed, where no completion applies.
     */
    static boolean endsInMultilineString(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '#') {
                int nl = text.indexOf('\n', i);
                if (nl < 0) {
                    return false;
                }
                i = nl + 1;
            } else if (c == '\'' || c == '"') {
                int end = stringEnd(text, i);
                if (end < 0) {
                    boolean triple = text.startsWith(String.valueOf(c).repeat(3), i);
                    return triple && text.indexOf('\n', i) >= 0;
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return false;
    }

    /** Index of the last character of the string literal whose quote is at {@code start}; -1 if unfinished. */
    private static int stringEnd(String line, int start) {
        char q = line.charAt(start);
        boolean triple = line.startsWith(String.valueOf(q).repeat(3), start);
        int i = start + (triple ? 3 : 1);
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == q && (!triple || line.startsWith(String.valueOf(q).repeat(3), i))) {
                return triple ? i + 2 : i;
            }
            if (c == '\n' && !triple) {
                return i; // an unterminated one-line string ends with its line
            }
            i++;
        }
        return -1;
    }
}
