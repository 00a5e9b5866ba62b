package org.weft.kernel.syntax;

import java.util.regex.Pattern;

/**
 * The regular expressions of CPython's {@code tokenize.py} (3.11), translated to Java. Python's
 * {@code \Z} is Java's {@code \z}; {@code UNIX_LINES} keeps {@code .} and {@code $} to {@code \n}
 * alone, and {@code UNICODE_CHARACTER_CLASS} gives {@code \w} Python's Unicode meaning.
 */
final class TokenPatterns {

    private static final int FLAGS = Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS;

    private static final String WHITESPACE = "[ \\f\\t]*";
    private static final String COMMENT = "#[^\\r\\n]*";
    private static final String NAME = "\\w+";

    // CPython writes digits as [0-9](?:_?[0-9])*; the same language as [0-9]+(?:_[0-9]+)* here, whose
    // loop runs once per underscore rather than per digit (Java's regex loops recurse).
    private static final String DIGITS = "[0-9]+(?:_[0-9]+)*";
    private static final String HEX = "0[xX](?:_?[0-9a-fA-F]+)+";
    private static final String BIN = "0[bB](?:_?[01]+)+";
    private static final String OCT = "0[oO](?:_?[0-7]+)+";
    private static final String DEC = "(?:0+(?:_0+)*|[1-9][0-9]*(?:_[0-9]+)*)";
    private static final String INT = group(HEX, BIN, OCT, DEC);
    private static final String EXPONENT = "[eE][-+]?" + DIGITS;
    private static final String POINTFLOAT = group(DIGITS + "\\.(?:" + DIGITS + ")?", "\\." + DIGITS)
            + "(?:" + EXPONENT + ")?";
    private static final String EXPFLOAT = DIGITS + EXPONENT;
    private static final String FLOAT = group(POINTFLOAT, EXPFLOAT);
    private static final String IMAG = group(DIGITS + "[jJ]", FLOAT + "[jJ]");
    private static final String NUMBER = group(IMAG, FLOAT, INT);

    /** Every valid string prefix, the empty one included: b, r, u, f, br, fr in any order and case. */
    static final String STRING_PREFIX = "(?:[bB][rR]?|[rR][bBfF]?|[uU]|[fF][rR]?)?";

    private static final String TRIPLE = group(STRING_PREFIX + "'''", STRING_PREFIX + "\"\"\"");
    /** Exact operators, longer ones before their prefixes: {@code sorted(EXACT_TOKEN_TYPES, reverse=True)}. */
    private static final String[] OPERATORS = {"~", "}", "|=", "|", "{", "^=", "^", "]", "[", "@=", "@",
        ">>=", ">>", ">=", ">", "==", "=", "<=", "<<=", "<<", "<", ";", ":=", ":", "/=", "//=", "//", "/",
        "...", ".", "->", "-=", "-", ",", "+=", "+", "*=", "**=", "**", "*", ")", "(", "&=", "&", "%=",
        "%", "!="};
    private static final String FUNNY = group("\\r?\\n", special());
    private static final String PSEUDO_EXTRAS = group("\\\\\\r?\\n|\\z", COMMENT, TRIPLE);

    /**
     * {@code PseudoToken} less its {@code ContStr} alternative, which {@link StringScan} reads by hand
     * (the tokenizer tries it first where a string can start): group 1 is the token, after blanks.
     */
    static final Pattern PSEUDO_TOKEN = Pattern.compile(
            WHITESPACE + "(" + String.join("|", PSEUDO_EXTRAS, NUMBER, FUNNY, NAME) + ")", FLAGS);

    private static final Pattern PREFIX_ONLY = Pattern.compile(STRING_PREFIX);

    private TokenPatterns() {
    }

    private static String group(String... choices) {
        return "(?:" + String.join("|", choices) + ")";
    }

    private static String special() {
        StringBuilder b = new StringBuilder();
        for (String op : OPERATORS) {
            b.append(b.length() == 0 ? "" : "|").append(Pattern.quote(op));
        }
        return group(b.toString());
    }

    /** True when {@code s} is a string prefix (possibly empty): tokenize's prefix sets. */
    static boolean isPrefix(String s) {
        return PREFIX_ONLY.matcher(s).matches();
    }

    /** {@code token in triple_quoted}: a prefix and three quotes, nothing more. */
    static boolean isTripleQuote(String token) {
        return token.length() >= 3 && (token.endsWith("'''") || token.endsWith("\"\"\""))
                && isPrefix(token.substring(0, token.length() - 3));
    }

}
