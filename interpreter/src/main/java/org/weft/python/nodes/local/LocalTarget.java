package org.weft.python.nodes.local;

import org.weft.python.nodes.Frame;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.Finalizers;
import org.weft.python.runtime.PyObject;

/** A fast local as an assignment or deletion target. */
public final class LocalTarget extends TargetNode {
    private final int slot;
    private final String name;

    public LocalTarget(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    /** The frame slot this target stores to. */
    public int slot() {
        return slot;
    }

    @Override
    public void assign(Frame f, PyObject value) {
        if (f.code.makesFinalizable) {
            rebind(f, slot, value);
        } else {
            f.locals[slot] = value;
        }
    }

    /**
     * Stores {@code value} in a slot of a frame whose code makes objects with {@code __del__}:
     * CPython frees what the slot held here when that was its last reference (see Finalizers).
     */
    public static void rebind(Frame f, int slot, PyObject value) {
        PyObject old = f.locals[slot];
        f.locals[slot] = value;
        if (old != null && old != value && Finalizers.mayHold(old)) {
            Finalizers.Probe probe = Finalizers.probe(f.ts, old, true);
            old = null; // this frame must not keep it alive
            Finalizers.release(f.ts, probe, true);
        }
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
