package org.weft.python.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The weak references made to each object, for {@code weakref.getweakrefcount} and
 * {@code getweakrefs}, and the basic one that CPython's {@code ref(o)} shares. Referents and
 * references are both held weakly. One per interpreter (its {@link Finalizers}).
 *
 * <p>Threads: every method synchronizes on {@link #weakrefs}; no Python code runs under it.
 */
public final class WeakrefRegistry {

    private final WeakIdentityMap<List<WeakReference<PyObject>>> weakrefs = new WeakIdentityMap<>();
    /** The basic references among them: exact weakref.ref, no callback. */
    private final WeakIdentityMap<Boolean> basicRefs = new WeakIdentityMap<>();
    private static final int COLLECTIONS = 200;
    private final java.util.concurrent.atomic.AtomicInteger collections = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Records {@code ref}, a weak reference just made to {@code o}, for {@code weakref.getweakrefs}:
     * a basic one (see {@link #basic}) first, the others after it, newest first, as CPython's
     * weakref_new keeps an object's list.
     */
    public void add(PyObject o, PyObject ref, boolean basic) {
        synchronized (weakrefs) {
            List<WeakReference<PyObject>> list = weakrefs.get(o);
            if (list == null) {
                list = new ArrayList<>(2);
                weakrefs.put(o, list);
            }
            list.removeIf(r -> r.get() == null);
            boolean basicFirst = !list.isEmpty() && basicAt(list);
            list.add(basic || !basicFirst ? 0 : 1, new WeakReference<>(ref));
            if (basic) {
                basicRefs.put(ref, Boolean.TRUE);
            }
        }
    }

    /** The basic weak reference to {@code o} still alive (CPython reuses it for ref(o)), or null. */
    public PyObject basic(PyObject o) {
        synchronized (weakrefs) {
            List<WeakReference<PyObject>> list = weakrefs.get(o);
            return list == null || list.isEmpty() || !basicAt(list) ? null : list.get(0).get();
        }
    }

    private boolean basicAt(List<WeakReference<PyObject>> list) {
        PyObject head = list.get(0).get();
        return head != null && basicRefs.get(head) != null;
    }

    /**
     * The weak references to {@code o} that the program still holds. CPython drops one the moment
     * its last reference goes; here a full collection first clears those the program let go (for
     * the first {@link #COLLECTIONS} calls: a count, not a time, so output stays the same on every
     * machine, and a loop of calls does not spend its time in the collector).
     */
    public List<PyObject> weakrefsTo(PyObject o) {
        synchronized (weakrefs) {
            if (weakrefs.get(o) == null) {
                return List.of();
            }
        }
        if (collections.getAndIncrement() < COLLECTIONS) {
            System.gc();
        }
        synchronized (weakrefs) {
            List<PyObject> out = new ArrayList<>();
            List<WeakReference<PyObject>> list = weakrefs.get(o);
            if (list != null) {
                list.removeIf(r -> r.get() == null);
                for (WeakReference<PyObject> r : list) {
                    PyObject ref = r.get();
                    if (ref != null) {
                        out.add(ref);
                    }
                }
            }
            return out;
        }
    }
}
