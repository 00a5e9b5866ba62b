package org.weft.python.nodes.local;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyObject;

/** Reads a variable held in a cell (a captured local or a free variable). */
public final class CellRead extends ExprNode {
    private final int index;
    private final String name;
    private final boolean free;

    public CellRead(int index, String name, boolean free) {
        this.index = index;
        this.name = name;
        this.free = free;
    }

    @Override
    public PyObject execute(Frame f) {
        PyObject v = f.cells[index].value;
        if (v == null) {
            throw ((org.weft.python.runtime.PyException) unbound(name, free)).at(f, span);
        }
        return v;
    }

    // CPython: format_exc_unbound in ceval.c
    public static RuntimeException unbound(String name, boolean free) {
        if (free) {
            return PyErr.nameError(PyExc.NameError, String.format("cannot access free variable '%s' where it is "
                    + "not associated with a value in enclosing scope", name), name);
        }
        return LocalRead.unbound(name);
    }
}
