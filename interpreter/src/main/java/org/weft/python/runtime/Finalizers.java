package org.weft.python.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code __del__} and weak references where there are no reference counts. CPython frees an object
 * the moment its last reference goes, so a program sees {@code __del__} run (and its weak
 * references die) at a {@code del}, and the objects still alive at exit finalized in order. The
 * JVM's collector finds dead objects only when it runs, at moments no program can predict. So
 * {@code __del__} runs only at points where the output stays deterministic and where CPython
 * would most often have run it too:
 * <ul>
 * <li>{@code del name} of an instance of a class with {@code __del__}, or of an object that is
 *     weakly referenced: a full collection runs, then every {@code __del__} that became due, in
 *     the order the objects were made;</li>
 * <li>{@code gc.collect()}: the same;</li>
 * <li>the end of the program: the {@code __del__} of every such object still alive, in CPython's
 *     order for the usual cases (objects that {@code __main__}'s globals name, in the order they
 *     were made; then the items of lists and tuples that globals name, last item first; then the
 *     rest, in the order they were made).</li>
 * </ul>
 * An object that dies unseen between those points has its {@code __del__} run at the next one.
 * A {@code __del__} that raises is reported as CPython's unraisable hook does, and the program goes on.
 *
 * <p>Threads: one per interpreter, shared by its threads. The queue of dead objects is filled by
 * the JVM's finalizer thread and drained by Python threads; {@link PyFinalizable#claim} lets each
 * {@code __del__} run once. The registry of live objects and of weakly referenced objects is a
 * {@link WeakIdentityMap} (synchronized; used when such objects are made and at the points above).
 */
public final class Finalizers {

    /** Implemented by the engine's Interpreter. */
    public interface Owner {
        Finalizers finalizers();

        /**
         * Collects now and runs every {@code __del__} and weak-reference callback that became due;
         * {@code deleted}, when not null, is what a {@code del} removed (see {@link #collect}).
         */
        void collectGarbage(ThreadState ts, java.lang.ref.WeakReference<PyObject> deleted, long deletedSequence);

        /** Writes CPython's "Exception ignored in: WHERE" report of {@code e} to {@code sys.stderr}. */
        void writeUnraisable(PyException e, String where);
    }

    private final AtomicLong sequence = new AtomicLong();
    private final ConcurrentLinkedQueue<PyFinalizable> died = new ConcurrentLinkedQueue<>();
    /** Every finalizable object alive (for the end of the program); the value is unused. */
    private final WeakIdentityMap<Boolean> live = new WeakIdentityMap<>();
    /** Objects that have had a weak reference made to them: a {@code del} of one collects. */
    private final WeakIdentityMap<Boolean> watched = new WeakIdentityMap<>();

    /** The finalizers of the interpreter {@code ts} runs for, or null (Java code in unit tests). */
    public static Finalizers of(ThreadState ts) {
        return ts.interpreter() instanceof Owner o ? o.finalizers() : null;
    }

    /**
     * A new instance of {@code type}: a {@link PyFinalizable} when the class has {@code __del__}
     * (and this thread runs for an interpreter), else a plain object.
     */
    public static PyObject newInstance(PyType type) {
        if (type.isHeapType() && type.lookup("__del__") != null) {
            ThreadState ts = ThreadState.current();
            Finalizers f = of(ts);
            if (f != null) {
                if (ts.frame() instanceof org.weft.python.nodes.Frame frame) {
                    frame.code.makesFinalizable = true;
                }
                return new PyFinalizable(type, f);
            }
        }
        return new PyObject(type);
    }

    long created(PyFinalizable o) {
        live.put(o, Boolean.TRUE);
        return sequence.getAndIncrement();
    }

    void died(PyFinalizable o) {
        died.add(o);
    }

    /** Remembers that {@code o} is weakly referenced, so that {@code del} of it collects. */
    public void watch(PyObject o) {
        watched.put(o, Boolean.TRUE);
    }

    /**
     * An instance of a plain class (with or without {@code __del__}): what inline caches must not
     * hold, since a {@code del} may be about to free it.
     */
    public static boolean isInstance(PyObject v) {
        return v instanceof PyFinalizable || v.getClass() == PyObject.class;
    }

