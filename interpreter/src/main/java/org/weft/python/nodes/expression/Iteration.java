package org.weft.python.nodes.expression;

import org.weft.python.runtime.LoopIterators;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyGenerator;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.ThreadState;

/** {@code iter()} and {@code next()} for loops, with the generator fast path. */
public final class Iteration {
    private Iteration() {
    }

    public static PyObject iter(PyObject o) {
        if (o instanceof PyGenerator) {
            return o;
        }
        return LoopIterators.iter(o);
    }

    /** The next item, or null at the end. */
    public static PyObject next(PyObject it) {
        if (it instanceof PyGenerator g) {
            return g.next();
        }
        return Ops.next(it);
    }

    /** {@link #next(PyObject)} in a frame run by the thread whose state is {@code ts}
     * (null when unknown). */
    public static PyObject next(PyObject it, ThreadState ts) {
        if (it instanceof PyGenerator g) {
            return ts != null ? g.next(ts) : g.next();
        }
        return Ops.next(it);
    }
}
