package org.weft.python.builtins;

import org.weft.python.nodes.Frame;
import org.weft.python.runtime.PyCell;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.ThreadState;

/**
 * The calling Python frame's namespaces, for {@code globals()}, {@code locals()}, {@code vars()},
 * {@code dir()}, {@code eval} and {@code exec}. A builtin has no frame of its own, so the thread's
 * current frame is the caller's.
 */
final class FrameAccess {

    private FrameAccess() {
    }

    /** The caller's frame; SystemError when no Python code is running (a Java embedder called us). */
    static Frame current() {
        Object f = ThreadState.current().frame();
        if (f instanceof Frame frame) {
            return frame;
        }
        throw PyErr.format(PyExc.SystemError, "no current frame");
    }

    static PyDict globals() {
        return current().globals;
    }

    /**
     * The caller's locals: the namespace of module, class and exec code itself; for a function a
     * fresh dict of its bound fast locals and cells (a snapshot, as CPython's {@code locals()}).
     */
    // CPython: PyFrame_FastToLocalsWithError in frameobject.c
    static PyObject locals() {
        Frame f = current();
        if (f.namespace != null) {
            return f.namespace;
        }
        PyDict d = new PyDict();
        String[] names = f.code.varnames;
        for (int i = 0; i < names.length && i < f.locals.length; i++) {
            if (f.locals[i] != null) {
                d.setItem(PyStr.of(names[i]), f.locals[i]);
            }
        }
        if (f.cells != null) {
            String[] cellvars = f.code.cellvars;
            String[] freevars = f.code.freevars;
            for (int i = 0; i < f.cells.length; i++) {
                String name = i < cellvars.length ? cellvars[i] : freevars[i - cellvars.length];
                PyCell c = f.cells[i];
                if (c != null && c.value != null) {
                    d.setItem(PyStr.of(name), c.value);
                }
            }
        }
        return d;
    }
}
