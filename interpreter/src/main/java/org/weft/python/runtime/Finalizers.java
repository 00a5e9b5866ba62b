package org.weft.python.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.weft.python.nodes.Frame;

/**
 * {@code __del__} and weak references where there are no reference counts. CPython frees an object
 * the moment its last reference goes, so a program sees {@code __del__} run (and its weak
 * references die) at a {@code del}, and the objects still alive at exit finalized in order. The
 * JVM's collector finds dead objects only when it runs, at moments no program can predict. So
 * {@code __del__} runs only at points where the output stays deterministic and where CPython
 * would most often have run it too:
 * <ul>
 * <li>{@code del} of a name, a list or dict item or an instance attribute, a rebinding of a name
 *     or a list or dict item, a statement's value dropped, a function's return: when what was let
 *     go is an object with {@code __del__}, holds one (in lists, tuples, dicts and instance
 *     attributes) or is weakly referenced, a full collection runs, then every {@code __del__} that
 *     became due, in the order CPython's deallocation would run them ({@link FreeOrder});</li>
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
         * {@code released}, when not null, describes what a {@code del} or a rebinding let go
         * (see {@link #collect}). Returns what gc.collect() reports: the objects of the dead
         * reference cycles freed ({@link CycleGarbage}).
         */
        int collectGarbage(ThreadState ts, Probe released);

        /** Writes CPython's "Exception ignored in: WHERE" report of {@code e} to {@code sys.stderr}. */
        void writeUnraisable(PyException e, String where);
    }

    private final AtomicLong sequence = new AtomicLong();
    /**
     * Set once an object with {@code __del__} has been made: until then no rebinding of a container
     * needs looking into. Written racily, only from false to true.
     */
    private boolean made;
    /** Set once an object has been weakly referenced (as {@link #made}). */
    private boolean watching;
    private final ConcurrentLinkedQueue<PyFinalizable> died = new ConcurrentLinkedQueue<>();
    /** Every finalizable object alive (for the end of the program); the value is unused. */
    private final WeakIdentityMap<Boolean> live = new WeakIdentityMap<>();
    /** Objects that have had a weak reference made to them: a {@code del} of one collects. */
    private final WeakIdentityMap<Boolean> watched = new WeakIdentityMap<>();
    private final WeakrefRegistry weakrefs = new WeakrefRegistry();
    private final CycleSuspects suspects = new CycleSuspects();

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
                    if (frame.code.name.startsWith("<") && frame.back != null) {
                        // a comprehension or lambda: what it makes goes to the function around it
                        frame.back.code.makesFinalizable = true;
                    }
                }
                return new PyFinalizable(type, f);
            }
        }
        return new PyObject(type);
    }

    long created(PyFinalizable o) {
        made = true;
        live.put(o, Boolean.TRUE);
        return sequence.getAndIncrement();
    }

    void died(PyFinalizable o) {
        died.add(o);
    }

    /** Remembers that {@code o} is weakly referenced, so that {@code del} of it collects. */
    public void watch(PyObject o) {
        watching = true;
        watched.put(o, Boolean.TRUE);
    }

    /** The weak references made to each object, for weakref.getweakrefcount and getweakrefs. */
    public WeakrefRegistry weakrefs() {
        return weakrefs;
    }

    /**
     * An instance of a plain class (with or without {@code __del__}): what inline caches must not
     * hold, since a {@code del} may be about to free it.
     */
    public static boolean isInstance(PyObject v) {
        return v instanceof PyFinalizable || v.getClass() == PyObject.class;
    }

    /**
     * What letting go of {@code value} (a {@code del}, a rebinding, a dropped value) may free, or
     * null when that cannot run a {@code __del__} or a weak-reference callback: CPython would free
     * it there if that was its last reference. Null too when {@code rebinding} and collecting for
     * rebindings is over its budget (see {@link #released}).
     */
    public Probe probeFor(PyObject value, boolean rebinding) {
        return value == null ? null : probeFor(new PyObject[] {value}, rebinding);
    }

    /** {@link #probeFor(PyObject, boolean)} of several values let go together, first to last. */
    public Probe probeFor(PyObject[] values, boolean rebinding) {
        if (values.length == 0 || !(made || watching) || !withinBudget(rebinding)) {
            return null;
        }
        FreeOrder order = made ? FreeOrder.of(values) : FreeOrder.EMPTY;
        if (order.isEmpty()) {
            boolean watchedAny = false;
            for (PyObject v : values) {
                watchedAny |= watchedIn(v);
            }
            if (!watchedAny) {
                return null;
            }
        }
        return new Probe(new java.lang.ref.WeakReference<>(values[0]), order);
    }

    /**
     * Whether letting go of {@code o} may free an object with {@code __del__}: it is one, or a
     * container or plain instance that may hold one, or an exception (its traceback holds the
     * frames it ended). A cheap test before {@link #probe}.
     */
    public static boolean mayHold(PyObject o) {
        return o instanceof PyFinalizable || o instanceof PyList || o instanceof PyTuple
                || o.getClass() == PyDict.class || o.getClass() == PyObject.class || o instanceof PyBaseException;
    }

    /** Whether an object with {@code __del__} has been made by the interpreter {@code ts} runs for. */
    public static boolean anyMade(ThreadState ts) {
        Finalizers f = of(ts);
        return f != null && f.made;
    }

    /** {@link #probeFor} of the interpreter {@code ts} runs for (null without one). */
    public static Probe probe(ThreadState ts, PyObject value, boolean rebinding) {
        Finalizers f = of(ts);
        return f == null ? null : f.probeFor(value, rebinding);
    }

    /** {@link #released} of the interpreter {@code ts} runs for; nothing when {@code probe} is null. */
    public static void release(ThreadState ts, Probe probe, boolean rebinding) {
        Finalizers f = probe == null ? null : of(ts);
        if (f != null) {
            f.released(ts, probe, rebinding);
        }
    }

    /** Whether {@code value}, or an item of it (one level deep, and only so far), is weakly referenced. */
    private boolean watchedIn(PyObject value) {
        if (mayFree(value)) {
            return true;
        }
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

    private boolean withinBudget(boolean rebinding) {
        return collections.get() < COLLECTIONS && !(rebinding && fruitlessRebinds.get() >= FRUITLESS_REBINDS);
    }

    private boolean mayFree(PyObject value) {
        return value instanceof PyFinalizable || (value != null && watched.get(value) != null);
    }

    /**
     * A full collection, then the due {@code __del__}s on this thread. When {@code released} (what
     * a {@code del} or a rebinding let go) has objects with {@code __del__} that the collection
     * found dead, this waits, briefly, for the JVM's reference handler and finalizer thread to
     * hand them over, so that their {@code __del__}s run here, in CPython's order, and not at some
     * later point.
     */
    @SuppressWarnings({"deprecation", "removal"})
    public int collect(ThreadState ts, Probe released) {
        List<java.lang.ref.WeakReference<PyObject>> suspected = released == null ? suspects.beforeCollection() : List.of();
        System.gc();
        int plainCycles = CycleSuspects.died(suspected);
        long[] expected = released == null ? new long[0] : released.order().died();
        if (expected.length > 0) {
            long deadline = System.nanoTime() + HANDOVER_WAIT_NANOS;
            while (!queued(expected) && System.nanoTime() < deadline) {
                Runtime.getRuntime().runFinalization();
                if (!queued(expected)) {
                    java.util.concurrent.locks.LockSupport.parkNanos(200_000);
                }
            }
        } else {
            Runtime.getRuntime().runFinalization();
        }
        return plainCycles + runDue(ts, released == null, released == null ? FreeOrder.EMPTY : released.order());
    }

    /**
     * {@code del} let go of {@code o}: a plain instance, list or dict is remembered (weakly), for
     * gc.collect() to count the cycle it may be in ({@link CycleSuspects}).
     */
    public static void deleted(ThreadState ts, PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyObject.class || c == PyList.class || c == PyDict.class) {
            Finalizers f = of(ts);
            if (f != null) {
                f.suspects.add(o);
            }
        }
    }

    /**
     * {@code del} of a name, or a module-level name bound to something else, that held
     * {@code probe}'s object: collects when that can free it (see the class comment), within a
     * budget. A rebinding that freed nothing (the object had other references, as in a loop over
     * a list) counts against it: after {@link #FRUITLESS_REBINDS} of those in a row rebinding stops
     * collecting, and all collections of this kind stop after {@link #COLLECTIONS} of them (a count,
     * not a time: output must not depend on the machine's speed or load), so that a loop over many
     * such objects cannot spend its time in the collector; their
     * {@code __del__}s then run at the next {@code gc.collect()} or at exit.
     */
    public void released(ThreadState ts, Probe probe, boolean rebinding) {
        if (!withinBudget(rebinding)) {
            return;
        }
        if (!(ts.interpreter() instanceof Owner owner)) {
            return;
        }
        collections.incrementAndGet();
        owner.collectGarbage(ts, probe);
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
     * frees those that no one else refers to, first slot first, running their {@code __del__}s
     * before the caller goes on. The slots that hold such objects, themselves or in containers,
     * are cleared (the frame is done) and one collection, within the budget of {@link #released},
     * finds which died.
     */
    public static void frameEnded(ThreadState ts, PyObject[] locals, PyObject result) {
        Finalizers f = of(ts);
        if (f == null || !f.withinBudget(true)) {
            return;
        }
        PyObject[] dropped = new PyObject[locals.length];
        int n = 0;
        for (int i = 0; i < locals.length; i++) {
            PyObject v = locals[i];
            if (v != null && v != result && FreeOrder.holdsFinalizable(v)) {
                dropped[n++] = v;
                locals[i] = null;
            }
            v = null;
        }
        if (n == 0) {
            return;
        }
        Probe probe = new Probe(new java.lang.ref.WeakReference<>(dropped[0]),
                FreeOrder.of(java.util.Arrays.copyOf(dropped, n)));
        java.util.Arrays.fill(dropped, null); // this frame must not keep them alive
        f.released(ts, probe, true);
    }

    /**
     * An exception handled by an {@code except} block in {@code handler}'s frame, whose block has
     * ended: CPython frees the exception then, with its traceback and the frames the exception
     * ended, so the locals of those frames die (the {@code self} of an {@code __init__} that
     * raised, a resource a failed function made). A probe of what those frames hold that has
     * {@code __del__}, for {@link #release}; null when they hold nothing of the kind. The frame of
     * the handler itself is live and is left out.
     */
    public static Probe handledProbe(ThreadState ts, PyBaseException exc, Frame handler) {
        Finalizers f = of(ts);
        if (f == null || !(f.made || f.watching) || !(exc.getTraceback() instanceof PyTraceback tb)) {
            return null;
        }
        List<PyObject> roots = new ArrayList<>();
        for (PyObject v : PyTraceback.endedLocals(tb, handler)) {
            if (f.watchedIn(v) || FreeOrder.holdsFinalizable(v)) {
                roots.add(v);
            }
        }
        if (roots.isEmpty()) {
            return null;
        }
        return new Probe(new java.lang.ref.WeakReference<>(roots.get(0)), FreeOrder.of(roots.toArray(new PyObject[0])));
    }

    /**
     * What {@link #released} needs of an object without holding it: a weak reference, and the
     * objects with {@code __del__} it reaches in the order CPython would free them.
     */
    public record Probe(java.lang.ref.WeakReference<PyObject> ref, FreeOrder order) {
    }

    private static final int FRUITLESS_REBINDS = 8;
    /** Some 1-2 s of full collections on a small heap; tutorials free a handful of objects. */
    private static final int COLLECTIONS = 150;
    private final java.util.concurrent.atomic.AtomicInteger fruitlessRebinds = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger collections = new java.util.concurrent.atomic.AtomicInteger();

    /** How long a {@code del} waits for the JVM to hand over the object it freed (normally well under 1 ms). */
    private static final long HANDOVER_WAIT_NANOS = 200_000_000L;

    private boolean queued(long[] sequences) {
        java.util.Set<Long> waiting = new java.util.HashSet<>();
        for (long s : sequences) {
            waiting.add(s);
        }
        for (PyFinalizable o : died) {
            waiting.remove(o.sequence);
        }
        return waiting.isEmpty();
    }

    /**
     * Runs the {@code __del__} of every object found dead so far, in the order they were made.
     * Objects in a reference cycle wait for a {@code gc.collect()} ({@code cycles}) or the end of
     * the program, as CPython's reference counting cannot free them and only its cycle collector does.
     */
    public void runDue(ThreadState ts, boolean cycles) {
        runDue(ts, cycles, FreeOrder.EMPTY);
    }

    /**
     * As {@link #runDue(ThreadState, boolean)}; the objects of {@code order} run last, in its
     * order (the others died unseen before and would have run earlier). With {@code cycles},
     * returns what gc.collect() reports of the dead cycles ({@link CycleGarbage}); else 0.
     */
    private int runDue(ThreadState ts, boolean cycles, FreeOrder order) {
        List<PyFinalizable> due = new ArrayList<>();
        for (PyFinalizable o; (o = died.poll()) != null;) {
            due.add(o);
        }
        int garbage = 0;
        synchronized (cyclic) {
            if (cycles) {
                List<PyFinalizable> inCycles = new ArrayList<>(cyclic);
                for (PyFinalizable o : due) {
                    if (ReferenceCycles.reachesItself(o)) {
                        inCycles.add(o);
                    }
                }
                garbage = inCycles.isEmpty() ? 0 : CycleGarbage.count(inCycles); // before any __del__ runs
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
        if (due.size() > 1) { // the comparators' lambdas cost 6 ms to link at every exit that has nothing to sort
            due.sort(Comparator.comparingLong((PyFinalizable o) -> order.rank(o.sequence))
                    .thenComparingLong(o -> o.sequence));
        }
        for (PyFinalizable o : due) {
            runDel(ts, o);
        }
        return garbage;
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
        if (named.size() > 1) {
            named.sort(Comparator.comparingLong(o -> o.sequence));
        }
        List<PyFinalizable> rest = new ArrayList<>();
        for (Object o : live.keys()) {
            if (o instanceof PyFinalizable f && !seen.containsKey(f)) {
                rest.add(f);
            }
        }
        if (rest.size() > 1) {
            rest.sort(Comparator.comparingLong(o -> o.sequence));
        }
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
