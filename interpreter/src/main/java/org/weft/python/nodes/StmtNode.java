package org.weft.python.nodes;

/**
 * An executable statement. {@link #execute} returns a completion status instead of throwing for
 * {@code break}, {@code continue}, {@code return} and {@code yield}, so that ordinary control flow
 * never builds Java exceptions; the return value travels in {@link Frame#returnValue}.
 */
public abstract class StmtNode {
    /** Completed normally: go on with the next statement. */
    public static final int NORMAL = 0;
    /** A {@code break} is unwinding to the innermost loop. */
    public static final int BREAK = 1;
    /** A {@code continue} is unwinding to the innermost loop. */
    public static final int CONTINUE = 2;
    /** A {@code return} is unwinding to the function; the value is in {@link Frame#returnValue}. */
    public static final int RETURN = 3;
    /** A generator is suspending; the yielded value is in {@link Frame#returnValue}. */
    public static final int YIELD = 4;

    /** 1-based source line of this statement, for tracebacks. */
    public final int lineno;

    protected StmtNode(int lineno) {
        this.lineno = lineno;
    }

    /** Runs the statement; returns one of the status constants. */
    public abstract int execute(Frame f);
}
