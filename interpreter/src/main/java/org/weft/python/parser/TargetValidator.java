package org.weft.python.parser;

import static org.weft.python.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import org.weft.python.ast.CmpOp;
import org.weft.python.ast.ConstantKind;
import org.weft.python.ast.Expr;
import org.weft.python.ast.ExprContext;
import org.weft.python.lexer.Token;

/**
 * Assignment and deletion targets. Targets are parsed as expressions and then rebuilt here in
 * {@code Store} or {@code Del} context; anything that cannot be a target is reported with
 * CPython's message ("cannot assign to function call", "cannot delete literal", ...). Also the
 * diagnostics that CPython's second pass gives for misplaced {@code =} and missing commas.
 */
final class TargetValidator {
    /** What a target is for; decides messages as CPython's {@code TARGETS_TYPE} does. */
    enum Purpose { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS }

    private final Grammar g;
    private final TokenStream ts;
    /** Set while parsing ahead for a diagnostic, which must not itself diagnose. */
    private boolean speculating;
    /**
     * The token where a dict key after {@code key: value,} starts, or -1: an expression there
     * followed by another is "':' expected after dictionary key" in CPython (its first pass
     * memoized the key alone), not a missing comma.
     */
    int dictKeyStart = -1;

    TargetValidator(Grammar g) {
        this.g = g;
        this.ts = g.ts;
    }

    /** The target list of a {@code for} loop or comprehension, in Store context. */
    Expr forTargets() {
        Token s = ts.peek();
        Expr first = starTarget();
        if (!ts.at(COMMA)) {
            return toStore(first, Purpose.FOR_TARGETS);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.accept(COMMA) && (ExpressionParser.startsExpression(ts.type()) || ts.at(STAR))) {
            elts.add(starTarget());
        }
        Token e = ts.prev();
        return toStore(new Expr.Tuple(elts, ExprContext.Load, s.line(), s.col(), e.endLine(), e.endCol()),
                Purpose.FOR_TARGETS);
    }

    /** {@code star_target} as an expression (not yet in Store context). */
    Expr starTarget() {
        return ts.at(STAR) ? g.expressions.starred() : g.expressions.bitwiseOr();
    }

    /** {@code e} rebuilt in Store context, or the CPython error for its first invalid part. */
    Expr toStore(Expr e, Purpose purpose) {
        Expr bad = invalidTarget(e, purpose);
        if (bad != null) {
            throw ts.error("cannot assign to " + exprName(bad), bad);
        }
        return withContext(e, ExprContext.Store);
    }

    /** {@code e} rebuilt in Del context, or "cannot delete ...". */
    Expr toDel(Expr e) {
        Expr bad = invalidTarget(e, Purpose.DEL_TARGETS);
        if (bad != null) {
            throw ts.error("cannot delete " + exprName(bad), bad);
        }
        return withContext(e, ExprContext.Del);
    }

    /** Compare CPython {@code _PyPegen_get_invalid_target}. */
    static Expr invalidTarget(Expr e, Purpose purpose) {
        if (e instanceof Expr.List l) {
            return firstInvalid(l.elts(), purpose);
        } else if (e instanceof Expr.Tuple t) {
            return firstInvalid(t.elts(), purpose);
        } else if (e instanceof Expr.Starred s) {
            return purpose == Purpose.DEL_TARGETS ? e : invalidTarget(s.value(), purpose);
        } else if (e instanceof Expr.Compare c) {
            if (purpose == Purpose.FOR_TARGETS) {
                return c.ops().get(0) == CmpOp.In ? invalidTarget(c.left(), purpose) : null;
            }
            return e;
        } else if (e instanceof Expr.Name || e instanceof Expr.Subscript || e instanceof Expr.Attribute) {
            return null;
        }
        return e;
    }

