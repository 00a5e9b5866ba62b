package org.weft.kernel.syntax;

import java.util.ArrayList;
import java.util.List;

import org.weft.kernel.syntax.TokenInfo.Type;

/**
 * IPython's {@code make_tokens_by_line}: a cell's tokens grouped into logical lines, so that an
 * expression spread over lines inside brackets is one group, while blank and comment lines are
 * groups of their own.
 */
final class LogicalLines {

    /** The groups, and how tokenizing ended. */
    record Grouped(List<List<TokenInfo>> lines, Tokenizer.Ending ending) {
    }

    private LogicalLines() {
    }

    static Grouped of(List<String> lines) {
        Tokenizer.Result tokens = Tokenizer.tokenize(lines);
        List<List<TokenInfo>> groups = new ArrayList<>();
        groups.add(new ArrayList<>());
        int parenlev = 0;
        for (TokenInfo t : tokens.tokens()) {
            groups.get(groups.size() - 1).add(t);
            String s = t.string();
            if (t.is(Type.NEWLINE) || t.is(Type.NL) && parenlev <= 0) {
                groups.add(new ArrayList<>());
            } else if (isOpen(s)) {
                parenlev++;
            } else if (isClose(s) && parenlev > 0) {
                parenlev--;
            }
        }
        if (groups.get(groups.size() - 1).isEmpty()) {
            groups.remove(groups.size() - 1);
        }
        return new Grouped(groups, tokens.ending());
    }

    /** {@code has_sunken_brackets}: more closing brackets than opening ones at some point. */
    static boolean hasSunkenBrackets(List<TokenInfo> tokens) {
        int level = 0;
        for (TokenInfo t : tokens) {
            if (isOpen(t.string())) {
                level++;
            } else if (isClose(t.string()) && --level < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOpen(String s) {
        return s.equals("(") || s.equals("[") || s.equals("{");
    }

    private static boolean isClose(String s) {
        return s.equals(")") || s.equals("]") || s.equals("}");
    }
}
