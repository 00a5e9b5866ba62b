package org.weft.python.modules;

/**
 * The Keccak-f[1600] sponge (FIPS 202) for SHAKE128 and SHAKE256, the extendable-output functions
 * the JDK does not offer as a {@code MessageDigest}: {@code hashlib.shake_128/shake_256}.
 *
 * <p>Threads: stateless; every call works on its own state array.
 */
final class Keccak {

    private static final long[] RC = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};
    /** Rotation offsets r[x + 5y]. */
    private static final int[] ROT = {
        0, 1, 62, 28, 27,
        36, 44, 6, 55, 20,
        3, 10, 43, 25, 39,
        41, 45, 15, 21, 8,
        18, 2, 61, 56, 14};

    private Keccak() {
    }

    /** SHAKE with the given rate in bytes (168 for SHAKE128, 136 for SHAKE256), {@code length} bytes out. */
    static byte[] shake(byte[] data, int rate, int length) {
        long[] a = new long[25];
        // pad10*1 with the SHAKE domain bits 1111
        int padded = (data.length / rate + 1) * rate;
        byte[] msg = new byte[padded];
        System.arraycopy(data, 0, msg, 0, data.length);
        msg[data.length] ^= 0x1f;
        msg[padded - 1] ^= (byte) 0x80;
        for (int off = 0; off < padded; off += rate) {
            for (int i = 0; i < rate / 8; i++) {
                a[i] ^= le64(msg, off + i * 8);
            }
            permute(a);
        }
        byte[] out = new byte[length];
        int done = 0;
        while (true) {
            for (int i = 0; i < rate && done < length; i++, done++) {
                out[done] = (byte) (a[i / 8] >>> (8 * (i % 8)));
            }
            if (done >= length) {
                return out;
            }
            permute(a);
        }
    }

    private static void permute(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (int round = 0; round < 24; round++) {
            // theta
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[x + y] ^= d;
                }
            }
            // rho and pi: B[y, 2x + 3y] = rot(A[x, y], r[x, y])
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROT[x + 5 * y]);
                }
            }
            // chi
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
                }
            }
            // iota
            a[0] ^= RC[round];
        }
    }

    private static long le64(byte[] b, int at) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[at + i] & 0xff);
        }
        return v;
    }
}
