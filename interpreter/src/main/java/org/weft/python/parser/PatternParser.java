package org.weft.python.parser;

import static org.weft.python.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import org.weft.python.ast.ConstantKind;
import org.weft.python.ast.Expr;
import org.weft.python.ast.ExprContext;
import org.weft.python.ast.Imaginary;
import org.weft.python.ast.Operator;
import org.weft.python.ast.Pattern;
import org.weft.python.ast.UnaryOpKind;
import org.weft.python.lexer.Token;

/**
 * {@code case} patterns: literal, capture, wildcard, value, group, sequence, star, mapping, class,
 * or- and as-patterns. Compare CPython's {@code patterns} ... {@code keyword_pattern} rules.
 */
final class PatternParser {
    private final Grammar g;
    private final TokenStream ts;

    PatternParser(Grammar g) {
        this.g = g;
        this.ts = g.ts;
    }

    /** {@code patterns}: an open sequence pattern {@code a, *b} or one pattern. */
    Pattern patterns() {
        Token s = ts.peek();
        Pattern first = maybeStarPattern();
        if (!ts.at(COMMA)) {
            if (first instanceof Pattern.MatchStar) {
                throw ts.invalidSyntax();
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (ts.accept(COMMA) && !ts.at(COLON) && !ts.at(IF)) {
            items.add(maybeStarPattern());
        }
        Token e = ts.prev();
        return new Pattern.MatchSequence(items, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private Pattern maybeStarPattern() {
        if (!ts.at(STAR)) {
            return pattern();
        }
        Token s = ts.next();
        Token name = ts.expect(NAME);
        Token e = ts.prev();
        return new Pattern.MatchStar(name.text().equals("_") ? null : name.text(), s.line(), s.col(), e.endLine(),
                e.endCol());
    }

    /** {@code pattern}: an or-pattern, optionally {@code as name}. */
    Pattern pattern() {
        Token s = ts.peek();
        Pattern p = orPattern();
        if (!ts.accept(AS)) {
            return p;
        }
        Token t = ts.peek();
        if (t.isName("_")) {
            throw ts.error("cannot use '_' as a target", t);
        }
        if (!t.is(NAME)) {
            Expr bad = g.expressions.expression();
            throw ts.error("invalid pattern target", bad);
        }
        ts.next();
        if (ts.at(DOT) || ts.at(LPAR) || ts.at(EQUAL)) {
            throw ts.invalidSyntax();
        }
        Token e = ts.prev();
        return new Pattern.MatchAs(p, t.text(), s.line(), s.col(), e.endLine(), e.endCol());
    }

    private Pattern orPattern() {
        Token s = ts.peek();
        Pattern first = closedPattern();
        if (!ts.at(VBAR)) {
            return first;
        }
        List<Pattern> alternatives = new ArrayList<>();
        alternatives.add(first);
        while (ts.accept(VBAR)) {
            alternatives.add(closedPattern());
        }
        Token e = ts.prev();
        return new Pattern.MatchOr(alternatives, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private Pattern closedPattern() {
        Token s = ts.peek();
        switch (s.type()) {
            case NUMBER, MINUS, STRING: {
                Expr value = literalExpr();
                return new Pattern.MatchValue(value, s.line(), s.col(), value.endLineno(), value.endColOffset());
            }
            case NONE, TRUE, FALSE: {
                ts.next();
                Object v = s.is(NONE) ? ConstantKind.NONE : Boolean.valueOf(s.is(TRUE));
                return new Pattern.MatchSingleton(v, s.line(), s.col(), s.endLine(), s.endCol());
            }
            case NAME: return namePattern();
            case LPAR: return groupOrSequence();
            case LSQB: return sequence();
            case LBRACE: return mapping();
            default: throw ts.invalidSyntax();
        }
    }

    /** Capture, wildcard, value ({@code a.b}) or class ({@code C(...)}) pattern. */
    private Pattern namePattern() {
        Token s = ts.peek();
        Expr nameOrAttr = nameOrAttr();
        if (ts.at(LPAR)) {
            return classPattern(s, nameOrAttr);
        }
        if (nameOrAttr instanceof Expr.Attribute) {
            return new Pattern.MatchValue(nameOrAttr, s.line(), s.col(), s.endLine(), ts.prev().endCol());
        }
        if (ts.at(EQUAL)) {
            throw ts.invalidSyntax();
        }
        String name = s.text().equals("_") ? null : s.text();
        return new Pattern.MatchAs(null, name, s.line(), s.col(), s.endLine(), s.endCol());
    }

    private Expr nameOrAttr() {
        Token s = ts.expect(NAME);
        Expr e = new Expr.Name(s.text(), ExprContext.Load, s.line(), s.col(), s.endLine(), s.endCol());
        while (ts.accept(DOT)) {
            Token attr = ts.expect(NAME);
            e = new Expr.Attribute(e, attr.text(), ExprContext.Load, s.line(), s.col(), attr.endLine(),
                    attr.endCol());
        }
        return e;
    }

    /** {@code literal_expr}: a signed number, a complex literal {@code 1+2j}, or strings. */
    private Expr literalExpr() {
        Token s = ts.peek();
        if (s.is(STRING)) {
            return g.strings.strings();
        }
        if (s.is(NONE) || s.is(TRUE) || s.is(FALSE)) {
            ts.next();
            Object v = s.is(NONE) ? ConstantKind.NONE : Boolean.valueOf(s.is(TRUE));
            return new Expr.Constant(v, null, s.line(), s.col(), s.endLine(), s.endCol());
        }
        Expr real = signedNumber();
        if (!ts.at(PLUS) && !ts.at(MINUS)) {
            return real;
        }
        Operator op = ts.next().is(PLUS) ? Operator.Add : Operator.Sub;
        Expr imag = number();
        if (valueOf(real) instanceof Imaginary) {
            throw ts.error("real number required in complex literal", real);
        }
        if (!(((Expr.Constant) imag).value() instanceof Imaginary)) {
            throw ts.error("imaginary number required in complex literal", imag);
        }
        Token e = ts.prev();
        return new Expr.BinOp(real, op, imag, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private static Object valueOf(Expr signed) {
        Expr e = signed instanceof Expr.UnaryOp u ? u.operand() : signed;
        return ((Expr.Constant) e).value();
    }

    private Expr signedNumber() {
        if (!ts.at(MINUS)) {
            return number();
        }
        Token s = ts.next();
        Expr n = number();
        return new Expr.UnaryOp(UnaryOpKind.USub, n, s.line(), s.col(), n.endLineno(), n.endColOffset());
    }

    private Expr number() {
        if (!ts.at(NUMBER)) {
            throw ts.invalidSyntax();
        }
        return g.atoms.atom();
    }

    private Pattern groupOrSequence() {
        Token s = ts.next();
        if (ts.accept(RPAR)) {
            return new Pattern.MatchSequence(List.of(), s.line(), s.col(), s.endLine(), ts.prev().endCol());
        }
        Pattern first = maybeStarPattern();
        if (!ts.at(COMMA)) {
            if (first instanceof Pattern.MatchStar) {
                throw ts.invalidSyntax();
            }
            ts.expect(RPAR);
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (ts.accept(COMMA) && !ts.at(RPAR)) {
            items.add(maybeStarPattern());
        }
        Token e = ts.expect(RPAR);
        return new Pattern.MatchSequence(items, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private Pattern sequence() {
        Token s = ts.next();
        List<Pattern> items = new ArrayList<>();
        while (!ts.at(RSQB)) {
            items.add(maybeStarPattern());
            if (!ts.accept(COMMA)) {
                break;
            }
        }
        Token e = ts.expect(RSQB);
        return new Pattern.MatchSequence(items, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private Pattern mapping() {
        Token s = ts.next();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!ts.at(RBRACE)) {
            if (ts.accept(DOUBLESTAR)) {
                rest = captureTarget();
                ts.accept(COMMA);
                break;
            }
            keys.add(ts.at(NAME) ? attr() : literalExpr());
            ts.expect(COLON);
            values.add(pattern());
            if (!ts.accept(COMMA)) {
                break;
            }
        }
        Token e = ts.expect(RBRACE);
        return new Pattern.MatchMapping(keys, values, rest, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /** A dotted name used as a value ({@code attr}): at least one dot. */
    private Expr attr() {
        Expr e = nameOrAttr();
        if (!(e instanceof Expr.Attribute)) {
            throw ts.invalidSyntax();
        }
        return e;
    }

    private String captureTarget() {
        Token t = ts.expect(NAME);
        if (t.text().equals("_")) {
            throw ts.error("invalid syntax", t);
        }
        return t.text();
    }

    private Pattern classPattern(Token s, Expr cls) {
        ts.expect(LPAR);
        List<Pattern> positional = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        List<Pattern> misplaced = new ArrayList<>();
        while (!ts.at(RPAR)) {
            if (ts.at(NAME) && ts.la(1).is(EQUAL)) {
                kwdAttrs.add(ts.next().text());
                ts.next();
                kwdPatterns.add(pattern());
            } else if (kwdAttrs.isEmpty()) {
                positional.add(pattern());
            } else {
                misplaced.add(pattern());
            }
            if (!ts.accept(COMMA)) {
                break;
            }
        }
        if (!misplaced.isEmpty()) {
            throw ts.error("positional patterns follow keyword patterns", misplaced.get(0),
                    misplaced.get(misplaced.size() - 1));
        }
        Token e = ts.expect(RPAR);
        return new Pattern.MatchClass(cls, positional, kwdAttrs, kwdPatterns, s.line(), s.col(), e.endLine(),
                e.endCol());
    }
}
