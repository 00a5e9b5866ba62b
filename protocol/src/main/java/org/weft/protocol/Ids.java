package org.weft.protocol;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random identifiers (session ids) in UUID version 4 form. They must be unique,
 * not unpredictable (the HMAC key guards the connection), so they come from
 * {@link ThreadLocalRandom}: {@link UUID#randomUUID()} would start the JVM's SecureRandom, which
 * costs tens of milliseconds of a kernel's start-up.
 */
final class Ids {
    private Ids() {
    }

    static String randomUuid() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long high = (r.nextLong() & ~0xF000L) | 0x4000L;           // version 4
        long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;  // IETF variant
        return new UUID(high, low).toString();
    }
}
