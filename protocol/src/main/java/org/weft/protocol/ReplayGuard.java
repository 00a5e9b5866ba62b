package org.weft.protocol;

import java.nio.ByteBuffer;
import java.util.LinkedHashSet;
import java.util.Iterator;

/**
 * Remembers the signatures of recent messages, so a captured message sent again is refused. As in
 * jupyter_client's {@code Session.digest_history}, the history is bounded; here the oldest
 * signatures are forgotten first.
 *
 * <p>Thread-safe: shell, control and stdin share one guard, since a replayed request could arrive
 * on any of them.
 */
public final class ReplayGuard {
    /** jupyter_client's {@code digest_history_size}. */
    public static final int DEFAULT_CAPACITY = 1 << 16;

    private final int capacity;
    private final LinkedHashSet<ByteBuffer> seen = new LinkedHashSet<>();

    public ReplayGuard(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * Records a signature; false if it was already recorded (a replay). Call it only for
     * signatures that verified, so forged messages cannot push genuine ones out of the history.
     */
    public synchronized boolean firstSeen(byte[] signature) {
        if (!seen.add(ByteBuffer.wrap(signature.clone()))) {
            return false;
        }
        if (seen.size() > capacity) {
            Iterator<ByteBuffer> oldest = seen.iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    /** How many signatures are remembered now. */
    public synchronized int size() {
        return seen.size();
    }
}
