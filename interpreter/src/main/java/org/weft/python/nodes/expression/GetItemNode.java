package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyObject;

/** {@code obj[key]}, with a fast path for indexing an exact list by a small int. */
public final class GetItemNode extends ExprNode {
    private final ExprNode obj;
    private final ExprNode key;

    public GetItemNode(ExprNode obj, ExprNode key) {
        this.obj = obj;
        this.key = key;
    }

    @Override
    public PyObject execute(Frame f) {
        try {
            PyObject o = obj.execute(f);
            PyObject k = key.execute(f);
            if (o.type() == PyList.TYPE && k.type() == PyInt.TYPE && ((PyInt) k).isSmall()) {
                PyList l = (PyList) o;
                long i = ((PyInt) k).longValue();
                int n = l.size();
                if (i >= 0 && i < n) {
                    PyObject v = l.get((int) i);
                    if (v != null) {
                        return v;
                    }
                }
            }
            return Ops.getitem(o, k);
        } catch (PyException e) {
            throw e.at(f, span); // the innermost expression is what a traceback underlines
        }
    }
}
