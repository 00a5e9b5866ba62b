package org.weft.python.nodes;

import org.weft.python.runtime.PyObject;

/**
 * The part of a {@link Frame} that only resumable code (generators, coroutines, generator
 * expressions) uses, kept apart so that every plain call's frame is 16 bytes smaller: a frame is
 * allocated per call, and allocation bandwidth is what limits call-heavy code, most of all when
 * many threads allocate at once.
 *
 * <p>Threads: as its frame's fields; the generator's {@code running} flag admits one thread at a time.
 */
public final class GeneratorState {
    /** Where each resumable node stopped. */
    public final int[] resume;
    /** True while a resumed generator re-enters its nodes down to the suspended yield. */
    public boolean resuming;
    /** The value sent into a resumed generator, or the exception thrown into it. */
    public PyObject sent;
    public RuntimeException thrown;
    /** Set while a generator runs {@code yield from}: the sub-iterator being delegated to. */
    public PyObject delegate;

    GeneratorState(int resumeSlots) {
        this.resume = new int[resumeSlots];
    }
}
