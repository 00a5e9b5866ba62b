package org.weft.python.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * A map from objects, compared by identity and held weakly, to values: an entry goes when its key
 * is collected. Every method synchronizes on the map; use it only off the hot paths ({@code id()},
 * slots of classes that also have a {@code __dict__}).
 */
final class WeakIdentityMap<V> {

    private final Map<Key, V> map = new HashMap<>();
    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();

    synchronized V get(Object k) {
        expunge();
        return map.get(new Key(k, null));
    }

    synchronized void put(Object k, V v) {
        expunge();
        map.put(new Key(k, queue), v);
    }

    synchronized V remove(Object k) {
        expunge();
        return map.remove(new Key(k, null));
    }

    /** The keys still alive, in no particular order. */
    synchronized java.util.List<Object> keys() {
        expunge();
        java.util.List<Object> out = new java.util.ArrayList<>(map.size());
        for (Key k : map.keySet()) {
            Object o = k.get();
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    private void expunge() {
        for (Object r; (r = queue.poll()) != null;) {
            map.remove(r);
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
