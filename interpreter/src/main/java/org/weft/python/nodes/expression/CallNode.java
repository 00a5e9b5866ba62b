package org.weft.python.nodes.expression;

import java.util.Arrays;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.ProfileHooks;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyCode;
import org.weft.python.runtime.PyException;
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
        try {
            PyObject fn = func.execute(f);
            if (fn instanceof PyFunction pf) {
                PyCode c = pf.code;
                if (c.simpleArgcount == args.length) {
                    return callSimple(f, pf, c, args);
                }
            }
            if (args.length == 1 && fn instanceof PyBuiltinFunction bf) {
                return ProfileHooks.call1FromSite(f.ts, bf, args[0].execute(f)); // len(x), abs(x): no argument array
            }
            PyObject[] values = new PyObject[args.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = args[i].execute(f);
            }
            if (fn instanceof PyFunction pf) {
                return pf.invoke(f.ts, values, null);
            }
            return ProfileHooks.callFromSite(f.ts, fn, values, null);
        } catch (PyException e) {
            throw e.at(f, span); // the innermost expression is what a traceback underlines
        }
    }

    /**
     * Evaluates the arguments straight into the callee's frame: no argument array, no copy.
     * {@code c} is {@code pf}'s code, whose {@link PyCode#simpleArgcount} is {@code args.length}.
     */
    static PyObject callSimple(Frame f, PyFunction pf, PyCode c, ExprNode[] args) {
        Frame callee = pf.simpleFrame(c);
        PyObject[] locals = callee.locals;
        for (int i = 0; i < args.length; i++) {
            locals[i] = args[i].execute(f);
        }
        if (pf.code != c) { // an argument reassigned __code__: bind to the new code as invoke would
            return pf.invoke(f.ts, Arrays.copyOf(locals, args.length), null);
        }
        return PyFunction.execute(f.ts, callee);
    }
}
