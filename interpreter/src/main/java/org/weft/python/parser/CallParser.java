package org.weft.python.parser;

import static org.weft.python.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import org.weft.python.ast.Comprehension;
import org.weft.python.ast.Expr;
import org.weft.python.ast.ExprContext;
import org.weft.python.ast.Keyword;
import org.weft.python.lexer.Token;

/**
 * Call arguments and subscripts: the trailers of {@code primary}. Compare CPython's
 * {@code arguments}, {@code args}, {@code kwargs}, {@code slices} and {@code slice} rules and their
 * {@code invalid_arguments} / {@code invalid_kwarg} diagnostics.
 */
final class CallParser {
    private final Grammar g;
    private final TokenStream ts;

    CallParser(Grammar g) {
        this.g = g;
        this.ts = g.ts;
    }

    /** The parsed arguments of a call or class definition. */
    record Args(List<Expr> args, List<Keyword> keywords, boolean bareGenexp) {
    }

    /** Set when the argument just parsed was an unparenthesized generator expression. */
    private boolean sawBareGenexp;

    /** {@code func(...)}; {@code s} is where the primary started. */
    Expr call(Expr func, Token s) {
        Token open = ts.peek();
        Args a = parenthesizedArguments(true);
        Token e = ts.prev();
        if (a.bareGenexp) {
            Expr.GeneratorExp gen = (Expr.GeneratorExp) a.args.get(0);
            // f(x for x in y): the generator expression spans the call's parentheses.
            Expr wide = new Expr.GeneratorExp(gen.elt(), gen.generators(), open.line(), open.col(), e.endLine(),
                    e.endCol());
            return new Expr.Call(func, List.of(wide), a.keywords, s.line(), s.col(), e.endLine(), e.endCol());
        }
        return new Expr.Call(func, a.args, a.keywords, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /**
     * {@code '(' [arguments] ')'}. A bare generator expression is allowed as the sole argument of
     * a call ({@code allowGenexp}) but not in a class's bases.
     */
    Args parenthesizedArguments(boolean allowGenexp) {
        ts.expect(LPAR);
        g.depth++;
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        String misplaced = null;
        boolean sawDoubleStar = false;
        boolean bareGenexp = false;
        while (!ts.at(RPAR)) {
            Token t = ts.peek();
            if (t.is(STAR)) {
                if (sawDoubleStar) {
                    throw ts.error("iterable argument unpacking follows keyword argument unpacking", t);
                }
                args.add(starredArgument());
            } else if (t.is(DOUBLESTAR)) {
                ts.next();
                Expr value = g.expressions.expression();
                keywords.add(keyword(null, value, t));
                sawDoubleStar = true;
            } else if (isKeywordArgument()) {
                keywords.add(keywordArgument());
            } else {
                Expr arg = positional(allowGenexp, args.isEmpty() && keywords.isEmpty());
                bareGenexp = sawBareGenexp;
                if (!keywords.isEmpty() && misplaced == null) {
                    misplaced = sawDoubleStar ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument";
                }
                args.add(arg);
            }
            if (!ts.accept(COMMA)) {
                break;
            }
        }
        if (misplaced != null) {
            throw ts.error(misplaced, ts.peek());
        }
        ts.expect(RPAR);
        g.depth--;
        return new Args(args, keywords, bareGenexp);
    }

    private Expr starredArgument() {
        Token s = ts.next();
        Expr value = g.expressions.expression();
        Token e = ts.prev();
        Expr starred = new Expr.Starred(value, ExprContext.Load, s.line(), s.col(), e.endLine(), e.endCol());
        if (ts.at(FOR) || ts.at(ASYNC)) {
            // f(*a for a in b): CPython's invalid_comprehension rule
            throw ts.error("iterable unpacking cannot be used in comprehension", starred);
        }
        return starred;
    }

    private boolean isKeywordArgument() {
        Token t = ts.peek();
        return (t.is(NAME) || t.is(TRUE) || t.is(FALSE) || t.is(NONE)) && ts.la(1).is(EQUAL);
    }

    private Keyword keywordArgument() {
        Token name = ts.next();
        Token eq = ts.next();
        if (!name.is(NAME)) {
            throw ts.error("cannot assign to " + name.text(), name, eq);
        }
        Expr value = g.expressions.expression();
        if (ts.at(FOR) || ts.at(ASYNC)) {
            throw ts.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", name, eq);
        }
        return keyword(name.text(), value, name);
    }

    private Keyword keyword(String name, Expr value, Token s) {
        Token e = ts.prev();
        return new Keyword(name, value, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /** A positional argument, or a generator expression {@code x for x in y}. */
    private Expr positional(boolean allowGenexp, boolean first) {
        Token s = ts.peek();
        Expr arg = s.is(NAME) && ts.la(1).is(COLONEQUAL)
                ? g.expressions.assignmentExpression() : g.expressions.expression();
        if (ts.at(EQUAL)) {
            Token eq = ts.peek();
            throw ts.error("expression cannot contain assignment, perhaps you meant \"==\"?", arg, eq);
        }
        if (ts.at(COLONEQUAL)) {
            throw ts.invalidSyntax();
        }
        if (!ts.at(FOR) && !ts.at(ASYNC)) {
            sawBareGenexp = false;
            return arg;
        }
        if (!allowGenexp) {
            throw ts.error("invalid syntax", ts.peek());
        }
        List<Comprehension> gens = g.atoms.forIfClauses();
        Token e = ts.prev();
        if (!allowGenexp || !first || !ts.at(RPAR)) {
            throw ts.error("Generator expression must be parenthesized", arg, lastComprehensionItem(gens));
        }
        sawBareGenexp = true;
        return new Expr.GeneratorExp(arg, gens, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /** Compare CPython {@code _PyPegen_get_last_comprehension_item}. */
    private static Expr lastComprehensionItem(List<Comprehension> gens) {
        Comprehension last = gens.get(gens.size() - 1);
        return last.ifs().isEmpty() ? last.iter() : last.ifs().get(last.ifs().size() - 1);
    }

    /** {@code value[slices]}. */
    Expr subscript(Expr value, Token s) {
        ts.next();
        g.depth++;
        Expr slice = slices();
        g.depth--;
        Token e = ts.expect(RSQB);
        return new Expr.Subscript(value, slice, ExprContext.Load, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /** {@code slices}: one slice, or a tuple of slices and starred expressions. */
    private Expr slices() {
        Token s = ts.peek();
        Expr first = sliceOrStarred();
        if (!ts.at(COMMA) && !(first instanceof Expr.Starred)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.accept(COMMA) && !ts.at(RSQB)) {
            elts.add(sliceOrStarred());
        }
        Token e = ts.prev();
        return new Expr.Tuple(elts, ExprContext.Load, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private Expr sliceOrStarred() {
        if (ts.at(STAR)) {
            return g.expressions.starred();
        }
        Token s = ts.peek();
        Expr lower = null;
        if (!ts.at(COLON)) {
            lower = g.expressions.namedExpression();
            if (!ts.at(COLON)) {
                return lower;
            }
        }
        ts.expect(COLON);
        Expr upper = startsSliceBound() ? g.expressions.expression() : null;
        Expr step = null;
        if (ts.accept(COLON) && startsSliceBound()) {
            step = g.expressions.expression();
        }
        Token e = ts.prev();
        return new Expr.Slice(lower, upper, step, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private boolean startsSliceBound() {
        return ExpressionParser.startsExpression(ts.type());
    }
}
