package org.weft.python.compiler;

import java.util.ArrayList;
import java.util.List;

import org.weft.python.ast.CmpOp;
import org.weft.python.ast.Expr;
import org.weft.python.ast.Keyword;
import org.weft.python.ast.Operator;
import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.expression.AddNode;
import org.weft.python.nodes.expression.BinaryNode;
import org.weft.python.nodes.expression.BinaryOp;
import org.weft.python.nodes.expression.BoolOpNode;
import org.weft.python.nodes.expression.CallGeneralNode;
import org.weft.python.nodes.expression.CallNode;
import org.weft.python.nodes.expression.ChainCompareNode;
import org.weft.python.nodes.expression.CompareNode;
import org.weft.python.nodes.expression.Const;
import org.weft.python.nodes.expression.ContainsNode;
import org.weft.python.nodes.expression.DisplayNodes;
import org.weft.python.nodes.expression.FStringNodes;
import org.weft.python.nodes.expression.GetAttrNode;
import org.weft.python.nodes.expression.GetItemNode;
import org.weft.python.nodes.expression.IdentityNode;
import org.weft.python.nodes.expression.IfExpNode;
import org.weft.python.nodes.expression.MethodCallNode;
import org.weft.python.nodes.expression.MulNode;
import org.weft.python.nodes.expression.NamedExprNode;
import org.weft.python.nodes.expression.NotNode;
import org.weft.python.nodes.expression.SliceNode;
import org.weft.python.nodes.expression.SubNode;
import org.weft.python.nodes.expression.UnaryNode;
import org.weft.python.nodes.generator.AsyncProtocolNode;
import org.weft.python.runtime.CompareOp;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.SourceSpan;

/** Turns expressions into executable nodes (CPython's {@code compiler_visit_expr}). */
final class ExpressionCompiler {
    private final Compiler c;

    ExpressionCompiler(Compiler c) {
        this.c = c;
    }

    ExprNode[] compileAll(List<Expr> es) {
        ExprNode[] r = new ExprNode[es.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = compile(es.get(i));
        }
        return r;
    }

    ExprNode compile(Expr e) {
        ExprNode node = compileUnplaced(e);
        // The expressions whose nodes record where an exception left them (see ExprNode.span):
        // those CPython's tracebacks most often underline.
        if (e instanceof Expr.Call || e instanceof Expr.Attribute || e instanceof Expr.Subscript
                || e instanceof Expr.BinOp || e instanceof Expr.Compare || e instanceof Expr.Name
                || e instanceof Expr.UnaryOp || e instanceof Expr.ListComp || e instanceof Expr.SetComp
                || e instanceof Expr.DictComp || e instanceof Expr.JoinedStr) {
            node.withSpan(span(e));
        }
        return node;
    }

    static SourceSpan span(Expr e) {
        return new SourceSpan(e.lineno(), e.colOffset(), e.endLineno(), e.endColOffset());
    }

    private ExprNode compileUnplaced(Expr e) {
        if (e instanceof Expr.Name n) {
            return c.names.read(n.id(), n);
        } else if (e instanceof Expr.Constant k) {
            return new Const(c.constants.canonical(Constants.toPython(k.value()), c.unit));
        } else if (e instanceof Expr.BinOp b) {
            PyObject folded = ConstantFolding.fold(b);
            if (folded != null) {
                return new Const(c.constants.canonical(folded, c.unit));
            }
            return binary(b.op(), compile(b.left()), compile(b.right()));
        } else if (e instanceof Expr.Attribute a) {
            return new GetAttrNode(compile(a.value()), c.attrName(a.attr()));
        } else if (e instanceof Expr.Call call) {
            return call(call);
        } else if (e instanceof Expr.Compare cmp) {
            return compare(cmp);
        } else if (e instanceof Expr.Subscript s) {
            return new GetItemNode(compile(s.value()), compile(s.slice()));
        } else if (e instanceof Expr.BoolOp b) {
            return new BoolOpNode(compileAll(b.values()), b.op() == org.weft.python.ast.BoolOpKind.And);
        } else if (e instanceof Expr.UnaryOp u) {
            PyObject folded = ConstantFolding.fold(u);
            return folded != null ? new Const(c.constants.canonical(folded, c.unit)) : unary(u);
        } else if (e instanceof Expr.Tuple t) {
            // CPython folds a tuple of constants into one constant (fold_tuple).
            PyObject folded = ConstantFolding.tuple(t.elts());
            return folded != null ? new Const(c.constants.canonical(folded, c.unit)) : DisplayNodes.tuple(elements(t.elts()));
        } else if (e instanceof Expr.List l) {
            return DisplayNodes.list(elements(l.elts()));
        }
        return compile2(e);
    }

