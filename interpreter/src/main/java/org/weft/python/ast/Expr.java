package org.weft.python.ast;

import java.util.ArrayList;
import java.util.Collections;

/**
 * An expression: CPython's {@code ast.expr}. {@code java.util.List} is spelled out in this file
 * because the nested {@link Expr.List} (a list display) shadows the simple name.
 */
public sealed interface Expr extends Located {

    /** {@code a and b and c} is one {@code BoolOp} with three values. */
    record BoolOp(BoolOpKind op, java.util.List<Expr> values,
                  int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public BoolOp {
            values = java.util.List.copyOf(values);
        }
    }

    /** {@code target := value}; the target is a {@link Name} in {@code Store} context. */
    record NamedExpr(Expr target, Expr value,
                     int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record BinOp(Expr left, Operator op, Expr right,
                 int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record UnaryOp(UnaryOpKind op, Expr operand,
                   int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Lambda(Arguments args, Expr body,
                  int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code body if test else orelse}. */
    record IfExp(Expr test, Expr body, Expr orelse,
                 int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** A dict display; a {@code null} key marks a {@code **mapping} entry whose value is the mapping. */
    record Dict(java.util.List<Expr> keys, java.util.List<Expr> values,
                int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public Dict {
            keys = Collections.unmodifiableList(new ArrayList<>(keys));
            values = java.util.List.copyOf(values);
        }
    }

    record Set(java.util.List<Expr> elts,
               int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public Set {
            elts = java.util.List.copyOf(elts);
        }
    }

    record ListComp(Expr elt, java.util.List<Comprehension> generators,
                    int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public ListComp {
            generators = java.util.List.copyOf(generators);
        }
    }

    record SetComp(Expr elt, java.util.List<Comprehension> generators,
                   int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public SetComp {
            generators = java.util.List.copyOf(generators);
        }
    }

    record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators,
                    int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public DictComp {
            generators = java.util.List.copyOf(generators);
        }
    }

    record GeneratorExp(Expr elt, java.util.List<Comprehension> generators,
                        int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public GeneratorExp {
            generators = java.util.List.copyOf(generators);
        }
    }

    record Await(Expr value,
                 int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code value} is null for a bare {@code yield}. */
    record Yield(Expr value,
                 int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record YieldFrom(Expr value,
                     int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code a < b <= c}: {@code left=a, ops=[Lt, LtE], comparators=[b, c]}. */
    record Compare(Expr left, java.util.List<CmpOp> ops, java.util.List<Expr> comparators,
                   int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public Compare {
            ops = java.util.List.copyOf(ops);
            comparators = java.util.List.copyOf(comparators);
        }
    }

    /** {@code *x} arguments are {@link Starred} in {@code args}; {@code **x} is a keyword with null name. */
    record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords,
                int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public Call {
            args = java.util.List.copyOf(args);
            keywords = java.util.List.copyOf(keywords);
        }
    }

    /**
     * One replacement field of an f-string. {@code conversion} is -1 (none) or the code point of
     * {@code 's'}, {@code 'r'} or {@code 'a'}; {@code formatSpec} is null or a {@link JoinedStr}.
     */
    record FormattedValue(Expr value, int conversion, Expr formatSpec,
                          int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** An f-string: {@link Constant} string parts and {@link FormattedValue}s. */
    record JoinedStr(java.util.List<Expr> values,
                     int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public JoinedStr {
            values = java.util.List.copyOf(values);
        }
    }

    /**
     * A literal. {@code value} is described in the package documentation; {@code kind} is
     * {@code "u"} for a {@code u"..."} string and null otherwise, as CPython.
     */
    record Constant(Object value, String kind,
                    int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Attribute(Expr value, String attr, ExprContext ctx,
                     int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code value[slice]}; a multi-dimensional slice is a {@link Tuple}. */
    record Subscript(Expr value, Expr slice, ExprContext ctx,
                     int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Starred(Expr value, ExprContext ctx,
                   int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Name(String id, ExprContext ctx,
                int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** A list display (or list target). */
    record List(java.util.List<Expr> elts, ExprContext ctx,
                int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public List {
            elts = java.util.List.copyOf(elts);
        }
    }

    record Tuple(java.util.List<Expr> elts, ExprContext ctx,
                 int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
        public Tuple {
            elts = java.util.List.copyOf(elts);
        }
    }

    /** {@code lower:upper:step} inside a subscript; each part may be null. */
    record Slice(Expr lower, Expr upper, Expr step,
                 int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }
}
