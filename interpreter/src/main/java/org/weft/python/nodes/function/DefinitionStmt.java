package org.weft.python.nodes.function;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyObject;

/**
 * {@code def} or {@code class}: decorators are evaluated first, then the object is made, then the
 * decorators are applied innermost first and the result is bound to the name.
 */
public final class DefinitionStmt extends StmtNode {
    private final ExprNode[] decorators;
    private final ExprNode make;
    private final TargetNode target;

    public DefinitionStmt(int lineno, ExprNode[] decorators, ExprNode make, TargetNode target) {
        super(lineno);
        this.decorators = decorators;
        this.make = make;
        this.target = target;
    }

    @Override
    public int execute(Frame f) {
        PyObject[] decos = new PyObject[decorators.length];
        for (int i = 0; i < decos.length; i++) {
            decos[i] = decorators[i].execute(f);
        }
        PyObject v = make.execute(f);
        for (int i = decos.length - 1; i >= 0; i--) {
            v = Ops.call(decos[i], v);
        }
        target.assign(f, v);
        return NORMAL;
    }
}