    private ExprNode compile2(Expr e) {
        if (e instanceof Expr.Set s) {
            // CPython compiles a display of more than two constants to set().update(frozenset constant).
            org.weft.python.runtime.PyFrozenSet folded = s.elts().size() > 2 ? ConstantFolding.frozenset(s.elts()) : null;
            return folded != null ? DisplayNodes.constantSet(folded) : DisplayNodes.set(elements(s.elts()));
        } else if (e instanceof Expr.Dict d) {
            ExprNode[] keys = new ExprNode[d.keys().size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = d.keys().get(i) == null ? null : compile(d.keys().get(i));
            }
            return DisplayNodes.dict(keys, compileAll(d.values()));
        } else if (e instanceof Expr.IfExp i) {
            return new IfExpNode(compile(i.test()), compile(i.body()), compile(i.orelse()));
        } else if (e instanceof Expr.Slice s) {
            return new SliceNode(optional(s.lower()), optional(s.upper()), optional(s.step()));
        } else if (e instanceof Expr.JoinedStr j) {
            return FStringNodes.joined(compileAll(j.values()));
        } else if (e instanceof Expr.FormattedValue f) {
            return FStringNodes.formatted(compile(f.value()), f.conversion(), optional(f.formatSpec()));
        } else if (e instanceof Expr.NamedExpr n) {
            return new NamedExprNode(c.names.target(((Expr.Name) n.target()).id(), n), compile(n.value()));
        } else if (e instanceof Expr.Lambda l) {
            return c.functions.lambda(l);
        } else if (e instanceof Expr.ListComp || e instanceof Expr.SetComp || e instanceof Expr.DictComp
                || e instanceof Expr.GeneratorExp) {
            return c.functions.comprehension(e);
        } else if (e instanceof Expr.Starred s) {
            throw new CompileError("can't use starred expression here", s);
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom || e instanceof Expr.Await) {
            return c.yields.unlifted(e);
        }
        throw new CompileError("unsupported expression " + e.getClass().getSimpleName(), e);
    }

    private ExprNode optional(Expr e) {
        return e == null ? null : compile(e);
    }

    /** Display elements; a starred element is wrapped so the display unpacks it. */
    private ExprNode[] elements(List<Expr> elts) {
        ExprNode[] r = new ExprNode[elts.size()];
        for (int i = 0; i < r.length; i++) {
            Expr x = elts.get(i);
            r[i] = x instanceof Expr.Starred s ? DisplayNodes.starred(compile(s.value())) : compile(x);
        }
        return r;
    }

    static ExprNode binary(Operator op, ExprNode l, ExprNode r) {
        switch (op) {
            case Add: return new AddNode(l, r);
            case Sub: return new SubNode(l, r);
            case Mult: return new MulNode(l, r);
            default: return new BinaryNode(l, r, binaryOp(op));
        }
    }

    static BinaryOp binaryOp(Operator op) {
        switch (op) {
            case Add: return AddNode::add;
            case Sub: return SubNode::sub;
            case Mult: return MulNode::mul;
            case MatMult: return Ops::matmul;
            case Div: return Ops::truediv;
            case Mod: return Ops::mod;
            case Pow: return Ops::pow;
            case LShift: return Ops::lshift;
            case RShift: return Ops::rshift;
            case BitOr: return Ops::or;
            case BitXor: return Ops::xor;
            case BitAnd: return Ops::and;
            default: return Ops::floordiv;
        }
    }

    static BinaryOp inplaceOp(Operator op) {
        switch (op) {
            case Add: return Ops::iadd;
            case Sub: return Ops::isub;
            case Mult: return Ops::imul;
            case MatMult: return Ops::imatmul;
            case Div: return Ops::itruediv;
            case Mod: return Ops::imod;
            case Pow: return Ops::ipow;
            case LShift: return Ops::ilshift;
            case RShift: return Ops::irshift;
            case BitOr: return Ops::ior;
            case BitXor: return Ops::ixor;
            case BitAnd: return Ops::iand;
            default: return Ops::ifloordiv;
        }
    }

