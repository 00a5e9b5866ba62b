package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Checks the fast shortest-digits algorithm against its exact BigDecimal search, and its
 * integer approximations and power-of-ten table against BigInteger.
 */
@DisplayName("FloatShortest")
class FloatShortestTest {

    @Nested
    @DisplayName("agrees with the exact search")
    class AgreesWithSearch {

        @Test
        @DisplayName("on 1,000,000 random doubles of every exponent and decimal shape")
        void randomDoubles() {
            SplittableRandom rnd = new SplittableRandom(20240611);
            double[] xs = new double[1_000_000];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = randomDouble(rnd, i % 4);
            }
            // The exact search is slow (BigDecimals of up to 767 digits): use every core.
            List<String> failures = IntStream.range(0, xs.length).parallel()
                    .mapToObj(i -> mismatch(xs[i])).filter(Objects::nonNull)
                    .collect(Collectors.toList());
            assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())),
                    failures.size() + " differ");
        }

        @Test
        @DisplayName("on powers of two and ten, their neighbours, and the extremes")
        void awkwardDoubles() {
            List<String> failures = new ArrayList<>();
            for (int e = -1074; e <= 1023; e++) {
                double p = Math.scalb(1.0, e);
                compare(p, failures);
                compare(Math.nextUp(p), failures);
                compare(Math.nextDown(p), failures);
            }
            for (int e = -325; e <= 308; e++) {
                double p = Double.parseDouble("1e" + e);
                compare(p, failures);
                compare(Math.nextUp(p), failures);
                compare(Math.nextDown(p), failures);
            }
            for (long m = 1; m < 2000; m++) {
                compare(Double.longBitsToDouble(m), failures); // the smallest subnormals
                compare(Double.longBitsToDouble(0x7fefffffffffffffL - m), failures);
            }
            assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())),
                    failures.size() + " differ");
        }

        private void compare(double x, List<String> failures) {
            String m = mismatch(x);
            if (m != null) {
                failures.add(m);
            }
        }

        /** What differs between the two paths for {@code x}, or null. */
        private String mismatch(double x) {
            if (!(x > 0) || Double.isInfinite(x)) {
                return null;
            }
            FloatDigits want = FloatDigits.shortestExact(x);
            FloatDigits got = FloatDigits.shortest(x);
            return want.equals(got) ? null : x + ": want " + want + ", got " + got;
        }

        private double randomDouble(SplittableRandom rnd, int kind) {
            switch (kind) {
                case 0:
                    return Math.abs(Double.longBitsToDouble(rnd.nextLong()));
                case 1:
                    // Short decimals, where ties and exact products live.
                    return Double.parseDouble(rnd.nextLong(1, 1_000_000_000L) + "e"
                            + rnd.nextInt(-330, 310));
                case 2:
                    return rnd.nextDouble() * Math.scalb(1.0, rnd.nextInt(-1074, 1024));
                default:
                    return (double) rnd.nextLong(1, 1L << 62) * Math.scalb(1.0, rnd.nextInt(-80, 80));
            }
        }
    }

    @Nested
    @DisplayName("integer approximations are exact")
    class Approximations {

        @Test
        @DisplayName("floor(q log10 2) and floor(log10(3/4 2**q)) for every binary exponent")
        void log10() {
            for (int q = -1100; q <= 1100; q++) {
                assertEquals(floorLog10(BigInteger.ONE, q), FloatShortest.floorLog10Pow2(q), "q=" + q);
                assertEquals(floorLog10(BigInteger.valueOf(3), q - 2),
                        FloatShortest.floorLog10ThreeQuartersPow2(q), "3/4 q=" + q);
            }
        }

        @Test
        @DisplayName("floor(beta log2 10) for every decimal exponent")
        void log2() {
            for (int beta = -400; beta <= 400; beta++) {
                BigInteger p = BigInteger.TEN.pow(Math.abs(beta));
                int want = beta >= 0 ? p.bitLength() - 1 : -p.bitLength();
                assertEquals(want, FloatShortest.floorLog2Pow10(beta), "beta=" + beta);
            }
        }

        /** floor(log10(m * 2**q)) for a small positive m. */
        private int floorLog10(BigInteger m, int q) {
            BigInteger num = q >= 0 ? m.shiftLeft(q) : m;
            BigInteger den = q >= 0 ? BigInteger.ONE : BigInteger.ONE.shiftLeft(-q);
            int k = 0;
            while (num.compareTo(den.multiply(BigInteger.TEN.pow(k + 1))) >= 0) {
                k++;
            }
            while (k <= 0 && num.multiply(BigInteger.TEN.pow(-k)).compareTo(den) < 0) {
                k--;
            }
            return k;
        }
    }

    @Test
    @DisplayName("PowersOfTen holds floor(10**beta * 2**(125 - r)), exact where it says")
    void powersOfTen() {
        for (int beta = PowersOfTen.MIN_BETA; beta <= PowersOfTen.MAX_BETA; beta++) {
            BigInteger p = BigInteger.TEN.pow(Math.abs(beta));
            int r = beta >= 0 ? p.bitLength() - 1 : -p.bitLength();
            BigInteger g;
            boolean exact;
            if (beta >= 0) {
                g = r <= 125 ? p.shiftLeft(125 - r) : p.shiftRight(r - 125);
                exact = r <= 125 || p.getLowestSetBit() >= r - 125;
            } else {
                BigInteger[] qr = BigInteger.ONE.shiftLeft(125 - r).divideAndRemainder(p);
                g = qr[0];
                exact = qr[1].signum() == 0;
            }
            BigInteger mask = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
            assertEquals(g.shiftRight(63).longValueExact(), PowersOfTen.high(beta), "beta=" + beta);
            assertEquals(g.and(mask).longValueExact(), PowersOfTen.low(beta), "beta=" + beta);
            assertEquals(exact, beta >= 0 && beta <= PowersOfTen.MAX_EXACT_BETA, "beta=" + beta);
            assertTrue(g.bitLength() == 126, "beta=" + beta);
        }
    }
}
