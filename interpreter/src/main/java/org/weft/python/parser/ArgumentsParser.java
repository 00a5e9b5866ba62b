package org.weft.python.parser;

import static org.weft.python.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import org.weft.python.ast.Arg;
import org.weft.python.ast.Arguments;
import org.weft.python.ast.Expr;
import org.weft.python.lexer.Token;
import org.weft.python.lexer.TokenType;

/**
 * Parameter lists of {@code def} and {@code lambda}: positional-only ({@code /}), defaults,
 * {@code *args}, keyword-only, {@code **kwargs}, and annotations (not in lambdas). Compare
 * CPython's {@code parameters}, {@code lambda_parameters} and {@code invalid_parameters} rules.
 */
final class ArgumentsParser {
    private final Grammar g;
    private final TokenStream ts;

    ArgumentsParser(Grammar g) {
        this.g = g;
        this.ts = g.ts;
    }

    /** {@code lambdef}: {@code 'lambda' [lambda_params] ':' expression}. */
    Expr lambdef() {
        Token s = ts.expect(LAMBDA);
        Arguments args = parameters(COLON, false);
        ts.expect(COLON);
        Expr body = g.expressions.expression();
        Token e = ts.prev();
        return new Expr.Lambda(args, body, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /** The parameters of {@code def name(...)}, parentheses included. */
    Arguments functionParameters() {
        ts.expect(LPAR);
        g.depth++;
        Arguments args = parameters(RPAR, true);
        g.depth--;
        ts.expect(RPAR);
        return args;
    }

    /** Collects parameters as they come, then checks their order with CPython's messages. */
    private final class Collector {
        final List<Arg> posonly = new ArrayList<>();
        final List<Arg> args = new ArrayList<>();
        final List<Expr> defaults = new ArrayList<>();
        final List<Arg> kwonly = new ArrayList<>();
        final List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg;
        Arg kwarg;
        boolean sawStar;
        boolean sawSlash;

        Arguments build() {
            return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
        }
    }

    private Arguments parameters(TokenType close, boolean annotations) {
        Collector c = new Collector();
        while (!ts.at(close)) {
            Token t = ts.peek();
            if (c.kwarg != null) {
                String msg = "arguments cannot follow var-keyword argument";
                throw t.is(NAME) ? ts.error(msg, param(annotations)) : ts.error(msg, t);
            }
            switch (t.type()) {
                case SLASH -> slash(c, close);
                case STAR -> star(c, close, annotations);
                case DOUBLESTAR -> doubleStar(c, annotations);
                case LPAR -> throw parenthesized(annotations);
                default -> plain(c, annotations);
            }
            if (!ts.accept(COMMA)) {
                break;
            }
        }
        return c.build();
    }

    private void slash(Collector c, TokenType close) {
        Token t = ts.next();
        if (c.sawSlash) {
            throw ts.error("/ may appear only once", t);
        }
        if (c.sawStar) {
            throw ts.error("/ must be ahead of *", t);
        }
        if (c.args.isEmpty()) {
            // CPython 3.11's invalid_parameters names this only when a comma follows the '/'
            throw ts.at(COMMA) ? ts.error("at least one argument must precede /", t) : ts.error("invalid syntax", t);
        }
        if (ts.at(STAR)) {
            throw ts.error("expected comma between / and *", ts.peek());
        }
        if (!ts.at(COMMA) && !ts.at(close)) {
            throw ts.invalidSyntax();
        }
        c.sawSlash = true;
        c.posonly.addAll(c.args);
        c.args.clear();
    }

    private void star(Collector c, TokenType close, boolean annotations) {
        Token t = ts.next();
        if (c.sawStar) {
            // CPython 3.11's invalid_star_etc: only a second '*' followed by a name or a comma
            boolean named = ts.at(COMMA) || ts.at(NAME);
            throw ts.error(named ? "* argument may appear only once" : "invalid syntax", t);
        }
        c.sawStar = true;
        if (ts.at(COMMA) || ts.at(close)) {
            boolean named = ts.at(COMMA) && !ts.la(1).is(close) && !ts.la(1).is(DOUBLESTAR);
            if (!named) {
                throw ts.error("named arguments must follow bare *", t);
            }
            return;
        }
        c.vararg = starParam(annotations);
        if (ts.at(EQUAL)) {
            throw ts.error("var-positional argument cannot have default value", ts.peek());
        }
    }

    private void doubleStar(Collector c, boolean annotations) {
        ts.next();
        c.kwarg = param(annotations);
        if (ts.at(EQUAL)) {
            throw ts.error("var-keyword argument cannot have default value", ts.peek());
        }
        if (ts.at(COMMA) && (ts.la(1).is(STAR) || ts.la(1).is(DOUBLESTAR) || ts.la(1).is(SLASH))) {
            ts.next();
            throw ts.error("arguments cannot follow var-keyword argument", ts.peek());
        }
    }

    private void plain(Collector c, boolean annotations) {
        Arg a = param(annotations);
        Expr dflt = null;
        if (ts.at(EQUAL)) {
            Token eq = ts.next();
            if (ts.at(COMMA) || ts.at(RPAR)) {
                throw ts.error("expected default value expression", eq);
            }
            dflt = g.expressions.expression();
        }
        if (c.sawStar) {
            c.kwonly.add(a);
            c.kwDefaults.add(dflt);
            return;
        }
        if (dflt != null) {
            c.defaults.add(dflt);
        } else if (!c.defaults.isEmpty()) {
            throw ts.error("non-default argument follows default argument", a);
        }
        c.args.add(a);
    }

    private SyntaxErrorException parenthesized(boolean annotations) {
        Token open = ts.next();
        while (ts.at(NAME) || ts.at(COMMA)) {
            ts.next();
        }
        if (ts.at(RPAR)) {
            return ts.error(annotations ? "Function parameters cannot be parenthesized"
                    : "Lambda expression parameters cannot be parenthesized", open, ts.peek());
        }
        return ts.invalidSyntax();
    }

    /** {@code NAME [':' expression]}; a lambda has no annotations. */
    private Arg param(boolean annotations) {
        Token name = ts.expect(NAME);
        Expr annotation = null;
        if (annotations && ts.accept(COLON)) {
            annotation = g.expressions.expression();
        }
        Token e = ts.prev();
        return new Arg(name.text(), annotation, name.line(), name.col(), e.endLine(), e.endCol());
    }

    /** The {@code *args} parameter, whose annotation may be starred ({@code *args: *Ts}, PEP 646). */
    private Arg starParam(boolean annotations) {
        Token name = ts.expect(NAME);
        Expr annotation = null;
        if (annotations && ts.accept(COLON)) {
            annotation = g.expressions.starExpression();
        }
        Token e = ts.prev();
        return new Arg(name.text(), annotation, name.line(), name.col(), e.endLine(), e.endCol());
    }
}
