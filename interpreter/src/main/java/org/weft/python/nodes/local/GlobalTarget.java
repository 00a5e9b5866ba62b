package org.weft.python.nodes.local;

import org.weft.python.nodes.Frame;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.Finalizers;
import org.weft.python.runtime.PyFinalizable;
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
        PyObject old = f.globals.replaceItem(key, value);
        if (old instanceof PyFinalizable && old != value) {
            Finalizers.Probe probe = Finalizers.Probe.of(old);
            old = null; // this frame must not keep it alive
            Finalizers.of(f.ts).released(f.ts, probe, true);
        }
    }

    @Override
    public void delete(Frame f) {
        deleteName(f);
    }

    @Override
    public PyObject deleteName(Frame f) {
        PyObject old = f.globals.delItem(key);
        if (old == null) {
            throw GlobalRead.notDefined(key.value());
        }
        return old;
    }
}
