package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.Finalizers;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyObject;

/** {@code obj[key]} as an assignment or deletion target. */
public final class SubscriptTarget extends TargetNode {
    private final ExprNode obj;
    private final ExprNode key;

    public SubscriptTarget(ExprNode obj, ExprNode key) {
        this.obj = obj;
        this.key = key;
    }

    @Override
    public void assign(Frame f, PyObject value) {
        try {
            PyObject o = obj.execute(f);
            PyObject k = key.execute(f);
            if (f.code.makesFinalizable && (o.type() == PyList.TYPE || o.type() == PyDict.TYPE)) {
                // CPython frees the item replaced here when that was its last reference (see Finalizers).
                PyObject old = o.type() == PyDict.TYPE ? ((PyDict) o).replaceItem(k, value) : replaceInList(o, k, value);
                if (old != null && old != value && Finalizers.mayHold(old)) {
                    Finalizers.Probe probe = Finalizers.probe(f.ts, old, true);
                    old = null; // this frame must not keep it alive
                    Finalizers.release(f.ts, probe, true);
                }
                return;
            }
            Ops.setitem(o, k, value);
        } catch (PyException e) {
            throw e.at(f, span);
        }
    }

    private static PyObject replaceInList(PyObject list, PyObject k, PyObject value) {
        PyObject old;
        try {
            old = Ops.getitem(list, k);
        } catch (PyException e) {
            old = null; // the store raises its own error
        }
        Ops.setitem(list, k, value);
        return old;
    }

    @Override
    public void delete(Frame f) {
        try {
            PyObject o = obj.execute(f);
            Ops.delitem(o, key.execute(f));
        } catch (PyException e) {
            throw e.at(f, span);
        }
    }

    /**
     * Deletes the item; returns what it held when the container is an exact list or dict and
     * objects with {@code __del__} exist (for DeleteStmt to see whether that frees one), else null.
     */
    @Override
    public PyObject deleteName(Frame f) {
        PyObject o = obj.execute(f);
        PyObject k = key.execute(f);
        PyObject old = null;
        if ((o.type() == PyList.TYPE || o.type() == PyDict.TYPE) && Finalizers.anyMade(f.ts)) {
            try {
                old = Ops.getitem(o, k);
            } catch (PyException e) {
                old = null; // the deletion raises its own error
            }
        }
        try {
            Ops.delitem(o, k);
        } catch (PyException e) {
            throw e.at(f, span);
        }
        return old;
    }
}
