package org.weft.python.nodes.controlflow;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.nodes.expression.AttributeCache;
import org.weft.python.nodes.expression.BinaryOp;
import org.weft.python.runtime.Ops;
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

        public Attr(int lineno, ExprNode obj, String name, BinaryOp op, ExprNode value) {
            super(lineno);
            this.obj = obj;
            this.name = name.intern();
            this.key = PyStr.of(this.name);
            this.op = op;
            this.value = value;
        }

        @Override
        public int execute(Frame f) {
            PyObject o = obj.execute(f);
            PyType t = o.type();
            AttributeCache c = AttributeCache.find(readCache, t);
            if (c == null) {
                c = AttributeCache.add(readCache, t, name);
                readCache = c;
            }
            PyObject old = c.read(o, key);
            if (old == null) {
                old = Ops.getattr(o, name);
            }
            PyObject v = op.apply(old, value.execute(f));
            t = o.type();
            c = AttributeCache.find(writeCache, t);
            if (c == null) {
                c = AttributeCache.add(writeCache, t, name);
                writeCache = c;
            }
            if (!c.write(o, key, v)) {
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
