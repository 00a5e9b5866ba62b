package org.weft.python.nodes.generator;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyGenerator;
import org.weft.python.runtime.PyObject;

/** The iterator that {@code await x} delegates to: a coroutine itself, or {@code x.__await__()}. */
// CPython: _PyCoro_GetAwaitableIter in genobject.c
public final class AwaitableNode extends ExprNode {
    private final ExprNode value;

    public AwaitableNode(ExprNode value) {
        this.value = value;
    }

    @Override
    public PyObject execute(Frame f) {
        PyObject v = value.execute(f);
        if (v instanceof PyGenerator g && g.isAwaitable()) {
            return v;
        }
        if (v.type().lookup("__await__") == null) {
            throw PyErr.typeError("object %s can't be used in 'await' expression", Ops.typeName(v));
        }
        PyObject it = Ops.callSpecialOrNull(v, "__await__");
        if (it instanceof PyGenerator g && g.type() == PyGenerator.COROUTINE_TYPE
                || it.type().lookup("__next__") == null) {
            throw PyErr.typeError("__await__() returned non-iterator of type '%s'", Ops.typeName(it));
        }
        return it;
    }
}
