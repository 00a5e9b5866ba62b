package org.weft.python.nodes.function;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.SourceSpan;

/**
 * {@code def} or {@code class}: decorators are evaluated first, then the object is made, then the
 * decorators are applied innermost first and the result is bound to the name. A decorator is
 * evaluated and called at its own line (CPython 3.11's compiler_apply_decorators): an error there is
 * reported at the {@code @} line, not the {@code def}'s.
 */
public final class DefinitionStmt extends StmtNode {
    private final ExprNode[] decorators;
    private final int[] decoratorLines;
    /** Where each decorator lies: its call is what a traceback underlines when it fails. */
    private final SourceSpan[] decoratorSpans;
    private final ExprNode make;
    private final TargetNode target;

    public DefinitionStmt(int lineno, ExprNode[] decorators, int[] decoratorLines, SourceSpan[] decoratorSpans,
                          ExprNode make, TargetNode target) {
        super(lineno);
        this.decorators = decorators;
        this.decoratorLines = decoratorLines;
        this.decoratorSpans = decoratorSpans;
        this.make = make;
        this.target = target;
    }

    @Override
    public int execute(Frame f) {
        if (decorators.length == 0) {
            target.assign(f, make.execute(f));
            return NORMAL;
        }
        PyObject[] decos = new PyObject[decorators.length];
        for (int i = 0; i < decos.length; i++) {
            f.lineno = decoratorLines[i];
            decos[i] = decorators[i].execute(f);
        }
        f.lineno = lineno;
        PyObject v = make.execute(f);
        for (int i = decos.length - 1; i >= 0; i--) {
            f.lineno = decoratorLines[i];
            try {
                v = Ops.call(decos[i], v);
            } catch (PyException e) {
                throw e.at(f, decoratorSpans[i]);
            }
        }
        f.lineno = lineno;
        target.assign(f, v);
        return NORMAL;
    }
}
