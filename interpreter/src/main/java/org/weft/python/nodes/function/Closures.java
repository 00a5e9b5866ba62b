package org.weft.python.nodes.function;

import org.weft.python.nodes.Frame;
import org.weft.python.runtime.PyCell;
import org.weft.python.runtime.PyCode;

/** Building the cells of a new frame or function from the defining frame's cells. */
final class Closures {
    private Closures() {
    }

    /** The cells captured from {@code f} (indices into {@code f.cells}), or null when none. */
    static PyCell[] capture(Frame f, int[] indices) {
        if (indices.length == 0) {
            return null;
        }
        PyCell[] r = new PyCell[indices.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = f.cells[indices[i]];
        }
        return r;
    }

    /** A frame's cell array for {@code code}: fresh cells for its cell variables, then the closure. */
    static PyCell[] frameCells(PyCode code, Frame f, int[] closure) {
        int n = code.cellCount();
        if (n == 0) {
            return null;
        }
        PyCell[] cells = new PyCell[n];
        int ncell = code.cellvars.length;
        for (int i = 0; i < ncell; i++) {
            cells[i] = new PyCell(null);
        }
        for (int i = 0; i < closure.length; i++) {
            cells[ncell + i] = f.cells[closure[i]];
        }
        return cells;
    }
}
