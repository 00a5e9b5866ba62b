package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyObject;

/** {@code a in b} and {@code a not in b}. */
public final class ContainsNode extends ExprNode {
    private final ExprNode left;
    private final ExprNode right;
    private final boolean negate;

    public ContainsNode(ExprNode left, ExprNode right, boolean negate) {
        this.left = left;
        this.right = right;
        this.negate = negate;
    }

    @Override
    public PyObject execute(Frame f) {
        try {
            PyObject item = left.execute(f);
            return PyBool.of(Ops.contains(right.execute(f), item) != negate);
        } catch (PyException e) {
            throw e.at(f, span); // the innermost expression is what a traceback underlines
        }
    }

    @Override
    public boolean isTrue(Frame f) {
        try {
            PyObject item = left.execute(f);
            return Ops.contains(right.execute(f), item) != negate;
        } catch (PyException e) {
            throw e.at(f, span); // the innermost expression is what a traceback underlines
        }
    }
}
