package org.weft.python.compiler;

import java.util.List;

import org.weft.python.ast.Arg;
import org.weft.python.ast.Arguments;
import org.weft.python.ast.BoolOpKind;
import org.weft.python.ast.Comprehension;
import org.weft.python.ast.ConstantKind;
import org.weft.python.ast.Expr;
import org.weft.python.ast.Keyword;
import org.weft.python.ast.Operator;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/**
 * The text of an annotation under {@code from __future__ import annotations} (PEP 563): the
 * expression printed back from its tree, with the fewest parentheses its precedence needs, so
 * that {@code f.__annotations__} holds the same strings CPython stores.
 */
// CPython: _PyAST_ExprAsUnicode in Python/ast_unparse.c
final class AnnotationText {

    // Precedence levels, lowest first, as ast_unparse.c numbers them (PR_BOR equals PR_EXPR).
    private static final int TUPLE = 0;
    private static final int TEST = 1;
    private static final int OR = 2;
    private static final int AND = 3;
    private static final int NOT = 4;
    private static final int CMP = 5;
    private static final int EXPR = 6;
    private static final int BOR = EXPR;
    private static final int BXOR = 7;
    private static final int BAND = 8;
    private static final int SHIFT = 9;
    private static final int ARITH = 10;
    private static final int TERM = 11;
    private static final int FACTOR = 12;
    private static final int POWER = 13;
    private static final int AWAIT = 14;
    private static final int ATOM = 15;

    private final StringBuilder out = new StringBuilder();

    private AnnotationText() {
    }

    /** The annotation {@code e} as PEP 563 stores it. */
    static String of(Expr e) {
        AnnotationText t = new AnnotationText();
        t.expr(e, TEST);
        return t.out.toString();
    }

    private void open(boolean paren) {
        if (paren) {
            out.append('(');
        }
    }

    private void close(boolean paren) {
        if (paren) {
            out.append(')');
        }
    }

