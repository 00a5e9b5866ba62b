package org.weft.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReplayGuardTest {
    @Test
    @DisplayName("a signature is new once, then a replay")
    void secondTimeIsReplay() {
        ReplayGuard guard = new ReplayGuard(10);
        assertTrue(guard.firstSeen(new byte[] {1, 2}));
        assertFalse(guard.firstSeen(new byte[] {1, 2}));
        assertTrue(guard.firstSeen(new byte[] {1, 3}));
    }

    @Test
    @DisplayName("the history is bounded and forgets the oldest signature first")
    void bounded() {
        ReplayGuard guard = new ReplayGuard(3);
        for (byte b = 0; b < 4; b++) {
            assertTrue(guard.firstSeen(new byte[] {b}));
        }
        assertEquals(3, guard.size());
        assertTrue(guard.firstSeen(new byte[] {0}), "oldest was forgotten");
        assertFalse(guard.firstSeen(new byte[] {3}), "newest is remembered");
    }

    @Test
    @DisplayName("keeps its own copy of the signature")
    void copies() {
        ReplayGuard guard = new ReplayGuard(3);
        byte[] signature = {7};
        guard.firstSeen(signature);
        signature[0] = 8;
        assertFalse(guard.firstSeen(new byte[] {7}));
    }
}
