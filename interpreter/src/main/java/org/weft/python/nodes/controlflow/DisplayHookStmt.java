package org.weft.python.nodes.controlflow;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyObject;

/** An expression statement in the REPL's {@code single} mode: the value goes to {@code sys.displayhook}. */
public final class DisplayHookStmt extends StmtNode {
    private final ExprNode value;

    public DisplayHookStmt(int lineno, ExprNode value) {
        super(lineno);
        this.value = value;
    }

    @Override
    public int execute(Frame f) {
        PyObject v = value.execute(f);
        PyObject hook = DisplayHook.lookup(f);
        Ops.call(hook, v);
        return NORMAL;
    }
}
