package org.weft.python.nodes.local;

import org.weft.python.nodes.Frame;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.PyObject;

/** A fast local as an assignment or deletion target. */
public final class LocalTarget extends TargetNode {
    private final int slot;
    private final String name;

    public LocalTarget(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    @Override
    public void assign(Frame f, PyObject value) {
        f.locals[slot] = value;
    }

    @Override
    public void delete(Frame f) {
        deleteName(f);
    }

    @Override
    public PyObject deleteName(Frame f) {
        PyObject old = f.locals[slot];
        if (old == null) {
            throw LocalRead.unbound(name);
        }
        f.locals[slot] = null;
        return old;
    }
}
