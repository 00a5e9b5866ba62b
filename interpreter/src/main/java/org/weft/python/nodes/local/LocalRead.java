package org.weft.python.nodes.local;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyObject;

/** Reads a fast local from its frame slot. */
public final class LocalRead extends ExprNode {
    private final int slot;
    private final String name;

    public LocalRead(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    /** The frame slot read. */
    public int slot() {
        return slot;
    }

    /** The variable's name, for the unbound-local error. */
    public String name() {
        return name;
    }

    @Override
    public PyObject execute(Frame f) {
        PyObject v = f.locals[slot];
        if (v == null) {
            throw ((org.weft.python.runtime.PyException) unbound(name)).at(f, span);
        }
        return v;
    }

    /** CPython 3.11's message for a local read before assignment. */
    public static RuntimeException unbound(String name) {
        return PyErr.format(PyExc.UnboundLocalError,
                "cannot access local variable '%s' where it is not associated with a value", name);
    }
}
