package org.weft.python.nodes.function;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.generator.AsyncProtocolNode;
import org.weft.python.runtime.LoopIterators;
import org.weft.python.runtime.PyAsyncGenerator;
import org.weft.python.runtime.PyCode;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyFunction;
import org.weft.python.runtime.PyGenerator;
import org.weft.python.runtime.PyObject;

/**
 * A comprehension or generator expression: the first iterable is evaluated (and {@code iter()}ed)
 * in the enclosing scope, then the comprehension's own code runs in a new frame with that
 * iterator as its argument {@code .0} (Python 3.11 semantics), without making a function object.
 */
public final class ComprehensionNode extends ExprNode {
    private final PyCode code;
    private final ExprNode firstIter;
    private final int[] closure;

    /** The first clause is {@code async for}: its iterable is made with {@code __aiter__}. */
    private final boolean asyncFirst;

    public ComprehensionNode(PyCode code, ExprNode firstIter, int[] closure, boolean asyncFirst) {
        this.asyncFirst = asyncFirst;
        this.code = code;
        this.firstIter = firstIter;
        this.closure = closure;
    }

    @Override
    public PyObject execute(Frame f) {
        PyObject first = firstIter.execute(f);
        PyObject it = asyncFirst ? AsyncProtocolNode.aiter(first) : LoopIterators.iter(first);
        Frame frame = new Frame(code, f.globals, f.builtins, null, Closures.frameCells(code, f, closure));
        frame.locals[0] = it;
        if (code.isGenerator()) {
            boolean plain = (code.flags & (PyCode.CO_COROUTINE | PyCode.CO_ASYNC_GENERATOR)) == 0;
            if ((code.flags & PyCode.CO_ASYNC_GENERATOR) != 0) {
                return new PyAsyncGenerator(frame, null);
            }
            return plain ? new PyGenerator.Expression(frame) : new PyGenerator(frame, null);
        }
        try {
            return PyFunction.execute(f.ts, frame);
        } catch (PyException e) {
            throw e.at(f, span); // the comprehension is a call, as CPython's traceback shows it
        }
    }
}