    /** Whether {@code del} of {@code value} is to collect at once: CPython would free it there. */
    public boolean collectsOnDelete(PyObject value) {
        if (mayFree(value)) {
            return true;
        }
        // A list, tuple or dict of such objects (looked at one level deep, and only so far).
        PyObject[] items = value instanceof PyList l ? l.snapshot()
                : value instanceof PyTuple t ? t.items()
                : value instanceof PyDict d ? d.snapshot().values() : null;
        if (items != null) {
            for (int i = 0; i < Math.min(items.length, CONTAINER_LOOK); i++) {
                if (mayFree(items[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final int CONTAINER_LOOK = 64;

    private boolean mayFree(PyObject value) {
        return value instanceof PyFinalizable || (value != null && watched.get(value) != null);
    }

    /**
     * A full collection, then the due {@code __del__}s on this thread. When {@code deleted} (a
     * weak reference to what a {@code del} removed) is cleared by it, the object was garbage: this
     * waits, briefly, for the JVM's reference handler and finalizer thread to hand it over, so
     * that its {@code __del__} runs here and not at some later point.
     */
    @SuppressWarnings({"deprecation", "removal"})
    public void collect(ThreadState ts, java.lang.ref.WeakReference<PyObject> deleted, long deletedSequence) {
        System.gc();
        if (deleted != null && deleted.get() == null && deletedSequence >= 0) {
            long deadline = System.nanoTime() + HANDOVER_WAIT_NANOS;
            while (!queued(deletedSequence) && System.nanoTime() < deadline) {
                Runtime.getRuntime().runFinalization();
                if (!queued(deletedSequence)) {
                    java.util.concurrent.locks.LockSupport.parkNanos(200_000);
                }
            }
        } else {
            Runtime.getRuntime().runFinalization();
        }
        runDue(ts, deleted == null);
    }

    /**
     * {@code del} of a name, or a module-level name bound to something else, that held
     * {@code probe}'s object: collects when that can free it (see the class comment), within a
     * budget. A rebinding that freed nothing (the object had other references, as in a loop over
     * a list) counts against it: after {@link #FRUITLESS_REBINDS} of those in a row rebinding stops
     * collecting, and all collections of this kind stop after {@link #COLLECT_BUDGET_NANOS} (1 s) spent in them, so
     * that a loop over many such objects cannot spend its time in the collector; their
     * {@code __del__}s then run at the next {@code gc.collect()} or at exit.
     */
    public void released(ThreadState ts, Probe probe, boolean rebinding) {
        if (collectNanos.get() > COLLECT_BUDGET_NANOS || rebinding && fruitlessRebinds.get() >= FRUITLESS_REBINDS) {
            return;
        }
        if (!(ts.interpreter() instanceof Owner owner)) {
            return;
        }
        long start = System.nanoTime();
        owner.collectGarbage(ts, probe.ref(), probe.sequence());
        collectNanos.addAndGet(System.nanoTime() - start);
        if (rebinding) {
            if (probe.ref().get() == null) {
                fruitlessRebinds.set(0);
            } else {
                fruitlessRebinds.incrementAndGet();
            }
        }
    }

    /**
     * A function whose code makes finalizable objects returned: its locals die now, and CPython
     * frees those that no one else refers to, running their {@code __del__} before the caller goes
     * on. The slots are cleared (the frame is done) and one collection, within the budget of
     * {@link #released}, finds which died.
     */
    public static void frameEnded(ThreadState ts, PyObject[] locals, PyObject result) {
        Probe probe = null;
        for (int i = 0; i < locals.length; i++) {
            PyObject v = locals[i];
            if (v instanceof PyFinalizable && v != result) {
                if (probe == null) {
                    probe = Probe.of(v);
                }
                locals[i] = null;
            }
            v = null;
        }
        Finalizers f = probe == null ? null : of(ts);
        if (f != null) {
            f.released(ts, probe, true);
        }
    }

    /** What {@link #released} needs of an object without holding it: a weak reference and its creation number. */
    public record Probe(java.lang.ref.WeakReference<PyObject> ref, long sequence) {
        public static Probe of(PyObject o) {
            return new Probe(new java.lang.ref.WeakReference<>(o), sequenceOf(o));
        }
    }

    private static final int FRUITLESS_REBINDS = 8;
    private static final long COLLECT_BUDGET_NANOS = 1_000_000_000L;
    private final java.util.concurrent.atomic.AtomicInteger fruitlessRebinds = new java.util.concurrent.atomic.AtomicInteger();
    private final AtomicLong collectNanos = new AtomicLong();

    /** How long a {@code del} waits for the JVM to hand over the object it freed (normally well under 1 ms). */
    private static final long HANDOVER_WAIT_NANOS = 200_000_000L;

    private boolean queued(long sequence) {
        for (PyFinalizable o : died) {
            if (o.sequence == sequence) {
                return true;
            }
        }
        return false;
    }

    /** The creation number of a finalizable object (-1 for others), kept where the object itself must not be. */
    public static long sequenceOf(PyObject o) {
        return o instanceof PyFinalizable f ? f.sequence : -1;
    }

    /**
     * Runs the {@code __del__} of every object found dead so far, in the order they were made.
     * Objects in a reference cycle wait for a {@code gc.collect()} ({@code cycles}) or the end of
     * the program, as CPython's reference counting cannot free them and only its cycle collector does.
     */
    public void runDue(ThreadState ts, boolean cycles) {
        List<PyFinalizable> due = new ArrayList<>();
        for (PyFinalizable o; (o = died.poll()) != null;) {
            due.add(o);
        }
        synchronized (cyclic) {
            if (cycles) {
                due.addAll(cyclic);
                cyclic.clear();
            } else {
                for (java.util.Iterator<PyFinalizable> it = due.iterator(); it.hasNext();) {
                    PyFinalizable o = it.next();
                    if (ReferenceCycles.reachesItself(o)) {
                        cyclic.add(o);
                        it.remove();
                    }
                }
            }
        }
        due.sort(Comparator.comparingLong(o -> o.sequence));
        for (PyFinalizable o : due) {
            runDel(ts, o);
        }
    }

    /** Dead objects in reference cycles, waiting for gc.collect() or exit (guarded by itself). */
    private final List<PyFinalizable> cyclic = new ArrayList<>();

    /** At the end of the program: every {@code __del__} not yet run (see the class comment for the order). */
    public void atExit(ThreadState ts, PyDict mainGlobals) {
        runDue(ts, true);
        Map<PyFinalizable, Boolean> seen = new IdentityHashMap<>();
        List<PyFinalizable> named = new ArrayList<>();
        List<PyFinalizable> inContainers = new ArrayList<>();
        PyDict.Snapshot globals = mainGlobals.snapshot();
        for (int g = 0; g < globals.size(); g++) {
            if (globals.values()[g] instanceof PyFinalizable o && seen.put(o, Boolean.TRUE) == null) {
                named.add(o);
            }
        }
        for (int g = 0; g < globals.size(); g++) {
            PyObject value = globals.values()[g];
            PyObject[] items = value instanceof PyList l ? l.snapshot()
                    : value instanceof PyTuple t ? t.items() : null;
            for (int i = items == null ? -1 : items.length - 1; i >= 0; i--) {
                if (items[i] instanceof PyFinalizable o && seen.put(o, Boolean.TRUE) == null) {
                    inContainers.add(o);
                }
            }
        }
        named.sort(Comparator.comparingLong(o -> o.sequence));
        List<PyFinalizable> rest = new ArrayList<>();
        for (Object o : live.keys()) {
            if (o instanceof PyFinalizable f && !seen.containsKey(f)) {
                rest.add(f);
            }
        }
        rest.sort(Comparator.comparingLong(o -> o.sequence));
        for (List<PyFinalizable> group : List.of(named, inContainers, rest)) {
            for (PyFinalizable o : group) {
                runDel(ts, o);
            }
        }
    }

    private static void runDel(ThreadState ts, PyFinalizable o) {
        if (!o.claim()) {
            return;
        }
        PyObject del = o.type().lookup("__del__");
        if (del == null) {
            return;
        }
        try {
            Ops.call(del, o);
        } catch (PyException e) {
            if (ts.interpreter() instanceof Owner owner) {
                owner.writeUnraisable(e, Ops.repr(del).value());
            }
        }
    }
}
