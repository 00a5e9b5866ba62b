package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.PyObject;

/** {@code a and b and c} / {@code a or b or c}: short-circuits and returns the deciding operand. */
public final class BoolOpNode extends ExprNode {
    private final ExprNode[] values;
    private final boolean isAnd;

    public BoolOpNode(ExprNode[] values, boolean isAnd) {
        this.values = values;
        this.isAnd = isAnd;
    }

    @Override
    public PyObject execute(Frame f) {
        return evaluate(f, null);
    }

    /**
     * The operation's value. An operand that is itself an and/or hands back, with its value, the
     * truth it already found for it (when it stopped early), and that truth is not asked again:
     * CPython's jump threading takes {@code a and b or c} to the end directly when {@code a} is
     * false. When {@code known} is given, the truth found for the value returned is stored in it
     * (1 true, 2 false; left 0 when nobody asked).
     */
    // CPython: compiler_boolop in compile.c, with the jump-to-jump threading of optimize_basic_block
    private PyObject evaluate(Frame f, byte[] known) {
        int last = values.length - 1;
        byte[] inner = null;
        for (int i = 0; i < last; i++) {
            PyObject v;
            boolean truth;
            if (values[i] instanceof BoolOpNode nested) {
                if (inner == null) {
                    inner = new byte[1];
                } else {
                    inner[0] = 0;
                }
                v = nested.evaluate(f, inner);
                truth = inner[0] == 0 ? Truth.isTrue(v) : inner[0] == 1;
            } else {
                v = values[i].execute(f);
                truth = Truth.isTrue(v);
            }
            if (truth != isAnd) {
                if (known != null) {
                    known[0] = (byte) (truth ? 1 : 2);
                }
                return v;
            }
        }
        if (known != null && values[last] instanceof BoolOpNode nested) {
            return nested.evaluate(f, known);
        }
        return values[last].execute(f);
    }

    // CPython: compiler_jump_if in compile.c, for a BoolOp: every operand's truth, once each.
    @Override
    public boolean isTrue(Frame f) {
        for (ExprNode v : values) {
            if (v.isTrue(f) != isAnd) {
                return !isAnd;
            }
        }
        return isAnd;
    }
}
