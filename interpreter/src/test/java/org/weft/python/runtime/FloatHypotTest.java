package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** FloatHypot gives the correctly rounded norm, checked against a 60-digit BigDecimal square root. */
class FloatHypotTest {

    private static double exactNorm(double... v) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double x : v) {
            BigDecimal b = new BigDecimal(x);
            sum = sum.add(b.multiply(b));
        }
        return sum.sqrt(new MathContext(60)).doubleValue();
    }

    @Test
    @DisplayName("random pairs and triples round like the exact square root")
    void matchesExact() {
        Random r = new Random(7);
        for (int i = 0; i < 20000; i++) {
            double a = (r.nextDouble() - 0.5) * 2e3;
            double b = (r.nextDouble() - 0.5) * 2e3;
            double c = (r.nextDouble() - 0.5) * 10;
            assertEquals(exactNorm(a, b), FloatHypot.hypot(a, b), () -> a + " " + b);
            assertEquals(exactNorm(a, b, c), FloatHypot.norm(new double[] {a, b, c}));
        }
    }

    @Test
    @DisplayName("no overflow or underflow in the middle; zeros and infinities pass through")
    void extremes() {
        assertEquals(5.0, FloatHypot.hypot(3, 4));
        assertEquals(exactNorm(1e300, 1e300), FloatHypot.hypot(1e300, 1e300));
        assertEquals(exactNorm(1e-310, 1e-310), FloatHypot.hypot(1e-310, 1e-310));
        assertEquals(0.0, FloatHypot.hypot(0.0, -0.0));
        assertEquals(Double.POSITIVE_INFINITY, FloatHypot.hypot(1.5e308, 1.5e308));
    }
}
