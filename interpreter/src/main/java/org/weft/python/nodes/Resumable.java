package org.weft.python.nodes;

import org.weft.python.runtime.PushConsumer;
import org.weft.python.runtime.PyObject;

/**
 * What a generator's (or coroutine's) frame needs to stop at a {@code yield} and resume there: kept
 * apart from {@link Frame} so that a plain call's frame, the object every Python call allocates,
 * carries none of it (fib(36): 48 million frames, 81% of the bytes the program allocates).
 *
 * <p>Threads: as the frame's own fields, used only by the thread that holds the generator's
 * {@code running} gate.
 */
public final class Resumable {

    /** Where each resumable node stopped. */
    public final int[] resume;
    /** True while a resumed generator re-enters its nodes down to the suspended yield. */
    public boolean resuming;
    /** The value sent into a resumed generator, or the exception thrown into it. */
    public PyObject sent;
    public RuntimeException thrown;
    /** Set while a generator runs {@code yield from}: the sub-iterator being delegated to. */
    public PyObject delegate;
    /** Set while {@link org.weft.python.runtime.PyGenerator#drain} runs this generator's frame: where its yields go. */
    public PushConsumer push;

    Resumable(int slots) {
        this.resume = new int[slots];
    }
}
