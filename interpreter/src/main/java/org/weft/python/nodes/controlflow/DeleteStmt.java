package org.weft.python.nodes.controlflow;

import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.Finalizers;
import org.weft.python.runtime.PyObject;

/**
 * {@code del a, b[i], c.x}: deletes the targets left to right. Deleting a name, a list or dict
 * item or an instance attribute that held an object with {@code __del__} (itself or in
 * containers), or a weakly referenced object, collects at once (see {@link Finalizers}): CPython
 * would free it here if that was its last reference.
 */
public final class DeleteStmt extends StmtNode {
    private final TargetNode[] targets;

    public DeleteStmt(int lineno, TargetNode[] targets) {
        super(lineno);
        this.targets = targets;
    }

    @Override
    public int execute(Frame f) {
        if (targets.length == 1) {
            PyObject old = targets[0].deleteName(f);
            if (old != null) {
                Finalizers.deleted(f.ts, old);
            }
            // Only a weak reference: this frame must not be what keeps the object alive.
            Finalizers.Probe probe = old == null ? null : Finalizers.probe(f.ts, old, false);
            old = null;
            Finalizers.release(f.ts, probe, false);
            return NORMAL;
        }
        PyObject[] olds = new PyObject[targets.length];
        int n = 0;
        for (TargetNode t : targets) {
            PyObject old = t.deleteName(f);
            if (old != null) {
                Finalizers.deleted(f.ts, old);
                olds[n++] = old;
            }
            old = null;
        }
        Finalizers fin = n == 0 ? null : Finalizers.of(f.ts);
        Finalizers.Probe probe = fin == null ? null : fin.probeFor(java.util.Arrays.copyOf(olds, n), false);
        java.util.Arrays.fill(olds, null);
        Finalizers.release(f.ts, probe, false);
        return NORMAL;
    }
}
