package org.weft.python.nodes.generator;

import org.weft.python.runtime.Tracing;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;

/** A statement sequence in a generator: remembers which statement suspended, to resume there. */
public final class GenBlock extends StmtNode {
    private final StmtNode[] body;
    private final int rs;

    public GenBlock(int lineno, StmtNode[] body, int rs) {
        super(lineno);
        this.body = body;
        this.rs = rs;
    }

    @Override
    public int execute(Frame f) {
        int start = f.resumable.resuming ? f.resumable.resume[rs] : 0;
        for (int i = start; i < body.length; i++) {
            StmtNode s = body[i];
            if (!f.resumable.resuming) {
                f.lineno = s.lineno;
                if (f.hasExtras()) {
                    Tracing.line(f);
                }
            }
            int status = s.execute(f);
            if (status != NORMAL) {
                if (status == YIELD) {
                    f.resumable.resume[rs] = i;
                }
                return status;
            }
        }
        return NORMAL;
    }
}
