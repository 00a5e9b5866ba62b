package org.weft.python.nodes.controlflow;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.SourceSpan;

/** {@code assert test, msg}: raises AssertionError (with msg as its argument when given). */
public final class AssertStmt extends StmtNode {
    private final ExprNode test;
    private final ExprNode msg;
    /** The test's place: CPython's traceback underlines it for the AssertionError. */
    private final SourceSpan testSpan;

    public AssertStmt(int lineno, ExprNode test, ExprNode msg, SourceSpan testSpan) {
        super(lineno);
        this.test = test;
        this.msg = msg;
        this.testSpan = testSpan;
    }

    @Override
    public int execute(Frame f) {
        if (!test.isTrue(f)) {
            if (msg == null) {
                throw PyErr.of(PyExc.AssertionError).at(f, testSpan);
            }
            PyException e = Ops.call(PyExc.AssertionError, msg.execute(f)) instanceof org.weft.python.runtime.PyBaseException b
                    ? b.toException() : PyErr.of(PyExc.AssertionError);
            throw e.at(f, testSpan);
        }
        return NORMAL;
    }
}
