package org.detente.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class SobolIndicesTest {

    private static final long SEED = 20240611L;
    private static final int BOOTSTRAP = 500;

    /** The outputs of f at every design point, in design order. */
    private static double[] outputs(List<double[]> design, ToDoubleFunction<double[]> f) {
        return design.stream().mapToDouble(f).toArray();
    }

    /**
     * The Ishigami function (Ishigami and Homma 1990) with a = 7, b = 0.1, on [-pi, pi]^3; the
     * analytic indices follow from its partial variances (Sobol' and Levitan 1999).
     */
    @Test
    void ishigamiIndicesMatchTheirAnalyticValues() {
        double a = 7;
        double b = 0.1;
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = Math.pow(Math.PI, 8);
        double v = a * a / 8 + b * pi4 / 5 + b * b * pi8 / 18 + 0.5;
        double v1 = 0.5 * Math.pow(1 + b * pi4 / 5, 2);
        double v2 = a * a / 8;
        double v13 = b * b * pi8 * (1.0 / 18 - 1.0 / 50);
        double[] first = {v1 / v, v2 / v, 0};
        double[] total = {(v1 + v13) / v, v2 / v, v13 / v};
        assertEquals(0.3139, first[0], 1e-4);
        assertEquals(0.4424, first[1], 1e-4);
        assertEquals(0.5576, total[0], 1e-4);
        assertEquals(0.2437, total[2], 1e-4);

        int k = 3;
        int n = 4096;
        double[] y = outputs(SobolIndices.saltelliDesign(k, n), u -> {
            double x1 = -Math.PI + 2 * Math.PI * u[0];
            double x2 = -Math.PI + 2 * Math.PI * u[1];
            double x3 = -Math.PI + 2 * Math.PI * u[2];
            double s2 = Math.sin(x2);
            return Math.sin(x1) + a * s2 * s2 + b * Math.pow(x3, 4) * Math.sin(x1);
        });
        SobolIndices.Result r = SobolIndices.estimate(y, k, n, BOOTSTRAP, new org.detente.model.RandomStream(SEED)::nextInt);
        assertEquals(n, r.n());
        assertEquals(BOOTSTRAP, r.bootstrap());
        assertEquals(v, r.variance(), 0.05 * v);
        for (int i = 0; i < k; i++) {
            SobolIndices.Index s = r.indices().get(i);
            assertEquals(i, s.parameter());
            assertEquals(first[i], s.first(), 0.05, "S" + (i + 1));
            assertEquals(total[i], s.total(), 0.05, "ST" + (i + 1));
            assertTrue(s.firstLow() <= first[i] && first[i] <= s.firstHigh(),
                    "S" + (i + 1) + " = " + first[i] + " outside [" + s.firstLow() + ", " + s.firstHigh() + "]");
            assertTrue(s.totalLow() <= total[i] && total[i] <= s.totalHigh(),
                    "ST" + (i + 1) + " = " + total[i] + " outside [" + s.totalLow() + ", " + s.totalHigh() + "]");
        }
    }

    @Test
    void anAdditiveFunctionHasEqualFirstAndTotalIndicesThatSumToOne() {
        int k = 3;
        int n = 1024;
        double[] y = outputs(SobolIndices.saltelliDesign(k, n), x -> x[0] + 2 * x[1]);
        SobolIndices.Result r = SobolIndices.estimate(y, k, n, 100, new org.detente.model.RandomStream(SEED)::nextInt);
        double[] s = r.first();
        double[] st = r.total();
        // x1 and x2 are uniform on [0, 1): variances 1/12 and 4/12, so S1 = 0.2, S2 = 0.8
        assertEquals(0.2, s[0], 0.02);
        assertEquals(0.8, s[1], 0.02);
        assertEquals(0.0, s[2], 0.02);
        assertEquals(0.0, st[2], 0.02);
        for (int i = 0; i < k; i++) {
            assertEquals(s[i], st[i], 0.02, "S" + (i + 1) + " against ST" + (i + 1));
        }
        assertEquals(1.0, s[0] + s[1] + s[2], 0.05);
    }

    @Test
    void theSameSeedGivesTheSameDoubles() {
        int k = 3;
        int n = 256;
        double[] y = outputs(SobolIndices.saltelliDesign(k, n), x -> Math.exp(x[0]) * x[1] + x[2] * x[2]);
        SobolIndices.Result one = SobolIndices.estimate(y, k, n, 200, new org.detente.model.RandomStream(SEED)::nextInt);
        SobolIndices.Result two = SobolIndices.estimate(y.clone(), k, n, 200, new org.detente.model.RandomStream(SEED)::nextInt);
        assertEquals(one.variance(), two.variance(), 0.0);
        assertArrayEquals(one.first(), two.first(), 0.0);
        assertArrayEquals(one.total(), two.total(), 0.0);
        for (int i = 0; i < k; i++) {
            SobolIndices.Index p = one.indices().get(i);
            SobolIndices.Index q = two.indices().get(i);
            assertEquals(p.firstLow(), q.firstLow(), 0.0);
            assertEquals(p.firstHigh(), q.firstHigh(), 0.0);
            assertEquals(p.totalLow(), q.totalLow(), 0.0);
            assertEquals(p.totalHigh(), q.totalHigh(), 0.0);
        }
        assertEquals(one, two);
        SobolIndices.Index other = SobolIndices.estimate(y, k, n, 200, new org.detente.model.RandomStream(SEED + 1)::nextInt).indices().get(0);
        assertTrue(other.firstLow() != one.indices().get(0).firstLow()
                || other.firstHigh() != one.indices().get(0).firstHigh(), "another seed resamples differently");
    }

    @Test
    void badArgumentsAreRefused() {
        double[] y = new double[10 * 5];
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.estimate(new double[49], 3, 10, 0, new org.detente.model.RandomStream(SEED)::nextInt));
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.estimate(new double[51], 3, 10, 0, new org.detente.model.RandomStream(SEED)::nextInt));
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.estimate(y, 0, 10, 0, new org.detente.model.RandomStream(SEED)::nextInt));
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.estimate(new double[5], 3, 1, 0, new org.detente.model.RandomStream(SEED)::nextInt));
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.estimate(y, 3, 10, -1, new org.detente.model.RandomStream(SEED)::nextInt));
        y[7] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.estimate(y, 3, 10, 0, new org.detente.model.RandomStream(SEED)::nextInt));
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.saltelliDesign(0, 8));
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.saltelliDesign(3, 0));
    }

    @Test
    void aConstantOutputHasNaNIndices() {
        SobolIndices.Result r = SobolIndices.estimate(new double[16 * 4], 2, 16, 50, new org.detente.model.RandomStream(SEED)::nextInt);
        assertEquals(0.0, r.variance(), 0.0);
        for (SobolIndices.Index s : r.indices()) {
            assertTrue(Double.isNaN(s.first()) && Double.isNaN(s.total()));
            assertTrue(Double.isNaN(s.firstLow()) && Double.isNaN(s.firstHigh()));
            assertTrue(Double.isNaN(s.totalLow()) && Double.isNaN(s.totalHigh()));
        }
    }

    @Test
    void noBootstrapGivesNaNIntervalsAroundTheSameEstimates() {
        int k = 2;
        int n = 64;
        double[] y = outputs(SobolIndices.saltelliDesign(k, n), x -> x[0] + x[0] * x[1]);
        SobolIndices.Result none = SobolIndices.estimate(y, k, n, 0, new org.detente.model.RandomStream(SEED)::nextInt);
        SobolIndices.Result some = SobolIndices.estimate(y, k, n, 50, new org.detente.model.RandomStream(SEED)::nextInt);
        assertArrayEquals(some.first(), none.first(), 0.0);
        assertArrayEquals(some.total(), none.total(), 0.0);
        assertTrue(Double.isNaN(none.indices().get(0).firstLow()));
        assertTrue(Double.isNaN(none.indices().get(1).totalHigh()));
    }

    @Test
    void theDesignIsBlocksOfABAndEachABi() {
        int k = 4;
        int n = 32;
        List<double[]> design = SobolIndices.saltelliDesign(k, n);
        assertEquals(n * (k + 2), design.size());
        for (int j = 0; j < n; j++) {
            double[] a = design.get(j * (k + 2));
            double[] b = design.get(j * (k + 2) + 1);
            assertEquals(k, a.length);
            assertEquals(k, b.length);
            for (int i = 0; i < k; i++) {
                double[] ab = design.get(j * (k + 2) + 2 + i);
                for (int c = 0; c < k; c++) {
                    assertEquals(c == i ? b[c] : a[c], ab[c], 0.0, "AB_" + j + "^(" + (i + 1) + ") column " + c);
                }
            }
            for (double x : a) {
                assertTrue(x >= 0 && x < 1);
            }
            for (double x : b) {
                assertTrue(x >= 0 && x < 1);
            }
        }
        // the origin is skipped: the first base row is the Sobol point (1/2, ..., 1/2)
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, design.get(0), 0.0);
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, design.get(1), 0.0);
        assertArrayEquals(design.get(0), SobolIndices.saltelliDesign(k, n).get(0), 0.0);
    }
}
