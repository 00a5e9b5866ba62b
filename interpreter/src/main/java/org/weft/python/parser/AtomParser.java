package org.weft.python.parser;

import static org.weft.python.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import org.weft.python.ast.Comprehension;
import org.weft.python.ast.ConstantKind;
import org.weft.python.ast.Expr;
import org.weft.python.ast.ExprContext;
import org.weft.python.lexer.NumberValue;
import org.weft.python.lexer.Token;

/**
 * Atoms: names, literals, and the bracketed forms (tuples, groups, lists, dicts, sets and their
 * comprehensions). Compare CPython's {@code atom}, {@code group}, {@code tuple}, {@code list},
 * {@code dict}, {@code set} and {@code for_if_clauses} rules.
 */
final class AtomParser {
    private final Grammar g;
    private final TokenStream ts;

    AtomParser(Grammar g) {
        this.g = g;
        this.ts = g.ts;
    }

    Expr atom() {
        Token t = ts.peek();
        switch (t.type()) {
            case NAME:
                ts.next();
                return new Expr.Name(t.text(), ExprContext.Load, t.line(), t.col(), t.endLine(), t.endCol());
            case NUMBER:
                ts.next();
                return constant(NumberValue.of(t.text()), t);
            case STRING:
                return g.strings.strings();
            case TRUE:
            case FALSE:
                ts.next();
                return constant(t.type() == TRUE, t);
            case NONE:
                ts.next();
                return constant(ConstantKind.NONE, t);
            case ELLIPSIS:
                ts.next();
                return constant(ConstantKind.ELLIPSIS, t);
            case LPAR:
                return inBrackets(this::tupleGroupOrGenexp);
            case LSQB:
                return inBrackets(this::listOrListComp);
            case LBRACE:
                return inBrackets(this::dictOrSet);
            default:
                throw ts.invalidSyntax();
        }
    }

    private static Expr constant(Object value, Token t) {
        return new Expr.Constant(value, null, t.line(), t.col(), t.endLine(), t.endCol());
    }

    private Expr inBrackets(java.util.function.Supplier<Expr> rule) {
        g.depth++;
        Expr e = rule.get();
        g.depth--;
        return e;
    }

    private Expr tupleGroupOrGenexp() {
        Token s = ts.next();
        if (ts.accept(RPAR)) {
            return new Expr.Tuple(List.of(), ExprContext.Load, s.line(), s.col(), ts.prev().endLine(),
                    ts.prev().endCol());
        }
        if (ts.at(YIELD)) {
            Expr y = g.expressions.yieldExpr();
            ts.expect(RPAR);
            return y;
        }
        if (ts.at(DOUBLESTAR)) {
            Token star = ts.next();
            g.expressions.bitwiseOr();
            throw ts.error("cannot use double starred expression here", star);
        }
        Expr first = g.expressions.starNamedExpression();
        if (ts.at(FOR) || ts.at(ASYNC)) {
            checkComprehensionElement(first);
            List<Comprehension> gens = forIfClauses();
            ts.expect(RPAR);
            Token e = ts.prev();
            return new Expr.GeneratorExp(first, gens, s.line(), s.col(), e.endLine(), e.endCol());
        }
        if (ts.at(COMMA)) {
            List<Expr> elts = elements(first, RPAR);
            Token e = ts.expect(RPAR);
            return new Expr.Tuple(elts, ExprContext.Load, s.line(), s.col(), e.endLine(), e.endCol());
        }
        if (!ts.at(RPAR) && first instanceof Expr.Starred) {
            throw ts.invalidSyntax();
        }
        if (first instanceof Expr.Starred) {
            throw ts.error("cannot use starred expression here", first);
        }
        ts.expect(RPAR);
        return first;
    }

