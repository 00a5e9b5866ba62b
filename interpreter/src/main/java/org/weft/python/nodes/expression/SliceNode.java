package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PySlice;

/** {@code lower:upper:step} inside a subscript: makes a slice object. */
public final class SliceNode extends ExprNode {
    private final ExprNode lower;
    private final ExprNode upper;
    private final ExprNode step;

    public SliceNode(ExprNode lower, ExprNode upper, ExprNode step) {
        this.lower = lower;
        this.upper = upper;
        this.step = step;
    }

    @Override
    public PyObject execute(Frame f) {
        PyObject lo = lower == null ? PyNone.NONE : lower.execute(f);
        PyObject hi = upper == null ? PyNone.NONE : upper.execute(f);
        PyObject st = step == null ? PyNone.NONE : step.execute(f);
        return new PySlice(lo, hi, st);
    }
}
