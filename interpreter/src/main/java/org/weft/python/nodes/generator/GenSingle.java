package org.weft.python.nodes.generator;

import org.weft.python.runtime.Tracing;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;

/**
 * A generator block of one statement (a loop or {@code if} body of one line, the usual case):
 * as {@link GenBlock}, without an index of where it suspended, since it can only be that one.
 */
public final class GenSingle extends StmtNode {
    private final StmtNode statement;

    public GenSingle(int lineno, StmtNode statement) {
        super(lineno);
        this.statement = statement;
    }

    @Override
    public int execute(Frame f) {
        if (!f.resumable.resuming) {
            f.lineno = statement.lineno;
            if (f.hasExtras()) {
                Tracing.line(f);
            }
        }
        return statement.execute(f);
    }
}
