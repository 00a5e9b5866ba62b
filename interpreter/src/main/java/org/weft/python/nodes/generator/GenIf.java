package org.weft.python.nodes.generator;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;

/** {@code if} in a generator: remembers which branch suspended. */
public final class GenIf extends StmtNode {
    private final ExprNode test;
    private final StmtNode body;
    private final StmtNode orelse;
    private final int rs;

    public GenIf(int lineno, ExprNode test, StmtNode body, StmtNode orelse, int rs) {
        super(lineno);
        this.test = test;
        this.body = body;
        this.orelse = orelse;
        this.rs = rs;
    }

    @Override
    public int execute(Frame f) {
        boolean takeBody;
        if (f.resumable.resuming) {
            takeBody = f.resumable.resume[rs] == 1;
        } else {
            takeBody = test.isTrue(f);
        }
        StmtNode branch = takeBody ? body : orelse;
        if (branch == null) {
            return NORMAL;
        }
        int s = branch.execute(f);
        if (s == YIELD) {
            f.resumable.resume[rs] = takeBody ? 1 : 2;
        }
        return s;
    }
}
