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
        PyObject v = null;
        int last = values.length - 1;
        for (int i = 0; i < last; i++) {
            v = values[i].execute(f);
            if (Truth.isTrue(v) != isAnd) {
                return v;
            }
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
