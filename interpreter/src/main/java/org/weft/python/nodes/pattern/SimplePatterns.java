package org.weft.python.nodes.pattern;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyObject;

/** Value, singleton, capture/as, wildcard and or-patterns. */
public final class SimplePatterns {
    private SimplePatterns() {
    }

    /** A literal or dotted name, compared with {@code ==}. */
    public static PatternNode value(ExprNode value) {
        return new PatternNode() {
            @Override
            public boolean match(Frame f, PyObject subject) {
                return Ops.compareBool(subject, value.execute(f), org.weft.python.runtime.CompareOp.EQ);
            }
        };
    }

    /** {@code None}, {@code True}, {@code False}: compared with {@code is}. */
    public static PatternNode singleton(PyObject value) {
        return new PatternNode() {
            @Override
            public boolean match(Frame f, PyObject subject) {
                return subject == value;
            }
        };
    }

    /** {@code pattern as name}, a bare capture (pattern null) or the wildcard (both null). */
    public static PatternNode as(PatternNode pattern, TargetNode name) {
        return new PatternNode() {
            @Override
            public boolean match(Frame f, PyObject subject) {
                if (pattern != null && !pattern.match(f, subject)) {
                    return false;
                }
                if (name != null) {
                    name.assign(f, subject);
                }
                return true;
            }
        };
    }

    /** {@code p1 | p2 | ...}: the first alternative that matches. */
    public static PatternNode or(PatternNode[] alternatives) {
        return new PatternNode() {
            @Override
            public boolean match(Frame f, PyObject subject) {
                for (PatternNode p : alternatives) {
                    if (p.match(f, subject)) {
                        return true;
                    }
                }
                return false;
            }
        };
    }
}
