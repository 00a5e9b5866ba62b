package org.weft.python.parser;

import java.util.ArrayList;
import java.util.List;
import org.weft.python.ast.Expr;
import org.weft.python.lexer.SourceText;
import org.weft.python.lexer.StringDecoder;
import org.weft.python.lexer.StringLiteral;
import org.weft.python.lexer.Token;

/**
 * Splits f-strings into literal parts and replacement fields and parses the expressions in them.
 * A port of CPython 3.11's {@code fstring_find_literal}, {@code fstring_find_expr} and the
 * {@code FstringParser} that joins adjacent literals (Parser/string_parser.c), with its messages.
 * As in 3.11, every part of a {@code JoinedStr} carries the position of the whole literal; the
 * nodes inside a replacement field carry their true source positions.
 */
final class FStringParser {
    private final TokenStream ts;
    private final Token first;
    private final Token last;
    private final String kind;
    private final List<Expr> parts = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private boolean hasPending;

    /** The literal being scanned: its code points and where they start in the source. */
    private int[] body;
    private int bodySource;
    private boolean raw;
    private int pos;

    FStringParser(TokenStream ts, Token first, Token last, String kind) {
        this.ts = ts;
        this.first = first;
        this.last = last;
        this.kind = kind;
    }

    private FStringParser(FStringParser outer) {
        this(outer.ts, outer.first, outer.last, outer.kind);
        this.body = outer.body;
        this.bodySource = outer.bodySource;
        this.raw = outer.raw;
        this.pos = outer.pos;
    }

    /** The {@code JoinedStr} for a run of string tokens of which at least one is an f-string. */
    Expr joined(List<Token> tokens, List<StringLiteral> literals) {
        SourceText src = ts.source();
        for (int i = 0; i < tokens.size(); i++) {
            StringLiteral lit = literals.get(i);
            if (!lit.fstring()) {
                addLiteral(StringDecoder.decodeStr(lit.body(), lit.raw()));
                continue;
            }
            Token t = tokens.get(i);
            body = lit.body().codePoints().toArray();
            bodySource = src.lineStart(t.line()) + t.col() + lit.bodyStart();
            raw = lit.raw();
            pos = 0;
            concat(0);
        }
        return finish();
    }

    private Expr finish() {
        flushLiteral();
        return new Expr.JoinedStr(parts, first.line(), first.col(), last.endLine(), last.endCol());
    }

    private void addLiteral(String s) {
        if (!s.isEmpty()) {
            pending.append(s);
            hasPending = true;
        }
    }

    private void flushLiteral() {
        if (hasPending) {
            parts.add(new Expr.Constant(pending.toString(), kind, first.line(), first.col(), last.endLine(),
                    last.endCol()));
            pending.setLength(0);
            hasPending = false;
        }
    }

    private SyntaxErrorException error(String msg) {
        return ts.error(msg, ts.peek());
    }

    /** Compare {@code _PyPegen_FstringParser_ConcatFstring}: literals and fields up to the end or a '}'. */
    private void concat(int recurseLevel) {
        while (true) {
            int r = findLiteral(recurseLevel);
            if (r == 1) {
                continue;
            }
            if (pos >= body.length || body[pos] == '}') {
                break;
            }
            Expr field = findExpr(recurseLevel);
            flushLiteral();
            parts.add(field);
        }
        if (recurseLevel != 0 && (pos >= body.length || body[pos] != '}')) {
            throw error("f-string: expecting '}'");
        }
    }

