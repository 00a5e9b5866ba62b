package org.weft.python.modules;

/**
 * BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block: digest size, key, salt,
 * personalization and the tree-hashing fields, for {@code hashlib.blake2b/blake2s}. One-shot over
 * the whole message, as the hash objects of {@code hashlib} keep their input.
 *
 * <p>Threads: stateless; every call works on its own arrays.
 */
final class Blake2 {

    /** The tree-hashing and keying parameters of one hash (the RFC's parameter block). */
    record Params(int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth,
            long leafSize, long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {
    }

    private static final long[] IV_B = {
        0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
    private static final int[] IV_S = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    private static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

    private Blake2() {
    }

    // ---- BLAKE2b: 64-bit words, 128-byte blocks, 12 rounds ------------------------------------

    static byte[] blake2b(byte[] data, Params p) {
        byte[] block = parameterBlock(p, 64, 16);
        long[] h = new long[8];
        for (int i = 0; i < 8; i++) {
            h[i] = IV_B[i] ^ le64(block, i * 8);
        }
        byte[] msg = keyed(data, p.key(), 128);
        int blocks = Math.max(1, (msg.length + 127) / 128);
        long[] m = new long[16];
        for (int b = 0; b < blocks; b++) {
            boolean last = b == blocks - 1;
            byte[] chunk = new byte[128];
            System.arraycopy(msg, b * 128, chunk, 0, Math.min(128, msg.length - b * 128));
            for (int i = 0; i < 16; i++) {
                m[i] = le64(chunk, i * 8);
            }
            long count = last ? msg.length : (long) (b + 1) * 128;
            compressB(h, m, count, last, last && p.lastNode());
        }
        byte[] out = new byte[64];
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                out[i * 8 + j] = (byte) (h[i] >>> (8 * j));
            }
        }
        return java.util.Arrays.copyOf(out, p.digestSize());
    }

    private static void compressB(long[] h, long[] m, long count, boolean last, boolean lastNode) {
        long[] v = new long[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV_B, 0, v, 8, 8);
        v[12] ^= count; // the counter's high word stays 0: messages are far below 2^64 bytes
        if (last) {
            v[14] = ~v[14];
        }
        if (lastNode) {
            v[15] = ~v[15];
        }
        for (int r = 0; r < 12; r++) {
            byte[] s = SIGMA[r % 10];
            gB(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            gB(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            gB(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            gB(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            gB(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            gB(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            gB(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            gB(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    private static void gB(long[] v, int a, int b, int c, int d, long x, long y) {
        v[a] += v[b] + x;
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] += v[b] + y;
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }

    // ---- BLAKE2s: 32-bit words, 64-byte blocks, 10 rounds -------------------------------------

    static byte[] blake2s(byte[] data, Params p) {
        byte[] block = parameterBlock(p, 32, 8);
        int[] h = new int[8];
        for (int i = 0; i < 8; i++) {
            h[i] = IV_S[i] ^ le32(block, i * 4);
        }
        byte[] msg = keyed(data, p.key(), 64);
        int blocks = Math.max(1, (msg.length + 63) / 64);
        int[] m = new int[16];
        for (int b = 0; b < blocks; b++) {
            boolean last = b == blocks - 1;
            byte[] chunk = new byte[64];
            System.arraycopy(msg, b * 64, chunk, 0, Math.min(64, msg.length - b * 64));
            for (int i = 0; i < 16; i++) {
                m[i] = le32(chunk, i * 4);
            }
            long count = last ? msg.length : (long) (b + 1) * 64;
            compressS(h, m, count, last, last && p.lastNode());
        }
        byte[] out = new byte[32];
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 4; j++) {
                out[i * 4 + j] = (byte) (h[i] >>> (8 * j));
            }
        }
        return java.util.Arrays.copyOf(out, p.digestSize());
    }

    private static void compressS(int[] h, int[] m, long count, boolean last, boolean lastNode) {
        int[] v = new int[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV_S, 0, v, 8, 8);
        v[12] ^= (int) count;
        v[13] ^= (int) (count >>> 32);
        if (last) {
            v[14] = ~v[14];
        }
        if (lastNode) {
            v[15] = ~v[15];
        }
        for (int r = 0; r < 10; r++) {
            byte[] s = SIGMA[r];
            gS(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            gS(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            gS(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            gS(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            gS(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            gS(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            gS(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            gS(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    private static void gS(int[] v, int a, int b, int c, int d, int x, int y) {
        v[a] += v[b] + x;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
        v[a] += v[b] + y;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
    }

    // ---- shared -------------------------------------------------------------------------------

    /**
     * The parameter block (64 bytes for BLAKE2b, 32 for BLAKE2s): digest and key length, fanout,
     * depth, leaf length, node offset, node depth, inner length, then salt and personalization.
     */
    private static byte[] parameterBlock(Params p, int size, int saltLen) {
        byte[] pb = new byte[size];
        pb[0] = (byte) p.digestSize();
        pb[1] = (byte) p.key().length;
        pb[2] = (byte) p.fanout();
        pb[3] = (byte) p.depth();
        putLe(pb, 4, p.leafSize(), 4);
        boolean big = size == 64;
        putLe(pb, 8, p.nodeOffset(), big ? 8 : 6);
        pb[big ? 16 : 14] = (byte) p.nodeDepth();
        pb[big ? 17 : 15] = (byte) p.innerSize();
        int saltAt = big ? 32 : 16;
        System.arraycopy(p.salt(), 0, pb, saltAt, p.salt().length);
        System.arraycopy(p.person(), 0, pb, saltAt + saltLen, p.person().length);
        return pb;
    }

    /** A keyed hash runs the key, zero-padded to a block, ahead of the message. */
    private static byte[] keyed(byte[] data, byte[] key, int blockSize) {
        if (key.length == 0) {
            return data;
        }
        byte[] msg = new byte[blockSize + data.length];
        System.arraycopy(key, 0, msg, 0, key.length);
        System.arraycopy(data, 0, msg, blockSize, data.length);
        return msg;
    }

    private static void putLe(byte[] b, int at, long v, int n) {
        for (int i = 0; i < n; i++) {
            b[at + i] = (byte) (v >>> (8 * i));
        }
    }

    private static long le64(byte[] b, int at) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[at + i] & 0xff);
        }
        return v;
    }

    private static int le32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }
}
