package org.weft.python.nodes.local;

import org.weft.python.nodes.Frame;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.Finalizers;
import org.weft.python.runtime.PyFinalizable;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/** A name in module, class-body or exec code: stored in the local namespace ({@code STORE_NAME}). */
public final class NameTarget extends TargetNode {
    private final PyStr key;

    public NameTarget(String name) {
        this.key = PyStr.of(name);
    }

    @Override
    public void assign(Frame f, PyObject value) {
        PyObject ns = f.namespace;
        if (ns.type() == PyDict.TYPE) {
            PyObject old = ((PyDict) ns).replaceItem(key, value);
            if (old instanceof PyFinalizable && old != value) {
                // CPython frees the object here when this name was its last reference: __del__ is due.
                Finalizers.Probe probe = Finalizers.Probe.of(old);
                old = null; // this frame must not keep it alive
                Finalizers.of(f.ts).released(f.ts, probe, true);
            }
        } else {
            Ops.setitem(ns, key, value);
        }
    }

    @Override
    public void delete(Frame f) {
        deleteName(f);
    }

    @Override
    public PyObject deleteName(Frame f) {
        PyObject ns = f.namespace;
        if (ns.type() == PyDict.TYPE) {
            PyObject old = ((PyDict) ns).delItem(key);
            if (old == null) {
                throw GlobalRead.notDefined(key.value());
            }
            return old;
        }
        try {
            Ops.delitem(ns, key);
        } catch (PyException e) {
            if (e.matches(PyExc.KeyError)) {
                throw GlobalRead.notDefined(key.value());
            }
            throw e;
        }
        return null;
    }
}
