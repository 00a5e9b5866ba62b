package org.weft.python.nodes.generator;

import org.weft.python.runtime.Tracing;
import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.pattern.PatternNode;
import org.weft.python.runtime.PyObject;

/**
 * {@code match} in a generator, with a yield in a case body or a guard. The subject waits in a
 * frame slot while a guard suspends. Resume state: 0 not started, {@code 1 + 2i} in the guard of
 * case {@code i} (its pattern already matched and bound), {@code 2 + 2i} in the body of case {@code i}.
 */
public final class GenMatch extends StmtNode {

    /**
     * One {@code case}: {@code guardPrelude} (resumable, may be null) evaluates the guard's yields
     * into temporaries that {@code guard} (may be null) then reads.
     */
    public record Case(int lineno, PatternNode pattern, StmtNode guardPrelude, ExprNode guard, StmtNode body) {
    }

    private final ExprNode subject;
    private final Case[] cases;
    private final int rs;
    private final int slot;

    public GenMatch(int lineno, ExprNode subject, Case[] cases, int rs, int slot) {
        super(lineno);
        this.subject = subject;
        this.cases = cases;
        this.rs = rs;
        this.slot = slot;
    }

    @Override
    public int execute(Frame f) {
        int st = f.resumable.resuming ? f.resumable.resume[rs] : 0;
        if (st != 0 && st % 2 == 0) {
            return body(f, (st - 2) / 2);
        }
        int i = 0;
        PyObject s;
        if (st == 0) {
            s = subject.execute(f);
            f.locals[slot] = s;
        } else {
            i = (st - 1) / 2;
            s = f.locals[slot];
        }
        for (; i < cases.length; i++) {
            Case c = cases[i];
            boolean resumingGuard = st != 0;
            st = 0;
            if (!resumingGuard) {
                f.lineno = c.lineno();
                if (f.hasExtras()) {
                    Tracing.line(f);
                }
                if (!c.pattern().match(f, s)) {
                    continue;
                }
            }
            if (c.guardPrelude() != null) {
                int g = c.guardPrelude().execute(f);
                if (g == YIELD) {
                    f.resumable.resume[rs] = 1 + 2 * i;
                    return YIELD;
                }
            }
            if (c.guard() == null || c.guard().isTrue(f)) {
                f.locals[slot] = null;
                return body(f, i);
            }
        }
        f.locals[slot] = null;
        return NORMAL;
    }

    private int body(Frame f, int i) {
        int s = cases[i].body().execute(f);
        if (s == YIELD) {
            f.resumable.resume[rs] = 2 + 2 * i;
        }
        return s;
    }
}