    /** The rest of a comma-separated display after its first element; stops before {@code close}. */
    private List<Expr> elements(Expr first, org.weft.python.lexer.TokenType close) {
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.accept(COMMA) && !ts.at(close)) {
            Expr e = g.expressions.starNamedExpression();
            if (ts.at(FOR) || ts.at(ASYNC)) {
                throw ts.error("did you forget parentheses around the comprehension target?", first, e);
            }
            elts.add(e);
        }
        return elts;
    }

    private Expr listOrListComp() {
        Token s = ts.next();
        if (ts.accept(RSQB)) {
            return new Expr.List(List.of(), ExprContext.Load, s.line(), s.col(), s.endLine(), ts.prev().endCol());
        }
        Expr first = g.expressions.starNamedExpression();
        if (ts.at(FOR) || ts.at(ASYNC)) {
            checkComprehensionElement(first);
            List<Comprehension> gens = forIfClauses();
            Token e = ts.expect(RSQB);
            return new Expr.ListComp(first, gens, s.line(), s.col(), e.endLine(), e.endCol());
        }
        List<Expr> elts = elements(first, RSQB);
        Token e = ts.expect(RSQB);
        return new Expr.List(elts, ExprContext.Load, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private void checkComprehensionElement(Expr elt) {
        if (elt instanceof Expr.Starred) {
            throw ts.error("iterable unpacking cannot be used in comprehension", elt);
        }
    }

    private Expr dictOrSet() {
        Token s = ts.next();
        if (ts.accept(RBRACE)) {
            Token e = ts.prev();
            return new Expr.Dict(List.of(), List.of(), s.line(), s.col(), e.endLine(), e.endCol());
        }
        if (ts.at(DOUBLESTAR)) {
            Token star = ts.peek();
            Expr mapping = doubleStarred();
            if (ts.at(FOR) || ts.at(ASYNC)) {
                throw ts.error("dict unpacking cannot be used in dict comprehension", star);
            }
            return dict(s, null, mapping);
        }
        Expr first = g.expressions.starNamedExpression();
        if (ts.accept(COLON)) {
            return dict(s, first, dictValue());
        }
        if (ts.at(FOR) || ts.at(ASYNC)) {
            checkComprehensionElement(first);
            List<Comprehension> gens = forIfClauses();
            Token e = ts.expect(RBRACE);
            return new Expr.SetComp(first, gens, s.line(), s.col(), e.endLine(), e.endCol());
        }
        List<Expr> elts = elements(first, RBRACE);
        Token e = ts.expect(RBRACE);
        return new Expr.Set(elts, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private Expr doubleStarred() {
        ts.expect(DOUBLESTAR);
        return g.expressions.bitwiseOr();
    }

    private Expr dictValue() {
        if (ts.at(RBRACE) || ts.at(COMMA)) {
            Token colon = ts.prev();
            throw ts.error("expression expected after dictionary key and ':'", colon);
        }
        if (ts.at(STAR)) {
            Token star = ts.peek();
            g.expressions.starred();
            throw ts.error("cannot use a starred expression in a dictionary value", star, ts.prev());
        }
        return g.expressions.expression();
    }

    /** A dict display or comprehension whose first entry ({@code key} null for {@code **}) is parsed. */
    private Expr dict(Token s, Expr key, Expr value) {
        if (ts.at(FOR) || ts.at(ASYNC)) {
            List<Comprehension> gens = forIfClauses();
            Token e = ts.expect(RBRACE);
            return new Expr.DictComp(key, value, gens, s.line(), s.col(), e.endLine(), e.endCol());
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        keys.add(key);
        values.add(value);
        while (ts.accept(COMMA) && !ts.at(RBRACE)) {
            if (ts.at(DOUBLESTAR)) {
                keys.add(null);
                values.add(doubleStarred());
                continue;
            }
            int saved = g.targets.dictKeyStart;
            g.targets.dictKeyStart = ts.mark();
            Expr k;
            try {
                k = g.expressions.expression();
            } finally {
                g.targets.dictKeyStart = saved;
            }
            if (!ts.accept(COLON)) {
                throw ts.error("':' expected after dictionary key", k.endLineno(), k.endColOffset() - 1,
                        k.endLineno(), -1);
            }
            keys.add(k);
            values.add(dictValue());
        }
        Token e = ts.expect(RBRACE);
        return new Expr.Dict(keys, values, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /** {@code for_if_clauses}: one or more {@code [async] for targets in disjunction (if disjunction)*}. */
    List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (ts.at(FOR) || ts.at(ASYNC) && ts.la(1).is(FOR)) {
            boolean isAsync = ts.accept(ASYNC);
            ts.expect(FOR);
            Expr target = g.targets.forTargets();
            ts.expect(IN);
            Expr iter = g.expressions.disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (ts.accept(IF)) {
                ifs.add(g.expressions.disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        if (gens.isEmpty()) {
            throw ts.invalidSyntax();
        }
        return gens;
    }
}
