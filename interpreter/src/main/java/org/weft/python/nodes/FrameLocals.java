package org.weft.python.nodes;

import org.weft.python.runtime.FrameExtras;
import org.weft.python.runtime.PyCell;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/**
 * {@code locals()} / {@code f_locals}: the namespace of module and class code; for a function's
 * frame, one dict kept with the frame ({@link FrameExtras#locals()}) and refreshed from its fast
 * locals and cells at each call, as CPython 3.11's frame->f_locals is. Writes to it reach the
 * variables only through {@link #writeBack}, which tracing does after each trace call.
 */
public final class FrameLocals {
    private FrameLocals() {
    }

    // CPython: PyFrame_FastToLocalsWithError
    public static PyObject locals(Frame f) {
        if (f.namespace != null) {
            return f.namespace;
        }
        FrameExtras x = f.makeExtras();
        PyDict d = x.locals();
        if (d == null) {
            d = new PyDict();
            x.setLocals(d);
        }
        refresh(f, d);
        return d;
    }

    /** Brings {@code d} up to date with the frame's variables: bound ones set, unbound ones removed. */
    public static void refresh(Frame f, PyDict d) {
        String[] names = f.code.varnames;
        for (int i = 0; i < names.length && i < f.locals.length; i++) {
            put(d, names[i], f.locals[i]);
        }
        if (f.cells != null) {
            for (int i = 0; i < f.cells.length; i++) {
                put(d, cellName(f, i), f.cells[i] == null ? null : f.cells[i].value);
            }
        }
    }

    /**
     * The dict's values back into the variables; a name missing from it unbinds the variable
     * (CPython: PyFrame_LocalsToFast(frame, 1), after a trace function ran).
     */
    // CPython: PyFrame_LocalsToFast
    public static void writeBack(Frame f, PyDict d) {
        String[] names = f.code.varnames;
        for (int i = 0; i < names.length && i < f.locals.length; i++) {
            f.locals[i] = d.getItem(names[i]);
        }
        if (f.cells != null) {
            for (int i = 0; i < f.cells.length; i++) {
                PyCell c = f.cells[i];
                if (c != null) {
                    c.value = d.getItem(cellName(f, i));
                }
            }
        }
    }

    private static String cellName(Frame f, int i) {
        int ncell = f.code.cellvars.length;
        return i < ncell ? f.code.cellvars[i] : f.code.freevars[i - ncell];
    }

    private static void put(PyDict d, String name, PyObject v) {
        if (v != null) {
            d.setItem(name, v);
        } else {
            d.delItem(PyStr.of(name));
        }
    }
}
