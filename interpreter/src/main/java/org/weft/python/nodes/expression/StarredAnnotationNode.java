package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyObject;

/**
 * The annotation of {@code *args: *Ts} (PEP 646): the one item of {@code iter(Ts)}, which for a
 * TypeVarTuple is {@code Unpack[Ts]}. CPython compiles it as {@code [annotation] = [*Ts]}.
 */
// CPython: compiler_visit_argannotation (Starred_kind: UNPACK_SEQUENCE 1)
public final class StarredAnnotationNode extends ExprNode {
    private final ExprNode value;

    public StarredAnnotationNode(ExprNode value) {
        this.value = value;
    }

    @Override
    public PyObject execute(Frame f) {
        PyObject v = value.execute(f);
        PyObject it = Ops.iter(v);
        PyObject only = Ops.next(it);
        if (only == null) {
            throw PyErr.format(PyExc.ValueError, "not enough values to unpack (expected 1, got 0)");
        }
        if (Ops.next(it) != null) {
            throw PyErr.format(PyExc.ValueError, "too many values to unpack (expected 1)");
        }
        return only;
    }
}
