package org.weft.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SignerTest {
    private static final List<byte[]> FRAMES = List.of(
            bytes("{\"msg_id\":\"a\"}"), bytes("{}"), bytes("{}"), bytes("{\"x\":1}"));

    @Test
    @DisplayName("signs as Python's hmac.new(key, digestmod=sha256).hexdigest() over the four frames")
    void matchesPython() {
        // Computed with CPython's hmac module, the way jupyter_client's Session.sign does it.
        String expected = "b373758af332b36cd55c176a43bab7a15574b3d4811c6c4888398af46d6161f2";
        assertEquals(expected, new String(Signer.forKey("secret-key").sign(FRAMES), StandardCharsets.US_ASCII));
    }

    @Test
    @DisplayName("signs as javax.crypto.Mac's HmacSHA256 does, for keys shorter and longer than a block and any frames")
    void matchesJavaMac() throws Exception {
        java.util.Random random = new java.util.Random(20261126);
        for (int keyLength : new int[] {1, 5, 32, 63, 64, 65, 100, 200}) {
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < keyLength; i++) {
                key.append((char) ('a' + random.nextInt(26)));
            }
            for (int round = 0; round < 5; round++) {
                List<byte[]> frames = new java.util.ArrayList<>();
                for (int f = 0; f < 4; f++) {
                    byte[] frame = new byte[random.nextInt(300)];
                    random.nextBytes(frame);
                    frames.add(frame);
                }
                javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
                mac.init(new javax.crypto.spec.SecretKeySpec(bytes(key.toString()), "HmacSHA256"));
                for (byte[] frame : frames) {
                    mac.update(frame);
                }
                String expected = java.util.HexFormat.of().formatHex(mac.doFinal());
                assertEquals(expected, new String(Signer.forKey(key.toString()).sign(frames), StandardCharsets.US_ASCII),
                        "key of " + keyLength + " bytes");
            }
        }
    }

    @Test
    @DisplayName("verifies its own signature and refuses another key's")
    void verifies() {
        Signer signer = Signer.forKey("secret-key");
        assertTrue(signer.verify(signer.sign(FRAMES), FRAMES));
        assertFalse(signer.verify(Signer.forKey("other").sign(FRAMES), FRAMES));
        assertFalse(signer.verify(new byte[0], FRAMES));
    }

    @Test
    @DisplayName("an empty key signs with the empty signature")
    void unsigned() {
        Signer signer = Signer.forKey("");
        assertFalse(signer.signs());
        assertArrayEquals(new byte[0], signer.sign(FRAMES));
    }

    @Test
    @DisplayName("signs correctly from many threads at once")
    void threadSafe() throws InterruptedException {
        Signer signer = Signer.forKey("secret-key");
        byte[] expected = signer.sign(FRAMES);
        boolean[] ok = new boolean[8];
        Thread[] threads = new Thread[ok.length];
        for (int t = 0; t < threads.length; t++) {
            int index = t;
            threads[t] = new Thread(() -> {
                boolean all = true;
                for (int i = 0; i < 2000; i++) {
                    all &= java.util.Arrays.equals(expected, signer.sign(FRAMES));
                }
                ok[index] = all;
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        for (boolean b : ok) {
            assertTrue(b);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