    private void expr(Expr e, int level) {
        if (e instanceof Expr.BoolOp b) {
            boolOp(b, level);
        } else if (e instanceof Expr.BinOp b) {
            binOp(b, level);
        } else if (e instanceof Expr.UnaryOp u) {
            unaryOp(u, level);
        } else if (e instanceof Expr.Lambda l) {
            lambda(l, level);
        } else if (e instanceof Expr.IfExp i) {
            ifExp(i, level);
        } else if (e instanceof Expr.Dict d) {
            dict(d);
        } else if (e instanceof Expr.Set s) {
            sequence("{", s.elts(), "}");
        } else if (e instanceof Expr.ListComp c) {
            comprehension("[", c.elt(), c.generators(), "]");
        } else if (e instanceof Expr.SetComp c) {
            comprehension("{", c.elt(), c.generators(), "}");
        } else if (e instanceof Expr.GeneratorExp g) {
            comprehension("(", g.elt(), g.generators(), ")");
        } else if (e instanceof Expr.DictComp c) {
            dictComp(c);
        } else if (e instanceof Expr.Await a) {
            prefixed("await ", a.value(), level > AWAIT, ATOM);
        } else if (e instanceof Expr.Yield y) {
            yieldExpr("(yield", y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            yieldExpr("(yield from", y.value());
        } else if (e instanceof Expr.Compare c) {
            compare(c, level);
        } else if (e instanceof Expr.Call c) {
            call(c);
        } else if (e instanceof Expr.FormattedValue f) {
            fString(List.of(f));
        } else if (e instanceof Expr.JoinedStr j) {
            fString(j.values());
        } else if (e instanceof Expr.Constant k) {
            constant(k);
        } else if (e instanceof Expr.Attribute a) {
            attribute(a);
        } else if (e instanceof Expr.Subscript s) {
            subscript(s);
        } else if (e instanceof Expr.Starred s) {
            prefixed("*", s.value(), false, EXPR);
        } else if (e instanceof Expr.Name n) {
            out.append(n.id());
        } else if (e instanceof Expr.List l) {
            sequence("[", l.elts(), "]");
        } else if (e instanceof Expr.Tuple t) {
            tuple(t, level);
        } else if (e instanceof Expr.Slice s) {
            slice(s);
        } else if (e instanceof Expr.NamedExpr n) {
            namedExpr(n, level);
        } else {
            throw new IllegalStateException("unknown expression " + e);
        }
    }

    private void boolOp(Expr.BoolOp b, int level) {
        int pr = b.op() == BoolOpKind.And ? AND : OR;
        String sep = b.op() == BoolOpKind.And ? " and " : " or ";
        open(level > pr);
        for (int i = 0; i < b.values().size(); i++) {
            if (i > 0) {
                out.append(sep);
            }
            expr(b.values().get(i), pr + 1);
        }
        close(level > pr);
    }

    private static int precedence(Operator op) {
        return switch (op) {
            case Add, Sub -> ARITH;
            case Mult, MatMult, Div, Mod, FloorDiv -> TERM;
            case LShift, RShift -> SHIFT;
            case BitOr -> BOR;
            case BitXor -> BXOR;
            case BitAnd -> BAND;
            case Pow -> POWER;
        };
    }

    private void binOp(Expr.BinOp b, int level) {
        int pr = precedence(b.op());
        int rightAssoc = b.op() == Operator.Pow ? 1 : 0;
        open(level > pr);
        expr(b.left(), pr + rightAssoc);
        out.append(' ').append(b.op().symbol()).append(' ');
        expr(b.right(), pr + 1 - rightAssoc);
        close(level > pr);
    }

    private void unaryOp(Expr.UnaryOp u, int level) {
        switch (u.op()) {
            case Invert -> prefixed("~", u.operand(), level > FACTOR, FACTOR);
            case Not -> prefixed("not ", u.operand(), level > NOT, NOT);
            case UAdd -> prefixed("+", u.operand(), level > FACTOR, FACTOR);
            case USub -> prefixed("-", u.operand(), level > FACTOR, FACTOR);
        }
    }

    private void prefixed(String prefix, Expr operand, boolean paren, int operandLevel) {
        open(paren);
        out.append(prefix);
        expr(operand, operandLevel);
        close(paren);
    }

    private void lambda(Expr.Lambda l, int level) {
        open(level > TEST);
        out.append("lambda");
        int start = out.length();
        arguments(l.args());
        if (out.length() > start) {
            out.insert(start, ' ');
        }
        out.append(": ");
        expr(l.body(), TEST);
        close(level > TEST);
    }

    // CPython: append_ast_args
    private void arguments(Arguments a) {
        List<Arg> positional = new java.util.ArrayList<>(a.posonlyargs());
        positional.addAll(a.args());
        int firstDefault = positional.size() - a.defaults().size();
        boolean first = true;
        for (int i = 0; i < positional.size(); i++) {
            first = comma(first);
            out.append(positional.get(i).arg());
            if (i >= firstDefault) {
                out.append('=');
                expr(a.defaults().get(i - firstDefault), TEST);
            }
            if (i + 1 == a.posonlyargs().size()) {
                out.append(", /");
            }
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            first = comma(first);
            out.append('*');
            if (a.vararg() != null) {
                out.append(a.vararg().arg());
            }
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            first = comma(first);
            out.append(a.kwonlyargs().get(i).arg());
            Expr d = a.kwDefaults().get(i);
            if (d != null) {
                out.append('=');
                expr(d, TEST);
            }
        }
        if (a.kwarg() != null) {
            comma(first);
            out.append("**").append(a.kwarg().arg());
        }
    }

    private boolean comma(boolean first) {
        if (!first) {
            out.append(", ");
        }
        return false;
    }

    private void ifExp(Expr.IfExp i, int level) {
        open(level > TEST);
        expr(i.body(), TEST + 1);
        out.append(" if ");
        expr(i.test(), TEST + 1);
        out.append(" else ");
        expr(i.orelse(), TEST);
        close(level > TEST);
    }

    private void dict(Expr.Dict d) {
        out.append('{');
        for (int i = 0; i < d.values().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            Expr k = d.keys().get(i);
            if (k == null) {
                out.append("**");
                expr(d.values().get(i), EXPR);
            } else {
                expr(k, TEST);
                out.append(": ");
                expr(d.values().get(i), TEST);
            }
        }
        out.append('}');
    }

    private void sequence(String open, List<Expr> elts, String close) {
        out.append(open);
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            expr(elts.get(i), TEST);
        }
        out.append(close);
    }

    private void comprehension(String open, Expr elt, List<Comprehension> generators, String close) {
        out.append(open);
        expr(elt, TEST);
        generators(generators);
        out.append(close);
    }

    private void dictComp(Expr.DictComp c) {
        out.append('{');
        expr(c.key(), TEST);
        out.append(": ");
        expr(c.value(), TEST);
        generators(c.generators());
        out.append('}');
    }

    private void generators(List<Comprehension> generators) {
        for (Comprehension g : generators) {
            out.append(g.isAsync() ? " async for " : " for ");
            expr(g.target(), TUPLE);
            out.append(" in ");
            expr(g.iter(), TEST + 1);
            for (Expr cond : g.ifs()) {
                out.append(" if ");
                expr(cond, TEST + 1);
            }
        }
    }

