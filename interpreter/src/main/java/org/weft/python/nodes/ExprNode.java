package org.weft.python.nodes;

import org.weft.python.runtime.PyObject;

/** An executable expression: {@link #execute} computes its value in a frame (never null). */
public abstract class ExprNode {

    public abstract PyObject execute(Frame f);
}
