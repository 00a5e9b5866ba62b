package org.weft.python.nodes.controlflow;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.runtime.PyNone;

/** The one-word statements: {@code break}, {@code continue}, {@code return}, {@code pass}. */
public final class SimpleStmts {
    private SimpleStmts() {
    }

    /** {@code break}. */
    public static final class Break extends StmtNode {
        public Break(int lineno) {
            super(lineno);
        }

        @Override
        public int execute(Frame f) {
            return BREAK;
        }
    }

    /** {@code continue}. */
    public static final class Continue extends StmtNode {
        public Continue(int lineno) {
            super(lineno);
        }

        @Override
        public int execute(Frame f) {
            return CONTINUE;
        }
    }

    /** {@code pass}. */
    public static final class Pass extends StmtNode {
        public Pass(int lineno) {
            super(lineno);
        }

        @Override
        public int execute(Frame f) {
            return NORMAL;
        }
    }

    /** {@code return value} ({@code value} null for a bare return). */
    public static final class Return extends StmtNode {
        private final ExprNode value;

        public Return(int lineno, ExprNode value) {
            super(lineno);
            this.value = value;
        }

        @Override
        public int execute(Frame f) {
            f.returnValue = value == null ? PyNone.NONE : value.execute(f);
            return RETURN;
        }
    }
}
