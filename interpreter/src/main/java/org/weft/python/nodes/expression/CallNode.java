package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyFunction;
import org.weft.python.runtime.PyObject;

/** {@code f(a, b)}: positional arguments only; Python functions are entered directly. */
public final class CallNode extends ExprNode {
    private final ExprNode func;
    private final ExprNode[] args;

    public CallNode(ExprNode func, ExprNode[] args) {
        this.func = func;
        this.args = args;
    }

    @Override
    public PyObject execute(Frame f) {
        PyObject fn = func.execute(f);
        PyObject[] values = new PyObject[args.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = args[i].execute(f);
        }
        if (fn instanceof PyFunction pf) {
            return pf.invoke(f.ts, values, null);
        }
        return Ops.call(fn, values, null);
    }
}
