package org.weft.python.lexer;

import static org.weft.python.lexer.TokenType.*;

/** Longest-match operator recognition. Compare CPython {@code PyToken_ThreeChars/TwoChars/OneChar}. */
final class Operators {
    private Operators() {
    }

    /** The operator starting with {@code c1}, looking at up to two more code points. */
    static TokenType match(int c1, int c2, int c3) {
        TokenType three = three(c1, c2, c3);
        if (three != null) {
            return three;
        }
        TokenType two = two(c1, c2);
        return two != null ? two : one(c1);
    }

    private static TokenType three(int c1, int c2, int c3) {
        if (c3 == '=') {
            if (c1 == '*' && c2 == '*') {
                return DOUBLESTAREQUAL;
            } else if (c1 == '/' && c2 == '/') {
                return DOUBLESLASHEQUAL;
            } else if (c1 == '<' && c2 == '<') {
                return LEFTSHIFTEQUAL;
            } else if (c1 == '>' && c2 == '>') {
                return RIGHTSHIFTEQUAL;
            }
        }
        return c1 == '.' && c2 == '.' && c3 == '.' ? ELLIPSIS : null;
    }

    private static TokenType two(int c1, int c2) {
        if (c2 == '=') {
            switch (c1) {
                case '=': return EQEQUAL;
                case '!': return NOTEQUAL;
                case '<': return LESSEQUAL;
                case '>': return GREATEREQUAL;
                case '+': return PLUSEQUAL;
                case '-': return MINEQUAL;
                case '*': return STAREQUAL;
                case '/': return SLASHEQUAL;
                case '%': return PERCENTEQUAL;
                case '@': return ATEQUAL;
                case '|': return VBAREQUAL;
                case '&': return AMPEREQUAL;
                case '^': return CIRCUMFLEXEQUAL;
                case ':': return COLONEQUAL;
                default: return null;
            }
        }
        if (c1 == c2) {
            switch (c1) {
                case '*': return DOUBLESTAR;
                case '/': return DOUBLESLASH;
                case '<': return LEFTSHIFT;
                case '>': return RIGHTSHIFT;
                default: return null;
            }
        }
        return c1 == '-' && c2 == '>' ? RARROW : null;
    }

    private static TokenType one(int c) {
        switch (c) {
            case '(': return LPAR;
            case ')': return RPAR;
            case '[': return LSQB;
            case ']': return RSQB;
            case '{': return LBRACE;
            case '}': return RBRACE;
            case ':': return COLON;
            case ',': return COMMA;
            case ';': return SEMI;
            case '.': return DOT;
            case '+': return PLUS;
            case '-': return MINUS;
            case '*': return STAR;
            case '/': return SLASH;
            case '%': return PERCENT;
            case '@': return AT;
            case '|': return VBAR;
            case '&': return AMPER;
            case '^': return CIRCUMFLEX;
            case '~': return TILDE;
            case '<': return LESS;
            case '>': return GREATER;
            case '=': return EQUAL;
            default: return ERRORTOKEN;
        }
    }
}
