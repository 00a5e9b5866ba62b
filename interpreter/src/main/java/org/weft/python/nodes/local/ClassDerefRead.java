package org.weft.python.nodes.local;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/**
 * Reads, in a class body, a name that is free there: the class namespace first, then the cell
 * (CPython's {@code LOAD_CLASSDEREF}).
 */
public final class ClassDerefRead extends ExprNode {
    private final PyStr key;
    private final int index;

    public ClassDerefRead(String name, int index) {
        this.key = PyStr.of(name);
        this.index = index;
    }

    @Override
    public PyObject execute(Frame f) {
        PyObject v = NameRead.lookupNamespace(f.namespace, key);
        if (v != null) {
            return v;
        }
        v = f.cells[index].value;
        if (v == null) {
            throw CellRead.unbound(key.value(), true);
        }
        return v;
    }
}
