package org.weft.python.nodes.controlflow;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.local.LocalTarget;
import org.weft.python.runtime.PyObject;

/**
 * {@code a, b = x, y} where every target is a fast local and the value is a tuple display of as
 * many plain items: the values are evaluated left to right, then stored left to right, as
 * CPython does, without building the tuple (swaps, {@code x, y = p.x, p.y}).
 */
public final class ParallelLocalAssign extends StmtNode {
    private final int[] slots;
    private final ExprNode[] values;

    public ParallelLocalAssign(int lineno, int[] slots, ExprNode[] values) {
        super(lineno);
        this.slots = slots;
        this.values = values;
    }

    @Override
    public int execute(Frame f) {
        if (values.length == 2) {
            PyObject a = values[0].execute(f);
            PyObject b = values[1].execute(f);
            store(f, slots[0], a);
            store(f, slots[1], b);
            return NORMAL;
        }
        PyObject[] v = new PyObject[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i].execute(f);
        }
        for (int i = 0; i < v.length; i++) {
            store(f, slots[i], v[i]);
        }
        return NORMAL;
    }

    private static void store(Frame f, int slot, PyObject value) {
        if (f.code.makesFinalizable) {
            LocalTarget.rebind(f, slot, value);
        } else {
            f.locals[slot] = value;
        }
    }
}