    /**
     * Compare {@code fstring_find_literal}: scans literal text up to a single '{' (or '}' in a
     * format spec). Returns 1 after a doubled brace, which is kept once in the literal.
     */
    private int findLiteral(int recurseLevel) {
        int start = pos;
        int s = pos;
        int result = 0;
        int end = body.length;
        while (s < end) {
            int ch = body[s++];
            if (!raw && ch == '\\' && s < end) {
                ch = body[s++];
                if (ch == 'N') {
                    if (s < end && body[s++] == '{') {
                        while (s < end && body[s++] != '}') {
                            // skip the character name
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (recurseLevel == 0) {
                    if (s < end && body[s] == ch) {
                        pos = s + 1;
                        addLiteral(decode(start, s));
                        return 1;
                    }
                    if (ch == '}') {
                        throw error("f-string: single '}' is not allowed");
                    }
                }
                s--;
                break;
            }
        }
        pos = s;
        addLiteral(decode(start, s));
        return result;
    }

    private String decode(int start, int end) {
        String text = new String(body, start, end - start);
        return raw ? text : StringDecoder.decodeStr(text, false);
    }

    /** Compare {@code fstring_find_expr}: one replacement field, from its '{' to past its '}'. */
    private Expr findExpr(int recurseLevel) {
        if (recurseLevel >= 2) {
            throw error("f-string: expressions nested too deeply");
        }
        pos++;
        int exprStart = pos;
        int exprEnd = scanExpression();
        Expr value = compile(exprStart, exprEnd);
        String exprText = null;
        if (body[pos] == '=') {
            pos++;
            while (pos < body.length && Character.isWhitespace(body[pos]) && body[pos] < 128) {
                pos++;
            }
            if (pos >= body.length) {
                throw error("f-string: expecting '}'");
            }
            exprText = new String(body, exprStart, pos - exprStart);
        }
        int conversion = conversion();
        Expr formatSpec = null;
        if (body[pos] == ':') {
            pos++;
            if (pos >= body.length) {
                throw error("f-string: expecting '}'");
            }
            formatSpec = formatSpec(recurseLevel);
        }
        if (pos >= body.length || body[pos] != '}') {
            throw error("f-string: expecting '}'");
        }
        pos++;
        if (exprText != null) {
            addLiteral(exprText);
            if (formatSpec == null && conversion == -1) {
                conversion = 'r';
            }
        }
        return new Expr.FormattedValue(value, conversion, formatSpec, first.line(), first.col(), last.endLine(),
                last.endCol());
    }

    private int conversion() {
        if (body[pos] != '!') {
            return -1;
        }
        pos++;
        if (pos >= body.length) {
            throw error("f-string: expecting '}'");
        }
        int c = body[pos++];
        if (c != 's' && c != 'r' && c != 'a') {
            throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        if (pos >= body.length) {
            throw error("f-string: expecting '}'");
        }
        return c;
    }

    private Expr formatSpec(int recurseLevel) {
        FStringParser spec = new FStringParser(this);
        spec.concat(recurseLevel + 1);
        pos = spec.pos;
        return spec.finish();
    }

    /**
     * Finds where the expression of a field ends: at '!', ':', '=' or '}' outside brackets and
     * strings (but not in {@code !=}, {@code ==}, {@code <=}, {@code >=}).
     */
    private int scanExpression() {
        int quote = 0;
        boolean triple = false;
        char[] parens = new char[200];
        int depth = 0;
        int end = body.length;
        for (; pos < end; pos++) {
            int ch = body[pos];
            if (ch == '\\') {
                throw error("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (ch == quote) {
                    if (!triple) {
                        quote = 0;
                    } else if (pos + 2 < end && body[pos + 1] == ch && body[pos + 2] == ch) {
                        pos += 2;
                        quote = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                triple = pos + 2 < end && body[pos + 1] == ch && body[pos + 2] == ch;
                if (triple) {
                    pos += 2;
                }
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= parens.length) {
                    throw error("f-string: too many nested parenthesis");
                }
                parens[depth++] = (char) ch;
            } else if (ch == '#') {
                throw error("f-string expression part cannot include '#'");
            } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (pos + 1 < end && body[pos + 1] == '=' && ch != ':' && ch != '}') {
                    pos++;
                    continue;
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) {
                    throw error("f-string: unmatched '" + (char) ch + "'");
                }
                char opening = parens[--depth];
                if (!(opening == '(' && ch == ')' || opening == '[' && ch == ']' || opening == '{' && ch == '}')) {
                    throw error("f-string: closing parenthesis '" + (char) ch
                            + "' does not match opening parenthesis '" + opening + "'");
                }
            }
        }
        if (quote != 0) {
            throw error("f-string: unterminated string");
        }
        if (depth != 0) {
            throw error("f-string: unmatched '" + parens[depth - 1] + "'");
        }
        if (pos >= end) {
            throw error("f-string: expecting '}'");
        }
        return pos;
    }

    /** Compare {@code fstring_compile_expr}: parses the field's expression where it stands in the source. */
    private Expr compile(int start, int end) {
        boolean blank = true;
        for (int i = start; i < end && blank; i++) {
            int c = body[i];
            blank = c == ' ' || c == '\t' || c == '\n' || c == '\f';
        }
        if (blank) {
            // CPython 3.11.7 names the conversion, spec or '=' that came too early
            int next = end < body.length ? body[end] : '}';
            if (next == '!' || next == ':' || next == '=') {
                throw error("f-string: expression required before '" + (char) next + "'");
            }
            throw error("f-string: empty expression not allowed");
        }
        return Parser.parseFStringExpression(ts, bodySource + start, bodySource + end);
    }
}
