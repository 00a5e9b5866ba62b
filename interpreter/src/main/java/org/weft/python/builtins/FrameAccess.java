package org.weft.python.builtins;

import org.weft.python.nodes.Frame;
import org.weft.python.nodes.FrameLocals;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyObject;
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
     * The caller's locals: the namespace of module, class and exec code itself; for a function the
     * frame's own f_locals dict, refreshed (see FrameLocals: the same dict at each call, as CPython 3.11's).
     */
    static PyObject locals() {
        return FrameLocals.locals(current());
    }
}
