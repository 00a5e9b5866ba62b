package org.weft.python.nodes;

import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.SourceSpan;

/** An executable expression: {@link #execute} computes its value in a frame (never null). */
public abstract class ExprNode {

    /**
     * Where this expression lies, for the carets under it in a traceback; set only on the nodes
     * that record it when an exception passes ({@link org.weft.python.runtime.PyException#at}),
     * once, by the compiler, before the code is published (so every thread sees it set).
     */
    protected SourceSpan span;

    public abstract PyObject execute(Frame f);

    /** Sets {@link #span} (the compiler does, once); returns this node. */
    public ExprNode withSpan(SourceSpan s) {
        this.span = s;
        return this;
    }

    /**
     * The expression as a condition ({@code if}, {@code while}, {@code assert}, a conditional
     * expression's test, {@code not}, a comprehension's {@code if}, a case guard): its truth.
     * {@code and}, {@code or} and {@code not} override it so that each operand's truth is asked
     * once, as CPython's compiler jumps on each operand (compiler_jump_if in compile.c) rather
     * than testing the value the whole expression would have.
     */
    public boolean isTrue(Frame f) {
        return org.weft.python.nodes.expression.Truth.isTrue(execute(f));
    }
}
