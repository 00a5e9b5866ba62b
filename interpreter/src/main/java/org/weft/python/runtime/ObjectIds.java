package org.weft.python.runtime;

/**
 * {@code id()}: a unique, stable number per live object, assigned on first request.
 * {@code System.identityHashCode} is not unique, so ids come from a counter, remembered in a weak
 * identity map. Shared state, deliberately JVM-wide (ids must never repeat between interpreters
 * sharing objects such as built-in types); guarded by the map's lock, taken only by {@code id()} and
 * default reprs, never on hot paths.
 */
final class ObjectIds {

    /** Looks like a CPython heap address, so reprs read as usual ({@code 0x7f...}). */
    private static final long BASE = 0x7f0000000000L;

    private static final WeakIdentityMap<Long> IDS = new WeakIdentityMap<>();
    /** The next id; guarded by {@code IDS}. */
    private static final long[] NEXT = {BASE};

    private ObjectIds() {
    }

    static long id(PyObject o) {
        synchronized (IDS) {
            Long v = IDS.get(o);
            if (v == null) {
                v = NEXT[0];
                NEXT[0] += 16;
                IDS.put(o, v);
            }
            return v;
        }
    }
}