    private static Expr firstInvalid(List<Expr> elts, Purpose purpose) {
        for (Expr x : elts) {
            Expr bad = invalidTarget(x, purpose);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** Rebuilds a valid target tree with a new context. */
    static Expr withContext(Expr e, ExprContext ctx) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.id(), ctx, n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset());
        } else if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.value(), a.attr(), ctx, a.lineno(), a.colOffset(), a.endLineno(),
                    a.endColOffset());
        } else if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.value(), s.slice(), ctx, s.lineno(), s.colOffset(), s.endLineno(),
                    s.endColOffset());
        } else if (e instanceof Expr.Starred s) {
            return new Expr.Starred(withContext(s.value(), ctx), ctx, s.lineno(), s.colOffset(), s.endLineno(),
                    s.endColOffset());
        } else if (e instanceof Expr.List l) {
            return new Expr.List(all(l.elts(), ctx), ctx, l.lineno(), l.colOffset(), l.endLineno(),
                    l.endColOffset());
        } else if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(all(t.elts(), ctx), ctx, t.lineno(), t.colOffset(), t.endLineno(),
                    t.endColOffset());
        }
        throw new IllegalStateException("not a target: " + e);
    }

    private static List<Expr> all(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            out.add(withContext(x, ctx));
        }
        return out;
    }

    /**
     * After {@code e} in a {@code named_expression} position comes {@code =}: CPython's
     * {@code invalid_named_expression} explains it ({@code if x = 1:}). {@code start} marks
     * where {@code e} began.
     */
    void checkMisusedEquals(Expr e, int start) {
        boolean bareName = e instanceof Expr.Name && ts.tokenAt(start).is(NAME);
        if (!bareName && !isBitwiseOrLevel(e, start)) {
            return;
        }
        int mark = ts.mark();
        ts.next();
        Expr rhs = g.expressions.bitwiseOr();
        if (ts.at(EQUAL) || ts.at(COLONEQUAL)) {
            ts.reset(mark);
            return;
        }
        if (bareName) {
            throw ts.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, rhs);
        }
        throw ts.error("cannot assign to " + exprName(e) + " here. Maybe you meant '==' instead of '='?", e);
    }

    /** True for an expression CPython's {@code bitwise_or} could have produced, excluding list/tuple/genexp atoms. */
    boolean isBitwiseOrLevel(Expr e, int start) {
        if (e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp
                || e instanceof Expr.Lambda || e instanceof Expr.NamedExpr
                || e instanceof Expr.UnaryOp u && u.op() == org.weft.python.ast.UnaryOpKind.Not
                        && ts.tokenAt(start).is(NOT)) {
            return false;
        }
        Token first = ts.tokenAt(start);
        if (first.is(YIELD)) {
            return false; // a bare yield: "assignment to yield expression not possible"
        }
        if (first.is(TRUE) || first.is(FALSE) || first.is(NONE)) {
            return !(e instanceof Expr.Constant);
        }
        if (first.is(LSQB) && e instanceof Expr.List || first.is(LPAR) && (e instanceof Expr.Tuple
                || e instanceof Expr.GeneratorExp)) {
            return false;
        }
        return true;
    }

    /**
     * CPython's {@code invalid_expression}: inside brackets, an expression directly followed by
     * another is reported as a missing comma. {@code start} marks where {@code a} began.
     */
    void checkMissingComma(Expr a, int start) {
        if (speculating || start == dictKeyStart || !ExpressionParser.startsExpression(ts.type()) || ts.at(LPAR)
                || ts.at(LSQB)) {
            return;
        }
        Token first = ts.tokenAt(start);
        boolean legacy = a instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))
                && first.is(NAME);
        if (legacy) {
            checkLegacyPrint(a);
            return;
        }
        if (g.depth == 0 || first.is(NAME) && (ts.tokenAt(start + 1).is(STRING) || isSoftKeyword(first.text()))) {
            return;
        }
        Expr b = speculate(() -> g.expressions.expression());
        if (b != null) {
            throw ts.error("invalid syntax. Perhaps you forgot a comma?", a, b);
        }
    }

    /** CPython's {@code invalid_legacy_expression}: {@code print "x"}. */
    private void checkLegacyPrint(Expr a) {
        String name = ((Expr.Name) a).id();
        Expr b = speculate(() -> g.expressions.starExpressions());
        if (b != null) {
            throw ts.error("Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?", a, b);
        }
    }

    /** Parses ahead without CPython's second-pass diagnostics; null (cursor unmoved) if that fails. */
    private Expr speculate(java.util.function.Supplier<Expr> rule) {
        int mark = ts.mark();
        int depth = g.depth;
        speculating = true;
        try {
            return rule.get();
        } catch (SyntaxErrorException e) {
            if (e.lexical) {
                throw e;
            }
            ts.reset(mark);
            g.depth = depth;
            return null;
        } finally {
            speculating = false;
        }
    }

    static boolean isSoftKeyword(String name) {
        return name.equals("match") || name.equals("case") || name.equals("_");
    }

    /** Compare CPython {@code _PyPegen_get_expr_name}. */
    static String exprName(Expr e) {
        if (e instanceof Expr.Attribute) {
            return "attribute";
        } else if (e instanceof Expr.Subscript) {
            return "subscript";
        } else if (e instanceof Expr.Starred) {
            return "starred";
        } else if (e instanceof Expr.Name) {
            return "name";
        } else if (e instanceof Expr.List) {
            return "list";
        } else if (e instanceof Expr.Tuple) {
            return "tuple";
        } else if (e instanceof Expr.Lambda) {
            return "lambda";
        } else if (e instanceof Expr.Call) {
            return "function call";
        } else if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) {
            return "expression";
        } else if (e instanceof Expr.GeneratorExp) {
            return "generator expression";
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return "yield expression";
        } else if (e instanceof Expr.Await) {
            return "await expression";
        } else if (e instanceof Expr.ListComp) {
            return "list comprehension";
        } else if (e instanceof Expr.SetComp) {
            return "set comprehension";
        } else if (e instanceof Expr.DictComp) {
            return "dict comprehension";
        } else if (e instanceof Expr.Dict) {
            return "dict literal";
        } else if (e instanceof Expr.Set) {
            return "set display";
        } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "f-string expression";
        } else if (e instanceof Expr.Constant c) {
            return constantName(c.value());
        } else if (e instanceof Expr.Compare) {
            return "comparison";
        } else if (e instanceof Expr.IfExp) {
            return "conditional expression";
        } else if (e instanceof Expr.NamedExpr) {
            return "named expression";
        }
        return "expression";
    }

    private static String constantName(Object v) {
        if (v == ConstantKind.NONE) {
            return "None";
        } else if (v == ConstantKind.ELLIPSIS) {
            return "ellipsis";
        } else if (Boolean.TRUE.equals(v)) {
            return "True";
        } else if (Boolean.FALSE.equals(v)) {
            return "False";
        }
        return "literal";
    }
}
