package org.weft.python.nodes.pattern;

import org.weft.python.runtime.Tracing;
import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.runtime.PyObject;

/** {@code match subject: case pattern if guard: body ...}: runs the first case that matches. */
public final class MatchStmt extends StmtNode {

    /** One {@code case}; {@code guard} may be null. */
    public record Case(int lineno, PatternNode pattern, ExprNode guard, StmtNode body) {
    }

    private final ExprNode subject;
    private final Case[] cases;

    public MatchStmt(int lineno, ExprNode subject, Case[] cases) {
        super(lineno);
        this.subject = subject;
        this.cases = cases;
    }

    @Override
    public int execute(Frame f) {
        PyObject s = subject.execute(f);
        for (Case c : cases) {
            f.lineno = c.lineno();
            if (f.hasExtras()) {
                Tracing.line(f);
            }
            if (c.pattern().match(f, s) && (c.guard() == null || c.guard().isTrue(f))) {
                return c.body().execute(f);
            }
        }
        return NORMAL;
    }
}
