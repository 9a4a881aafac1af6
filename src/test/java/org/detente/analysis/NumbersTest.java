package org.detente.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.detente.model.RandomStream;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void theFastPathWritesExactlyWhatBigDecimalWrites() {
        RandomStream random = new RandomStream(20241129L);
        for (int i = 0; i < 1_000_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(14) - 7);
            double x = (random.nextDouble() - 0.5) * 2 * magnitude;
            assertEquals(Numbers.exact(x), Numbers.format(x), "x = " + x);
        }
        double[] edges = {0, -0.0, 0.5, 0.25, 1e-7, -1e-7, 4.9999995e-7, 5e-7, 5.000001e-7, 0.0000005, 2.5e-6, 999_999.9999995,
            1e6, -1e6, 123_456.000_000_5, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 7.0000005, -7.0000005, 12.34, 1e15, -3};
        for (double x : edges) {
            assertEquals(Numbers.exact(x), Numbers.format(x), "x = " + x);
        }
        assertEquals("0.3", Numbers.format(0.1 + 0.2));
        assertEquals("3", Numbers.format(3.0));
        assertEquals("-0.333333", Numbers.format(-1.0 / 3));
        assertEquals("", Numbers.format(Double.NaN));
    }
}
