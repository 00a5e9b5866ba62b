package org.weft.python.nodes;

import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyObject;

/** {@code locals()} / {@code f_locals}: the namespace, or a fresh dict snapshot of fast locals and cells. */
public final class FrameLocals {
    private FrameLocals() {
    }

    // CPython: PyFrame_FastToLocalsWithError (a snapshot; writes to it do not reach the frame)
    public static PyObject locals(Frame f) {
        if (f.namespace != null) {
            return f.namespace;
        }
        PyDict d = new PyDict();
        String[] names = f.code.varnames;
        for (int i = 0; i < names.length; i++) {
            if (f.locals[i] != null) {
                d.setItem(names[i], f.locals[i]);
            }
        }
        if (f.cells != null) {
            int ncell = f.code.cellvars.length;
            for (int i = 0; i < f.cells.length; i++) {
                String n = i < ncell ? f.code.cellvars[i] : f.code.freevars[i - ncell];
                PyObject v = f.cells[i] == null ? null : f.cells[i].value;
                if (v != null) {
                    d.setItem(n, v);
                }
            }
        }
        return d;
    }
}
