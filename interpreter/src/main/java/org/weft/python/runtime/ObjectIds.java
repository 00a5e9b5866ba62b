package org.weft.python.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

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

    private static final Map<Key, Long> IDS = new HashMap<>();
    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    private static final long[] NEXT = {BASE};

    private ObjectIds() {
    }

    static long id(PyObject o) {
        synchronized (IDS) {
            expunge();
            Key k = new Key(o, null);
            Long v = IDS.get(k);
            if (v == null) {
                v = NEXT[0];
                NEXT[0] += 16;
                IDS.put(new Key(o, QUEUE), v);
            }
            return v;
        }
    }

    private static void expunge() {
        for (Object r; (r = QUEUE.poll()) != null;) {
            IDS.remove(r);
        }
    }

    /** A weak reference compared by the referent's identity. */
    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object o, ReferenceQueue<Object> q) {
            super(o, q);
            this.hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Key k)) {
                return false;
            }
            Object a = get();
            return a != null && a == k.get();
        }
    }
}
