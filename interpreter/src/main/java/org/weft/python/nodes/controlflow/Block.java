package org.weft.python.nodes.controlflow;

import org.weft.python.runtime.Tracing;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;

/** A sequence of statements; records each statement's line in the frame before running it. */
public final class Block extends StmtNode {
    private final StmtNode[] body;

    public Block(int lineno, StmtNode[] body) {
        super(lineno);
        this.body = body;
    }

    @Override
    public int execute(Frame f) {
        for (StmtNode s : body) {
            f.lineno = s.lineno;
            if (f.hasExtras()) {
                Tracing.line(f); // sys.settrace: a frame with a trace function
            }
            int status = s.execute(f);
            if (status != NORMAL) {
                return status;
            }
        }
        return NORMAL;
    }
}
