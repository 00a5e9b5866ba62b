package org.weft.python.nodes.expression;

import org.weft.python.runtime.PyObject;

/** A binary operation on two values, e.g. {@code Ops::lshift}. */
@FunctionalInterface
public interface BinaryOp {
    PyObject apply(PyObject a, PyObject b);
}