    private void yieldExpr(String keyword, Expr value) {
        out.append(keyword);
        if (value != null) {
            out.append(' ');
            expr(value, TEST);
        }
        out.append(')');
    }

    private void compare(Expr.Compare c, int level) {
        open(level > CMP);
        expr(c.left(), CMP + 1);
        for (int i = 0; i < c.ops().size(); i++) {
            out.append(' ').append(c.ops().get(i).symbol()).append(' ');
            expr(c.comparators().get(i), CMP + 1);
        }
        close(level > CMP);
    }

    private void call(Expr.Call c) {
        expr(c.func(), ATOM);
        if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Expr.GeneratorExp g) {
            expr(g, TEST); // f(x for x in y): the generator's own parentheses are the call's
            return;
        }
        out.append('(');
        boolean first = true;
        for (Expr a : c.args()) {
            first = comma(first);
            expr(a, TEST);
        }
        for (Keyword k : c.keywords()) {
            first = comma(first);
            if (k.arg() == null) {
                out.append("**");
            } else {
                out.append(k.arg()).append('=');
            }
            expr(k.value(), TEST);
        }
        out.append(')');
    }

    /** An f-string: its body rebuilt, then quoted as repr quotes a str. CPython: append_joinedstr. */
    private void fString(List<Expr> parts) {
        StringBuilder body = new StringBuilder();
        fStringBody(parts, body);
        out.append('f').append(repr(PyStr.of(body.toString())));
    }

    private static void fStringBody(List<Expr> parts, StringBuilder body) {
        for (Expr p : parts) {
            if (p instanceof Expr.Constant k && k.value() instanceof String s) {
                body.append(s.replace("{", "{{").replace("}", "}}"));
            } else if (p instanceof Expr.FormattedValue f) {
                String inner = of(f.value());
                body.append(inner.startsWith("{") ? "{ " : "{").append(inner);
                if (f.conversion() >= 0) {
                    body.append('!').appendCodePoint(f.conversion());
                }
                if (f.formatSpec() instanceof Expr.JoinedStr spec) {
                    body.append(':');
                    fStringBody(spec.values(), body);
                }
                body.append('}');
            }
        }
    }

    private void constant(Expr.Constant k) {
        if (k.value() == ConstantKind.ELLIPSIS) {
            out.append("...");
            return;
        }
        if ("u".equals(k.kind())) {
            out.append('u');
        }
        PyObject v = Constants.toPython(k.value());
        String text = repr(v);
        // An infinite float has no literal: CPython writes one that overflows to it.
        if (v instanceof PyFloat || k.value() instanceof org.weft.python.ast.Imaginary) {
            text = text.replace("inf", "1e309");
        }
        out.append(text);
    }

    private void attribute(Expr.Attribute a) {
        expr(a.value(), ATOM);
        // "1 .real": without the space the tokenizer would read "1." as a float.
        boolean intValue = a.value() instanceof Expr.Constant k
                && (k.value() instanceof Long || k.value() instanceof java.math.BigInteger);
        out.append(intValue ? " ." : ".").append(a.attr());
    }

    private void subscript(Expr.Subscript s) {
        expr(s.value(), ATOM);
        out.append('[');
        if (s.slice() instanceof Expr.Tuple t) {
            for (int i = 0; i < t.elts().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                expr(t.elts().get(i), TEST);
            }
            if (t.elts().size() == 1) {
                out.append(',');
            }
        } else {
            expr(s.slice(), TUPLE);
        }
        out.append(']');
    }

    private void tuple(Expr.Tuple t, int level) {
        if (t.elts().isEmpty()) {
            out.append("()");
            return;
        }
        open(level > TUPLE);
        for (int i = 0; i < t.elts().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            expr(t.elts().get(i), TEST);
        }
        if (t.elts().size() == 1) {
            out.append(',');
        }
        close(level > TUPLE);
    }

    private void slice(Expr.Slice s) {
        if (s.lower() != null) {
            expr(s.lower(), TEST);
        }
        out.append(':');
        if (s.upper() != null) {
            expr(s.upper(), TEST);
        }
        if (s.step() != null) {
            out.append(':');
            expr(s.step(), TEST);
        }
    }

    private void namedExpr(Expr.NamedExpr n, int level) {
        open(level > TUPLE);
        expr(n.target(), ATOM);
        out.append(" := ");
        expr(n.value(), ATOM);
        close(level > TUPLE);
    }

    private static String repr(PyObject v) {
        return Ops.repr(v).toString();
    }
}
