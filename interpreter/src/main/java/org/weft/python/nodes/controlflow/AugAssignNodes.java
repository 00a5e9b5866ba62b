package org.weft.python.nodes.controlflow;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.nodes.expression.AttributeCache;
import org.weft.python.nodes.expression.BinaryOp;
import org.weft.python.runtime.AttributeSite;
import org.weft.python.nodes.local.LocalRead;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;

/** {@code x op= v} for a name, an attribute and a subscript target. */
public final class AugAssignNodes {
    private AugAssignNodes() {
    }

    /** {@code name op= value}. */
    public static final class Name extends StmtNode {
        private final ExprNode read;
        private final TargetNode store;
        private final BinaryOp op;
        private final ExprNode value;

        public Name(int lineno, ExprNode read, TargetNode store, BinaryOp op, ExprNode value) {
            super(lineno);
            this.read = read;
            this.store = store;
            this.op = op;
            this.value = value;
        }

        @Override
        public int execute(Frame f) {
            PyObject old = read.execute(f);
            store.assign(f, op.apply(old, value.execute(f)));
            return NORMAL;
        }
    }

    /**
     * {@code x op= value} for a fast local: the slot read and written in place, and {@code +=} /
     * {@code -=} on two machine-sized ints without the operator's generic dispatch (loop counters
     * and running totals).
     */
    public static final class Local extends StmtNode {
        private final int slot;
        private final String name;
        private final BinaryOp op;
        private final ExprNode value;
        /** +1 for {@code +=}, -1 for {@code -=}, 0 for any other operator. */
        private final int sign;

        public Local(int lineno, LocalRead read, BinaryOp op, int sign, ExprNode value) {
            super(lineno);
            this.slot = read.slot();
            this.name = read.name();
            this.op = op;
            this.sign = sign;
            this.value = value;
        }

        @Override
        public int execute(Frame f) {
            PyObject old = f.locals[slot];
            if (old == null) {
                throw LocalRead.unbound(name);
            }
            PyObject v = value.execute(f);
            PyObject r = sign != 0 ? smallIntSum(old, v) : null;
            f.locals[slot] = r != null ? r : op.apply(old, v);
            return NORMAL;
        }

        /** {@code a + sign * b} when both are exact ints that fit a long and the result does; else null. */
        private PyObject smallIntSum(PyObject a, PyObject b) {
            if (a.type() != PyInt.TYPE || b.type() != PyInt.TYPE) {
                return null;
            }
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (!x.isSmall() || !y.isSmall()) {
                return null;
            }
            long p = x.longValue();
            long q = y.longValue();
            long r = sign > 0 ? p + q : p - q;
            boolean overflow = sign > 0 ? ((p ^ r) & (q ^ r)) < 0 : ((p ^ q) & (p ^ r)) < 0;
            return overflow ? null : PyInt.of(r);
        }
    }

    /** {@code obj.name op= value}: {@code obj} evaluated once. */
    public static final class Attr extends StmtNode {
        private final ExprNode obj;
        private final String name;
        private final PyStr key;
        private final BinaryOp op;
        private final ExprNode value;
        /** Read and write caches, as GetAttrNode's and AttributeTarget's. */
        private AttributeCache readCache;
        private AttributeCache writeCache;
        private final AttributeSite site;

        public Attr(int lineno, ExprNode obj, String name, BinaryOp op, ExprNode value) {
            super(lineno);
            this.obj = obj;
            this.name = name.intern();
            this.key = PyStr.of(this.name);
            this.site = new AttributeSite(this.name, key);
            this.op = op;
            this.value = value;
        }

        @Override
        public int execute(Frame f) {
            PyObject o = obj.execute(f);
            PyObject old = site.readMono(o);
            if (old == null) {
                PyType t = o.type();
                AttributeCache c = AttributeCache.find(readCache, t, name);
                if (c == null) {
                    readCache = AttributeCache.add(readCache, t, name);
                    c = AttributeCache.entry(readCache, t, name);
                }
                old = c.read(o, key, site);
                if (old == null) {
                    old = Ops.getattr(o, name);
                }
            }
            PyObject v = op.apply(old, value.execute(f));
            PyType t = o.type();
            AttributeCache c = AttributeCache.find(writeCache, t, name);
            if (c == null) {
                writeCache = AttributeCache.add(writeCache, t, name);
                c = AttributeCache.entry(writeCache, t, name);
            }
            if (!c.write(o, key, v, site)) {
                Ops.setattr(o, name, v);
            }
            return NORMAL;
        }
    }

    /** {@code obj[key] op= value}: {@code obj} and {@code key} evaluated once. */
    public static final class Item extends StmtNode {
        private final ExprNode obj;
        private final ExprNode key;
        private final BinaryOp op;
        private final ExprNode value;

        public Item(int lineno, ExprNode obj, ExprNode key, BinaryOp op, ExprNode value) {
            super(lineno);
            this.obj = obj;
            this.key = key;
            this.op = op;
            this.value = value;
        }

        @Override
        public int execute(Frame f) {
            PyObject o = obj.execute(f);
            PyObject k = key.execute(f);
            PyObject old = Ops.getitem(o, k);
            Ops.setitem(o, k, op.apply(old, value.execute(f)));
            return NORMAL;
        }
    }
}
