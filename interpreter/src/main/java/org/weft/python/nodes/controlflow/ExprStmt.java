package org.weft.python.nodes.controlflow;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.runtime.Finalizers;
import org.weft.python.runtime.PyFinalizable;
import org.weft.python.runtime.PyObject;

/**
 * An expression evaluated for its effect; the value is dropped. When that value is an object with
 * {@code __del__} ({@code Resource()}, {@code stack.pop()}), CPython frees it here if nothing else
 * refers to it, so this collects (see {@link Finalizers}).
 */
public final class ExprStmt extends StmtNode {
    private final ExprNode value;

    public ExprStmt(int lineno, ExprNode value) {
        super(lineno);
        this.value = value;
    }

    @Override
    public int execute(Frame f) {
        PyObject v = value.execute(f);
        if (v instanceof PyFinalizable) {
            Finalizers.Probe probe = Finalizers.probe(f.ts, v, true);
            v = null; // this frame must not keep it alive
            Finalizers.release(f.ts, probe, true);
        }
        return NORMAL;
    }
}
