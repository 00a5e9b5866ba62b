package org.weft.python.modules;

/**
 * The MT19937 generator of Matsumoto and Nishimura, word for word the sequence CPython's
 * {@code _random} module produces. Pure Java, no Python objects.
 *
 * <p>Threads: one generator may be shared (the {@code random} module's hidden instance), so every
 * public method is {@code synchronized} on the generator. No Python code ever runs under that lock,
 * and a multi-word draw ({@link #random()}, {@link #fillBits}) is one critical section, so two
 * threads never interleave inside one number.
 */
final class MersenneTwister {

    static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int index = N + 1;

    // CPython: init_genrand in _randommodule.c
    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    /** Seeds from 32-bit words, least significant first. CPython: init_by_array. */
    synchronized void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        int len = Math.max(1, key.length);
        for (int k = Math.max(N, len); k > 0; k--) {
            int kj = j < key.length ? key[j] : 0;
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + kj + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= len) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
        index = N;
    }

    // CPython: genrand_uint32 in _randommodule.c; caller holds the lock
    private int next32() {
        if (index >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            for (; kk < N - 1; kk++) {
                int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** A double in [0, 1) with 53 random bits. CPython: random_random. */
    synchronized double random() {
        long a = (next32() & 0xffffffffL) >>> 5;
        long b = (next32() & 0xffffffffL) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** The top {@code k} bits (0 < k <= 32) of one word, as an unsigned value. */
    synchronized long bits32(int k) {
        return (next32() & 0xffffffffL) >>> (32 - k);
    }

    /**
     * {@code k} random bits as little-endian 32-bit words, the last word's top bits only.
     * CPython: _random_Random_getrandbits_impl.
     */
    synchronized int[] fillBits(int k) {
        int words = (k - 1) / 32 + 1;
        int[] out = new int[words];
        for (int i = 0; i < words; i++, k -= 32) {
            int r = next32();
            if (k < 32) {
                r >>>= 32 - k;
            }
            out[i] = r;
        }
        return out;
    }

    /** The 624 state words then the index, as CPython's getstate() tuple holds them. */
    synchronized long[] state() {
        long[] s = new long[N + 1];
        for (int i = 0; i < N; i++) {
            s[i] = mt[i] & 0xffffffffL;
        }
        s[N] = index;
        return s;
    }

    /** Restores a {@link #state()}; the caller has checked the index range. */
    synchronized void setState(int[] words, int newIndex) {
        System.arraycopy(words, 0, mt, 0, N);
        index = newIndex;
    }
}
