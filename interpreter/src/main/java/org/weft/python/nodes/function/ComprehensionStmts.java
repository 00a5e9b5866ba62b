package org.weft.python.nodes.function;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PySet;

/** The innermost statements of list, set and dict comprehensions, adding to the result in a slot. */
public final class ComprehensionStmts {
    private ComprehensionStmts() {
    }

    /** Which container a comprehension builds. */
    public enum Kind { LIST, SET, DICT }

    /** Puts an empty result container in its slot. */
    public static final class Init extends StmtNode {
        private final int slot;
        private final Kind kind;

        public Init(int lineno, int slot, Kind kind) {
            super(lineno);
            this.slot = slot;
            this.kind = kind;
        }

        @Override
        public int execute(Frame f) {
            f.locals[slot] = kind == Kind.LIST ? new PyList() : kind == Kind.SET ? new PySet() : new PyDict();
            return NORMAL;
        }
    }

    /** Adds {@code elt} (or {@code key: value}) to the result. */
    public static final class Add extends StmtNode {
        private final int slot;
        private final ExprNode elt;
        private final ExprNode value;

        public Add(int lineno, int slot, ExprNode elt, ExprNode value) {
            super(lineno);
            this.slot = slot;
            this.elt = elt;
            this.value = value;
        }

        @Override
        public int execute(Frame f) {
            PyObject r = f.locals[slot];
            if (value != null) {
                PyObject k = elt.execute(f);
                ((PyDict) r).setItem(k, value.execute(f));
            } else if (r instanceof PyList l) {
                l.append(elt.execute(f));
            } else {
                ((PySet) r).add(elt.execute(f));
            }
            return NORMAL;
        }
    }

    /** Returns the result. */
    public static final class Result extends StmtNode {
        private final int slot;

        public Result(int lineno, int slot) {
            super(lineno);
            this.slot = slot;
        }

        @Override
        public int execute(Frame f) {
            f.returnValue = f.locals[slot];
            return RETURN;
        }
    }
}
