package org.weft.python.modules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.weft.python.runtime.ThreadState;

/**
 * What {@code _thread} keeps per interpreter: the main thread (the one that first imported
 * {@code _thread}), the threads started from Python that are still running, and the stack size
 * for new threads. One instance per {@code _thread} module object, captured by its functions.
 *
 * <p>Threads: shared by every thread of the interpreter; the running-thread table is a
 * {@link ConcurrentHashMap}, the count an atomic, the stack size a volatile.
 */
final class ThreadRegistry {

    /** Free-threading rule 1: room for {@code sys.setrecursionlimit(10000)} on the JVM stack. */
    static final long DEFAULT_STACK_BYTES = 64L << 20;

    final ThreadState mainState;
    final long mainIdent;
    private final Map<Long, ThreadState> running = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();
    /** {@code _thread.stack_size()}: 0 means the default. */
    private volatile long stackSize;

    ThreadRegistry(ThreadState mainState, long mainIdent) {
        this.mainState = mainState;
        this.mainIdent = mainIdent;
    }

    void started(long ident, ThreadState state) {
        running.put(ident, state);
    }

    void reserve() {
        count.incrementAndGet();
    }

    void finished(long ident) {
        running.remove(ident);
        count.decrementAndGet();
    }

    /** {@code _thread._count()}: threads started from Python and not yet finished. */
    int count() {
        return count.get();
    }

    /** The state of a running thread by ident (the main thread included), or null. */
    ThreadState state(long ident) {
        return ident == mainIdent ? mainState : running.get(ident);
    }

    long stackSize() {
        return stackSize;
    }

    void setStackSize(long bytes) {
        stackSize = bytes;
    }

    /** The JVM stack of a new thread: never smaller than the default (rule 1). */
    long jvmStackBytes() {
        return Math.max(stackSize, DEFAULT_STACK_BYTES);
    }
}
