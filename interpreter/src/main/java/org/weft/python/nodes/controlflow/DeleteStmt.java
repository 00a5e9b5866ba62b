package org.weft.python.nodes.controlflow;

import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.Finalizers;
import org.weft.python.runtime.PyObject;

/**
 * {@code del a, b[i], c.x}: deletes the targets left to right. Deleting a name that held an
 * instance of a class with {@code __del__}, or a weakly referenced object, collects at once (see
 * {@link Finalizers}): CPython would free it here if that was its last reference.
 */
public final class DeleteStmt extends StmtNode {
    private final TargetNode[] targets;

    public DeleteStmt(int lineno, TargetNode[] targets) {
        super(lineno);
        this.targets = targets;
    }

    @Override
    public int execute(Frame f) {
        Finalizers.Probe probe = null;
        for (TargetNode t : targets) {
            PyObject old = t.deleteName(f);
            if (old != null && probe == null) {
                Finalizers fin = Finalizers.of(f.ts);
                if (fin != null && fin.collectsOnDelete(old)) {
                    // Only a weak reference: this frame must not be what keeps the object alive.
                    probe = Finalizers.Probe.of(old);
                }
            }
            old = null;
        }
        if (probe != null) {
            Finalizers.of(f.ts).released(f.ts, probe, false);
        }
        return NORMAL;
    }
}
