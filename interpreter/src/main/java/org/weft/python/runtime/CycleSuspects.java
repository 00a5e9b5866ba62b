package org.weft.python.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Instances of classes without {@code __del__}, lists and dicts that a {@code del} let go of, held weakly, so that
 * {@code gc.collect()} can count the reference cycles among them that died, as CPython's collector
 * reports them: before the collection it notes, weakly, the members of each such object's cycle
 * ({@link CycleGarbage}); after it, the members the JVM freed are the cycle garbage. Cycles that
 * hold an object with {@code __del__} are left to {@link Finalizers}, which sees those die.
 *
 * <p>Threads: one per interpreter; the list is guarded by this object, and the walks look at
 * objects through snapshots with no lock held.
 */
final class CycleSuspects {

    /** At most this many are remembered: a program deleting instances in a loop stays cheap. */
    private static final int MAX = 256;

    private final List<WeakReference<PyObject>> suspects = new ArrayList<>();
    /** Whether {@link #suspects} holds {@link #MAX}; read without the lock, written under it. */
    private volatile boolean full;

    /**
     * Remembers {@code o}, a plain instance, list or dict a {@code del} let go of. Only gc.collect()
     * forgets the dead ones, so a {@code del} costs no scan: past {@link #MAX} until then, no more.
     */
    void add(PyObject o) {
        if (full) {
            return; // a loop of dels past the bound takes no lock
        }
        synchronized (this) {
            if (suspects.size() < MAX) {
                suspects.add(new WeakReference<>(o));
            }
            full = suspects.size() >= MAX;
        }
    }

    /**
     * Weak references to the members of the cycles the remembered objects are in, to be looked
     * at after a collection ({@link #died}); the remembered objects that are gone are forgotten.
     */
    List<WeakReference<PyObject>> beforeCollection() {
        List<PyObject> roots = new ArrayList<>();
        synchronized (this) {
            suspects.removeIf(r -> r.get() == null);
            full = suspects.size() >= MAX;
            for (WeakReference<PyObject> r : suspects) {
                PyObject o = r.get();
                if (o != null) {
                    roots.add(o);
                }
            }
        }
        List<WeakReference<PyObject>> out = new ArrayList<>();
        java.util.IdentityHashMap<PyObject, Boolean> noted = new java.util.IdentityHashMap<>();
        for (PyObject root : roots) {
            if (noted.containsKey(root) || !ReferenceCycles.reachesItself(root)) {
                continue;
            }
            List<PyObject> members = CycleGarbage.members(List.of(root));
            boolean finalizable = false;
            for (PyObject m : members) {
                finalizable |= m instanceof PyFinalizable;
            }
            for (PyObject m : members) {
                if (noted.put(m, Boolean.TRUE) == null && !finalizable) {
                    out.add(new WeakReference<>(m));
                }
            }
        }
        return out;
    }

    /** How many of {@code members} the collection freed. */
    static int died(List<WeakReference<PyObject>> members) {
        int n = 0;
        for (WeakReference<PyObject> r : members) {
            if (r.get() == null) {
                n++;
            }
        }
        return n;
    }
}