    private ExprNode unary(Expr.UnaryOp u) {
        ExprNode operand = compile(u.operand());
        switch (u.op()) {
            case Not: return new NotNode(operand);
            case USub: return new UnaryNode(operand, Ops::neg);
            case UAdd: return new UnaryNode(operand, Ops::pos);
            default: return new UnaryNode(operand, Ops::invert);
        }
    }

    private ExprNode compare(Expr.Compare cmp) {
        if (cmp.ops().size() == 1) {
            ExprNode l = compile(cmp.left());
            ExprNode r = compile(cmp.comparators().get(0));
            CmpOp op = cmp.ops().get(0);
            switch (op) {
                case Is: return new IdentityNode(l, r, false);
                case IsNot: return new IdentityNode(l, r, true);
                case In: return new ContainsNode(l, r, false);
                case NotIn: return new ContainsNode(l, r, true);
                default: return new CompareNode(l, richOp(op), r);
            }
        }
        ExprNode[] operands = new ExprNode[cmp.ops().size() + 1];
        operands[0] = compile(cmp.left());
        BinaryOp[] ops = new BinaryOp[cmp.ops().size()];
        for (int i = 0; i < ops.length; i++) {
            operands[i + 1] = compile(cmp.comparators().get(i));
            ops[i] = compareOp(cmp.ops().get(i));
        }
        return new ChainCompareNode(operands, ops);
    }

    static CompareOp richOp(CmpOp op) {
        switch (op) {
            case Lt: return CompareOp.LT;
            case LtE: return CompareOp.LE;
            case Eq: return CompareOp.EQ;
            case NotEq: return CompareOp.NE;
            case Gt: return CompareOp.GT;
            default: return CompareOp.GE;
        }
    }

    static BinaryOp compareOp(CmpOp op) {
        switch (op) {
            case Is: return (a, b) -> PyBool.of(a == b);
            case IsNot: return (a, b) -> PyBool.of(a != b);
            case In: return (a, b) -> PyBool.of(Ops.contains(b, a));
            case NotIn: return (a, b) -> PyBool.of(!Ops.contains(b, a));
            default:
                CompareOp rich = richOp(op);
                return (a, b) -> CompareNode.compare(a, rich, b);
        }
    }

    // ---- calls

    private ExprNode call(Expr.Call call) {
        if (call.func() instanceof Expr.Constant k && k.value() instanceof AsyncProtocolNode.Op op) {
            return new AsyncProtocolNode(op, compileAll(call.args()));
        }
        boolean simple = call.keywords().isEmpty();
        for (Expr a : call.args()) {
            if (a instanceof Expr.Starred) {
                simple = false;
            }
        }
        if (simple && call.func() instanceof Expr.Attribute a && call.args().size() <= 254) {
            return new MethodCallNode(compile(a.value()), c.attrName(a.attr()), compileAll(call.args())).withAttributeSpan(span(a));
        }
        if (simple) {
            return new CallNode(compile(call.func()), compileAll(call.args()));
        }
        return general(call);
    }

    private ExprNode general(Expr.Call call) {
        ExprNode func = compile(call.func());
        ExprNode[] args = elements(call.args());
        List<String> names = new ArrayList<>();
        List<ExprNode> values = new ArrayList<>();
        for (Keyword k : call.keywords()) {
            if (k.arg() != null && names.contains(k.arg())) {
                throw new CompileError("keyword argument repeated: " + k.arg(), k);
            }
            names.add(k.arg());
            values.add(compile(k.value()));
        }
        return new CallGeneralNode(func, args, names.toArray(new String[0]), values.toArray(new ExprNode[0]));
    }

    /**
     * The iterable of a {@code for} loop or a comprehension: a set display of constants is the
     * frozenset constant CPython's optimizer makes of it (fold_iter), which decides the order.
     */
    ExprNode iterable(Expr e) {
        if (e instanceof Expr.Set s) {
            org.weft.python.runtime.PyFrozenSet folded = ConstantFolding.frozenset(s.elts());
            if (folded != null) {
                return new Const(folded);
            }
        }
        return compile(e);
    }

    /** For statement compilers: a constant's Python value when {@code e} is a constant, else null. */
    static PyObject constantValue(Expr e) {
        return e instanceof Expr.Constant k ? Constants.toPython(k.value()) : null;
    }
}
