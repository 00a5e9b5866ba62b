package org.weft.python.nodes.local;

import org.weft.python.nodes.Frame;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.PyObject;

/** A cell variable (captured local or {@code nonlocal}) as an assignment or deletion target. */
public final class CellTarget extends TargetNode {
    private final int index;
    private final String name;
    private final boolean free;

    public CellTarget(int index, String name, boolean free) {
        this.index = index;
        this.name = name;
        this.free = free;
    }

    @Override
    public void assign(Frame f, PyObject value) {
        f.cells[index].value = value;
    }

    @Override
    public void delete(Frame f) {
        deleteName(f);
    }

    @Override
    public PyObject deleteName(Frame f) {
        PyObject old = f.cells[index].value;
        if (old == null) {
            throw CellRead.unbound(name, free);
        }
        f.cells[index].value = null;
        return old;
    }
}
