package org.weft.kernel.inspection;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of Python's {@code tokenize} for {@link TokenAtCursor}: names, numbers, strings,
 * operators (longest match, so {@code ==} is not two {@code =}), comments and line ends, with
 * their offsets in the text. Like {@code tokenize}, an unterminated one-line string yields an error
 * token for its quote and goes on; an unterminated triple-quoted string ends the tokens.
 */
final class SourceTokens {
    enum Kind { NAME, NUMBER, STRING, OP, COMMENT, NL, ERROR }

    /** One token: {@code start} and {@code end} are indexes in the whole text. */
    record Token(Kind kind, String text, int start, int end) {
    }

    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=",
        "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=",
    };
    private static final String SINGLE_OPERATORS = "()[]{}:,;+-*/|&<>=.%~^@";

    private SourceTokens() {
    }

    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int next;
            if (c == '\n') {
                out.add(new Token(Kind.NL, "\n", i, i + 1));
                next = i + 1;
            } else if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
                next = i + 1;
            } else if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r')) {
                next = text.indexOf('\n', i) + 1;
            } else if (c == '#') {
                int e = text.indexOf('\n', i);
                next = e < 0 ? text.length() : e;
                out.add(new Token(Kind.COMMENT, text.substring(i, next), i, next));
            } else if (isNameStart(text.codePointAt(i))) {
                next = nameOrString(text, i, out);
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
                next = number(text, i);
                out.add(new Token(Kind.NUMBER, text.substring(i, next), i, next));
            } else if (c == '\'' || c == '"') {
                next = string(text, i, i, out);
            } else {
                next = operator(text, i, out);
            }
            if (next < 0) {
                break; // EOF in a triple-quoted string: tokenize's TokenError
            }
            i = next;
        }
        return out;
    }

    private static boolean isNameStart(int cp) {
        return cp == '_' || Character.isLetter(cp) || (cp > 127 && Character.isUnicodeIdentifierStart(cp));
    }

    private static boolean isNamePart(int cp) {
        return cp == '_' || Character.isLetterOrDigit(cp) || (cp > 127 && Character.isUnicodeIdentifierPart(cp)
                && !Character.isIdentifierIgnorable(cp));
    }

    private static int nameOrString(String text, int start, List<Token> out) {
        int i = start;
        while (i < text.length() && isNamePart(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        String word = text.substring(start, i);
        boolean prefix = word.length() <= 2 && word.toLowerCase().matches("r|u|b|f|br|rb|fr|rf");
        if (prefix && i < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '"')) {
            return string(text, start, i, out);
        }
        out.add(new Token(Kind.NAME, word, start, i));
        return i;
    }

    private static int number(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean exponentSign = (c == '+' || c == '-') && i > start
                    && (text.charAt(i - 1) == 'e' || text.charAt(i - 1) == 'E') && !text.substring(start, i).startsWith("0x");
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || exponentSign)) {
                break;
            }
            i++;
        }
        return i;
    }

    /** A string literal whose prefix starts at {@code start} and quote at {@code quote}; -1 at EOF in a triple quote. */
    private static int string(String text, int start, int quote, List<Token> out) {
        char q = text.charAt(quote);
        String triple = String.valueOf(q).repeat(3);
        boolean isTriple = text.startsWith(triple, quote);
        int i = quote + (isTriple ? 3 : 1);
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (isTriple ? text.startsWith(triple, i) : c == q) {
                int end = i + (isTriple ? 3 : 1);
                out.add(new Token(Kind.STRING, text.substring(start, end), start, end));
                return end;
            } else if (c == '\n' && !isTriple) {
                break;
            } else {
                i++;
            }
        }
        if (isTriple) {
            return -1;
        }
        if (quote > start) {
            out.add(new Token(Kind.NAME, text.substring(start, quote), start, quote));
        }
        out.add(new Token(Kind.ERROR, String.valueOf(q), quote, quote + 1));
        return quote + 1;
    }

    private static int operator(String text, int i, List<Token> out) {
        for (String op : OPERATORS) {
            if (text.startsWith(op, i)) {
                out.add(new Token(Kind.OP, op, i, i + op.length()));
                return i + op.length();
            }
        }
        int n = Character.charCount(text.codePointAt(i));
        String s = text.substring(i, i + n);
        out.add(new Token(SINGLE_OPERATORS.contains(s) ? Kind.OP : Kind.ERROR, s, i, i + n));
        return i + n;
    }
}
