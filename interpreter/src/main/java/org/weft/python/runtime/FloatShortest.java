package org.weft.python.runtime;

/**
 * The shortest decimal that reads back as a given double, nearest to it among the shortest, in
 * integer arithmetic: the idea of Giulietti's Schubfach ("The Schubfach way to render doubles",
 * 2020), written afresh here.
 *
 * <p>A double {@code v = c * 2**q} reads back from any decimal in its rounding interval, from the
 * midpoint with its predecessor to the midpoint with its successor (ends included when {@code c}
 * is even, as round-half-even reading gives them to {@code v}). The interval is {@code 2**q} wide,
 * or {@code 3/4 * 2**q} when {@code c} is a power of two whose predecessor is closer. Choose
 * {@code k} with {@code 10**k <= width < 10**(k+1)}: the interval holds at most one multiple of
 * {@code 10**(k+1)}, which is then the answer, else at least one of the two multiples of
 * {@code 10**k} around {@code v}, the nearer one winning. So four times {@code v}, and the two
 * ends, scaled by {@code 10**-k}, decide everything; each is one 64x126-bit product with a
 * 126-bit power of ten from {@link PowersOfTen}.
 *
 * <p>The product is "rounded to odd" (the floor with its low bit set when anything was cut off),
 * which keeps every comparison with an even number exact. Where the power of ten is itself
 * rounded and the product lands so near an integer that the rounding could matter, the answer is
 * "don't know" and the caller uses the exact search; that happens only when the scaled value is
 * an integer (doubles such as {@code 1e22}), or about once in 2**60 otherwise.
 */
final class FloatShortest {

    private FloatShortest() {}

    private static final long MASK_63 = Long.MAX_VALUE;
    private static final int MANTISSA_BITS = 52;
    private static final long HIDDEN_BIT = 1L << MANTISSA_BITS;
    private static final int MIN_Q = -1074;

    /**
     * The shortest digits of a finite {@code x > 0}, or null when the exact search must decide.
     */
    static FloatDigits shortest(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> MANTISSA_BITS) & 0x7ff;
        long t = bits & (HIDDEN_BIT - 1);
        if (biased == 0) {
            return compute(t, MIN_Q, false);
        }
        return compute(t | HIDDEN_BIT, biased - 1075, t == 0 && biased > 1);
    }

    private static FloatDigits compute(long c, int q, boolean lopsided) {
        int out = (int) c & 1; // odd c: the ends of the interval belong to the neighbours
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl = lopsided ? cb - 1 : cb - 2;
        int k = lopsided ? floorLog10ThreeQuartersPow2(q) : floorLog10Pow2(q);
        int beta = -k;
        int h = q + floorLog2Pow10(beta) + 1; // 1..4: keeps every c*2**h below 2**59
        long g1 = PowersOfTen.high(beta);
        long g0 = PowersOfTen.low(beta);
        boolean exact = beta >= 0 && beta <= PowersOfTen.MAX_EXACT_BETA;
        long vb = roundToOdd(g1, g0, cb << h, exact);
        long vbl = roundToOdd(g1, g0, cbl << h, exact);
        long vbr = roundToOdd(g1, g0, cbr << h, exact);
        if (vb < 0 || vbl < 0 || vbr < 0) {
            return null;
        }
        long s = vb >> 2; // floor(v * 10**-k)
        // At most one multiple of 10**(k+1) fits in the interval: when one does, it is shortest.
        long sp10 = 10 * (s / 10);
        long tp10 = sp10 + 10;
        boolean upin = vbl + out <= sp10 << 2;
        boolean wpin = (tp10 << 2) + out <= vbr;
        if (upin != wpin) {
            return digits(upin ? sp10 : tp10, k);
        }
        long u = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (u << 2) + out <= vbr;
        if (uin != win) {
            return digits(uin ? s : u, k);
        }
        // Both fit: the nearer to v, the even one on a tie (vb is 4v, so compare with 2(s+u)).
        long cmp = vb - ((s + u) << 1);
        return digits(cmp < 0 || (cmp == 0 && (s & 1) == 0) ? s : u, k);
    }

    /**
     * {@code cp * g / 2**126} rounded to odd, where {@code g = g1 * 2**63 + g0} and
     * {@code cp < 2**59}; -1 when {@code g} is rounded ({@code !exact}) and the product lies so
     * close below an integer that the exact product might reach it.
     */
    private static long roundToOdd(long g1, long g0, long cp, boolean exact) {
        long aHi = Math.multiplyHigh(cp, g1);
        long aLo = cp * g1;
        long bHi = Math.multiplyHigh(cp, g0);
        long bLo = cp * g0;
        long carryIn = (bHi << 1) | (bLo >>> 63); // (cp*g0) >> 63
        long zLo = aLo + carryIn;
        long zHi = aHi + (Long.compareUnsigned(zLo, aLo) < 0 ? 1 : 0);
        long floor = (zHi << 1) | (zLo >>> 63); // (cp*g) >> 126
        long fracHigh = zLo & MASK_63; // the cut-off 126 bits: fracHigh * 2**63 + fracLow
        long fracLow = bLo & MASK_63;
        if (!exact && fracHigh == MASK_63 && fracLow >= MASK_63 - cp) {
            // The true g is up to 1 larger, so the true product up to cp larger.
            return -1;
        }
        // A rounded g is below the true one, so then the true product is never an integer.
        return floor | (!exact || (fracHigh | fracLow) != 0 ? 1 : 0);
    }

    // floor(q * log10(2)), exact for |q| <= 1100 (FloatShortestTest checks the whole range).
    static int floorLog10Pow2(int q) {
        return (q * 315653) >> 20;
    }

    // floor(log10(3/4 * 2**q)), exact for |q| <= 1100.
    static int floorLog10ThreeQuartersPow2(int q) {
        return (q * 315653 - 131007) >> 20;
    }

    // floor(beta * log2(10)), exact for |beta| <= 400.
    static int floorLog2Pow10(int beta) {
        return (beta * 1741647) >> 19;
    }

    /** {@code f * 10**e} as digits without trailing zeros and a decimal point position. */
    private static FloatDigits digits(long f, int e) {
        while (f != 0 && f % 10 == 0) {
            f /= 10;
            e++;
        }
        String d = Long.toString(f);
        return new FloatDigits(d, d.length() + e);
    }
}
