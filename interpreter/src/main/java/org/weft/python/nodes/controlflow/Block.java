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
        for (int i = 0; i < body.length; i++) {
            f.lineno = body[i].lineno;
            if (f.hasExtras()) {
                i = Tracing.lineInBlock(f, body, i); // sys.settrace: a frame with a trace function (it may jump)
            }
            int status = body[i].execute(f);
            if (status != NORMAL) {
                return status;
            }
        }
        return NORMAL;
    }
}
