package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.PyObject;

/** A constant, built once at compile time. */
public final class Const extends ExprNode {
    private final PyObject value;

    public Const(PyObject value) {
        this.value = value;
    }

    @Override
    public PyObject execute(Frame f) {
        return value;
    }

    public PyObject value() {
        return value;
    }
}
