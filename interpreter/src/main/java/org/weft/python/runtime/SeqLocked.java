package org.weft.python.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Base of the mutable containers ({@code list}, {@code dict}, {@code set}): one sequence word that
 * is at once the writers' mutex, the readers' optimistic-read validator and the version stamp that
 * the engine's inline caches compare.
 *
 * <p>The word is even while no writer is inside and odd while one is. A writer moves it from even
 * {@code s} to {@code s + 1} with a CAS, changes the object, and publishes {@code s + 2} with a
 * release store, so every write changes the stamp. A reader takes no lock and writes nothing: it
 * reads the word ({@link #readBegin}), reads the object's fields into locals (which may be torn and
 * must be read bounds-safely), and keeps what it read only if {@link #readValid} says that no
 * writer came in between; otherwise it retries. This is the seqlock of the Linux kernel and of
 * {@link java.util.concurrent.locks.StampedLock#tryOptimisticRead}, reduced to one field.
 *
 * <p>The lock is not reentrant and must never be held while Python code runs (an {@code __eq__},
 * {@code __hash__}, {@code __repr__} or iterator): code that needs Python code releases it, calls,
 * re-acquires it and checks with {@link #relockUnchanged} whether anyone wrote meanwhile. Writers
 * hold it for short, bounded work only, so a waiter spins briefly and then backs off.
 */
abstract class SeqLocked extends PyObject {

    private static final VarHandle SEQ;

    static {
        try {
            SEQ = MethodHandles.lookup().findVarHandle(SeqLocked.class, "seq", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Even: stable; odd: a writer is inside. Only {@link #lockWrite} and {@link #unlockWrite} change it. */
    private volatile long seq;

    SeqLocked(PyType type) {
        super(type);
    }

    /**
     * A stamp that changes on every write (it is even when no write is in progress). Inline caches
     * that read this object through a validated read may keep what they read while the stamp
     * stays the same.
     */
    public final long version() {
        return seq;
    }

    /** Starts an optimistic read: a stamp to give to {@link #readValid}, waiting out a writer. */
    final long readBegin() {
        long s = seq;
        if ((s & 1) == 0) {
            return s;
        }
        return awaitStable();
    }

    private long awaitStable() {
        for (int spins = 0;; spins++) {
            long s = seq;
            if ((s & 1) == 0) {
                return s;
            }
            // A reader only waits out one short write: it must not sleep, or a dict that several
            // threads keep writing would make its readers wait milliseconds per lookup.
            if (spins < READER_SPINS) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    private static final int READER_SPINS = 100;

    /**
     * How many optimistic reads a reader tries before it takes the lock itself (DESIGN.md rule 3:
     * "fall back to the object's lock"). Threads that keep writing one container can invalidate
     * every optimistic read of it; a reader that failed this often waits its turn like a writer,
     * so it cannot starve. Taking the lock bumps the stamp, which is why this is rare, not the rule.
     */
    static final int OPTIMISTIC_TRIES = 8;

    /** True when nothing was written since {@code stamp} was taken: the plain reads made since are consistent. */
    final boolean readValid(long stamp) {
        VarHandle.acquireFence();
        return seq == stamp;
    }

    /** Takes the writers' lock; returns the (odd) stamp now held. */
    final long lockWrite() {
        for (int spins = 0;; spins++) {
            long s = seq;
            if ((s & 1) == 0 && SEQ.compareAndSet(this, s, s + 1)) {
                return s + 1;
            }
            backOff(spins);
        }
    }

    /** Releases the writers' lock, publishing every write made under it. */
    final void unlockWrite() {
        SEQ.setRelease(this, seq + 1);
    }

    /**
     * Re-takes the lock after it was released to run Python code; true when no other writer held it
     * meanwhile, so that positions found before the release are still valid. {@code released} is
     * the value returned by {@link #unlockWriteForCall}.
     */
    final boolean relockUnchanged(long released) {
        return lockWrite() == released + 1;
    }

    /** Releases the lock before running Python code; returns the stamp to give to {@link #relockUnchanged}. */
    final long unlockWriteForCall() {
        long s = seq + 1;
        SEQ.setRelease(this, s);
        return s;
    }

    /**
     * A writer waiting for another thread's write: spin briefly, then sleep for exponentially longer,
     * from 50 microseconds up to 1.6 milliseconds. Yielding instead kept both cores hammering one
     * cache line, and two threads appending to one list together did a fifth of the work one thread
     * does alone (bench/scaling, contention); backing off lets the writer that holds the line do a
     * run of writes, so contended throughput stays near one thread's. The first sleep is 50
     * microseconds, not 1: Linux sleeps about 50 anyway (timer slack), and the shorter sleeps only
     * woke the waiters more often to steal the line back. On 16 cores (2026-11-26, contention, 16
     * threads) sleeps from 1 microsecond took 1.65 s where sleeps from 50 took 1.49 s and one
     * thread's throughput was kept at every N.
     */
    private static void backOff(int spins) {
        if (spins < SPINS) {
            Thread.onSpinWait();
        } else {
            int shift = Math.min(spins - SPINS, MAX_SHIFT);
            java.util.concurrent.locks.LockSupport.parkNanos(FIRST_SLEEP_NANOS << shift);
        }
    }

    private static final long FIRST_SLEEP_NANOS = 50_000;
    private static final int MAX_SHIFT = 5;
    private static final int SPINS = 4;
}
