package org.weft.python.nodes.local;

import org.weft.python.nodes.Frame;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/** A global ({@code global x}, or module-level code) as an assignment or deletion target. */
public final class GlobalTarget extends TargetNode {
    private final PyStr key;

    public GlobalTarget(String name) {
        this.key = PyStr.of(name);
    }

    @Override
    public void assign(Frame f, PyObject value) {
        f.globals.setItem(key, value);
    }

    @Override
    public void delete(Frame f) {
        if (f.globals.delItem(key) == null) {
            throw GlobalRead.notDefined(key.value());
        }
    }
}
