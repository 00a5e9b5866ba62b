package org.weft.python.nodes.generator;

import org.weft.python.runtime.Tracing;
import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;

/**
 * {@code while} in a generator. {@code prelude} (may be null) computes the parts of the test that
 * contain {@code yield} before each test; states: 1 in body, 2 in else, 3 in prelude.
 */
public final class GenWhile extends StmtNode {
    private final StmtNode prelude;
    private final ExprNode test;
    private final StmtNode body;
    private final StmtNode orelse;
    private final int rs;

    public GenWhile(int lineno, StmtNode prelude, ExprNode test, StmtNode body, StmtNode orelse, int rs) {
        super(lineno);
        this.prelude = prelude;
        this.test = test;
        this.body = body;
        this.orelse = orelse;
        this.rs = rs;
    }

    @Override
    public int execute(Frame f) {
        int st = f.resumable.resuming ? f.resumable.resume[rs] : 0;
        if (st == 2) {
            return runElse(f);
        }
        boolean back = false; // resuming in the body is no jump back: its end is
        while (true) {
            if (back && f.hasExtras()) {
                Tracing.jumpBack(f, lineno); // sys.settrace: each test after the first
            }
            back = true;
            if (st != 1) {
                if (prelude != null) {
                    int p = prelude.execute(f);
                    if (p == YIELD) {
                        f.resumable.resume[rs] = 3;
                        return YIELD;
                    }
                }
                f.lineno = lineno;
                if (!test.isTrue(f)) {
                    break;
                }
            }
            st = 0;
            int s = body.execute(f);
            if (s == YIELD) {
                f.resumable.resume[rs] = 1;
                return YIELD;
            }
            if (s == BREAK) {
                return NORMAL;
            }
            if (s != NORMAL && s != CONTINUE) {
                return s;
            }
        }
        return runElse(f);
    }

    private int runElse(Frame f) {
        if (orelse == null) {
            return NORMAL;
        }
        int s = orelse.execute(f);
        if (s == YIELD) {
            f.resumable.resume[rs] = 2;
        }
        return s;
    }
}
