package org.weft.python.compiler;

import java.util.List;

import org.weft.python.ast.Expr;
import org.weft.python.ast.Operator;
import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.nodes.controlflow.AugAssignNodes;
import org.weft.python.nodes.expression.AttributeTarget;
import org.weft.python.nodes.expression.BinaryOp;
import org.weft.python.nodes.expression.SubscriptTarget;
import org.weft.python.nodes.expression.UnpackTarget;
import org.weft.python.nodes.local.LocalRead;

/** Turns assignment and deletion targets into {@link TargetNode}s, with CPython's starred-target errors. */
final class TargetCompiler {
    private final Compiler c;

    TargetCompiler(Compiler c) {
        this.c = c;
    }

    TargetNode compile(Expr e) {
        if (e instanceof Expr.Name n) {
            return c.names.target(n.id(), n);
        } else if (e instanceof Expr.Attribute a) {
            return new AttributeTarget(c.exprs.compile(a.value()), c.attrName(a.attr())).withSpan(ExpressionCompiler.span(e));
        } else if (e instanceof Expr.Subscript s) {
            return new SubscriptTarget(c.exprs.compile(s.value()), c.exprs.compile(s.slice())).withSpan(ExpressionCompiler.span(e));
        } else if (e instanceof Expr.Tuple t) {
            return unpack(t.elts(), e);
        } else if (e instanceof Expr.List l) {
            return unpack(l.elts(), e);
        } else if (e instanceof Expr.Starred s) {
            throw new CompileError("starred assignment target must be in a list or tuple", s);
        }
        throw new CompileError("cannot assign to expression", e);
    }

    // CPython: unpack_helper in compile.c
    private TargetNode unpack(List<Expr> elts, Expr where) {
        TargetNode[] ts = new TargetNode[elts.size()];
        int star = -1;
        for (int i = 0; i < ts.length; i++) {
            Expr x = elts.get(i);
            if (x instanceof Expr.Starred s) {
                if (star >= 0) {
                    throw new CompileError("multiple starred expressions in assignment", where); // the whole target
                }
                if (i >= (1 << 8) || ts.length - i - 1 >= (1 << 24)) {
                    throw new CompileError("too many expressions in star-unpacking assignment", where);
                }
                star = i;
                ts[i] = compile(s.value());
            } else {
                ts[i] = compile(x);
            }
        }
        return new UnpackTarget(ts, star).withSpan(ExpressionCompiler.span(where));
    }

    /** {@code target op= value}: reads, operates in place, stores, evaluating sub-expressions once. */
    StmtNode augAssign(int line, Expr e, Operator operator, ExprNode value) {
        BinaryOp op = ExpressionCompiler.inplaceOp(operator);
        if (e instanceof Expr.Name n) {
            ExprNode read = c.names.read(n.id(), n);
            if (read instanceof LocalRead local) {
                int sign = operator == Operator.Add ? 1 : operator == Operator.Sub ? -1 : 0;
                return new AugAssignNodes.Local(line, local, op, sign, value);
            }
            return new AugAssignNodes.Name(line, read, c.names.target(n.id(), n), op, value);
        } else if (e instanceof Expr.Attribute a) {
            return new AugAssignNodes.Attr(line, c.exprs.compile(a.value()), c.attrName(a.attr()), op, value);
        } else if (e instanceof Expr.Subscript s) {
            return new AugAssignNodes.Item(line, c.exprs.compile(s.value()), c.exprs.compile(s.slice()), op, value);
        }
        throw new CompileError("'" + describe(e) + "' is an illegal expression for augmented assignment", e);
    }

    private static String describe(Expr e) {
        if (e instanceof Expr.Tuple) {
            return "tuple";
        }
        if (e instanceof Expr.List) {
            return "list";
        }
        return "expression";
    }
}
