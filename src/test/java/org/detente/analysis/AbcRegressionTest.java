package org.detente.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.detente.model.RandomStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class AbcRegressionTest {

    private static final double LOW = -5;
    private static final double HIGH = 5;
    private static final int OBSERVATIONS = 20;
    private static final double THETA_TRUE = 1.3;

    /** Prior draws and what each one's simulation summarised to. */
    private record Simulations(double[][] theta, double[][] summaries) {
    }

    /**
     * n draws of theta ~ Uniform(-5, 5), each with two summaries: the mean of 20 N(theta, 1)
     * observations, and a standard normal that has nothing to do with theta.
     */
    private static Simulations simulate(int n, long seed) {
        RandomStream random = new RandomStream(seed);
        double[][] theta = new double[n][1];
        double[][] summaries = new double[n][];
        for (int i = 0; i < n; i++) {
            theta[i][0] = LOW + (HIGH - LOW) * random.nextDouble();
            summaries[i] = new double[] {sampleMean(theta[i][0], random), random.nextGaussian()};
        }
        return new Simulations(theta, summaries);
    }

    private static double sampleMean(double theta, RandomStream random) {
        double sum = 0;
        for (int j = 0; j < OBSERVATIONS; j++) {
            sum += theta + random.nextGaussian();
        }
        return sum / OBSERVATIONS;
    }

    /** The observed summaries: the mean of 20 N(1.3, 1) observations and one noise value. */
    private static double[] observed(long seed) {
        RandomStream random = new RandomStream(seed);
        return new double[] {sampleMean(THETA_TRUE, random), random.nextGaussian()};
    }

    private static double weightedSd(double[][] rows, double[] weights) {
        double total = 0;
        double sum = 0;
        for (int i = 0; i < rows.length; i++) {
            total += weights[i];
            sum += weights[i] * rows[i][0];
        }
        double mean = sum / total;
        double squares = 0;
        for (int i = 0; i < rows.length; i++) {
            squares += weights[i] * (rows[i][0] - mean) * (rows[i][0] - mean);
        }
        return Math.sqrt(squares / total);
    }

    /**
     * With a flat prior on (-5, 5) the posterior of a normal mean given 20 observations is
     * N(xbar, 1/20), truncated at 28 sd: mean xbar, sd 0.2236. Fixed seeds. The Monte Carlo
     * error of the mean (sd / sqrt(ESS), about 0.01) is a tenth of the tolerance; the larger
     * risk is the logit's curvature, which bends the linear relation when the tolerance is wide
     * (an extreme observed noise value): over 30 other seeds the error reached 0.12 once, 0.02
     * with unbounded parameters. These seeds give a typical tolerance (0.35).
     */
    @Test
    @Tag("statistical")
    void theAdjustedPosteriorOfANormalMeanMatchesTheConjugateOne() {
        Simulations sims = simulate(20_000, 20_240_611);
        double[] observed = observed(7);
        AbcRegression.Posterior posterior = AbcRegression.of(sims.theta(), sims.summaries(), observed, 0.05,
                new double[] {LOW}, new double[] {HIGH});
        double exactSd = 1 / Math.sqrt(OBSERVATIONS);
        assertEquals(1000, posterior.size());
        assertEquals(0.05, posterior.acceptanceRate(), 0.0);
        assertTrue(posterior.regressionApplied());
        assertEquals(observed[0], posterior.mean(0), 0.1);
        assertEquals(exactSd, posterior.sd(0), 0.25 * exactSd);
        double rawSd = weightedSd(posterior.raw(), posterior.weights());
        assertTrue(posterior.sd(0) <= rawSd + 1e-3, posterior.sd(0) + " > " + rawSd);
        // the median and a central 95% interval bracket the exact posterior's
        assertEquals(observed[0], posterior.quantile(0, 0.5), 0.1);
        assertTrue(posterior.quantile(0, 0.025) < observed[0] - exactSd);
        assertTrue(posterior.quantile(0, 0.975) > observed[0] + exactSd);
        // the sample mean explains theta; the noise statistic does not
        assertTrue(posterior.slopes()[0][0] > 0);
        assertTrue(Math.abs(posterior.slopes()[0][1]) < 0.2 * posterior.slopes()[0][0]);
    }

    @Test
    void theSameInputGivesTheSameResultAndTheSameSeedTheSameResample() {
        Simulations sims = simulate(2_000, 11);
        double[] observed = observed(12);
        double[] low = {LOW};
        double[] high = {HIGH};
        AbcRegression.Posterior a = AbcRegression.of(sims.theta(), sims.summaries(), observed, 0.1, low, high);
        AbcRegression.Posterior b = AbcRegression.of(sims.theta(), sims.summaries(), observed, 0.1, low, high);
        assertArrayEquals(a.accepted(), b.accepted());
        assertArrayEquals(a.weights(), b.weights(), 0.0);
        assertArrayEquals(a.adjusted(), b.adjusted());
        assertArrayEquals(a.raw(), b.raw());
        assertEquals(a.tolerance(), b.tolerance(), 0.0);
        assertArrayEquals(a.resample(500, new RandomStream(99)::nextDouble),
                b.resample(500, new RandomStream(99)::nextDouble));
    }

    @Test
    void systematicResamplingDrawsEachRowInProportionToItsWeight() {
        Simulations sims = simulate(2_000, 11);
        AbcRegression.Posterior posterior = AbcRegression.of(sims.theta(), sims.summaries(), observed(12), 0.1,
                new double[] {LOW}, new double[] {HIGH});
        int m = 3_000;
        double[][] rows = posterior.resample(m, new RandomStream(5)::nextDouble);
        double[][] adjusted = posterior.adjusted();
        double[] weights = posterior.weights();
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        for (int i = 0; i < adjusted.length; i++) {
            int count = 0;
            for (double[] row : rows) {
                count += row[0] == adjusted[i][0] ? 1 : 0;
            }
            assertEquals(m * weights[i] / total, count, 1.0 + 1e-9, "row " + i);
        }
    }

    @Test
    void adjustedValuesStayInsideTheBounds() {
        // observed mean beyond the support: the linear adjustment pushes hard towards the upper bound
        Simulations sims = simulate(4_000, 3);
        AbcRegression.Posterior posterior = AbcRegression.of(sims.theta(), sims.summaries(),
                new double[] {5.3, 0.0}, 0.05, new double[] {LOW}, new double[] {HIGH});
        assertTrue(posterior.regressionApplied());
        for (double[] row : posterior.adjusted()) {
            assertTrue(row[0] > LOW && row[0] < HIGH, Double.toString(row[0]));
        }
        assertTrue(posterior.mean(0) > 4.5);
    }

    @Test
    void anExactRelationIsAdjustedOntoOnePoint() {
        // theta = 2 s on the line, and logit((theta - 0) / (1 - 0)) = s on (0, 1): the regression fits exactly
        RandomStream random = new RandomStream(1);
        int n = 500;
        double[][] line = new double[n][1];
        double[][] lineSummaries = new double[n][1];
        double[][] unit = new double[n][1];
        double[][] unitSummaries = new double[n][1];
        for (int i = 0; i < n; i++) {
            line[i][0] = 10 * random.nextDouble() - 5;
            lineSummaries[i][0] = line[i][0] / 2;
            unit[i][0] = 0.01 + 0.98 * random.nextDouble();
            unitSummaries[i][0] = Math.log(unit[i][0] / (1 - unit[i][0]));
        }
        AbcRegression.Posterior onLine = AbcRegression.of(line, lineSummaries, new double[] {0.7}, 0.2,
                new double[] {Double.NEGATIVE_INFINITY}, new double[] {Double.POSITIVE_INFINITY});
        for (double[] row : onLine.adjusted()) {
            assertEquals(1.4, row[0], 1e-9);
        }
        assertEquals(2.0 * onLine.scales()[0], onLine.slopes()[0][0], 1e-9);
        AbcRegression.Posterior onUnit = AbcRegression.of(unit, unitSummaries, new double[] {-1.0}, 0.2,
                new double[] {0}, new double[] {1});
        for (double[] row : onUnit.adjusted()) {
            assertEquals(1 / (1 + Math.exp(1.0)), row[0], 1e-9);
        }
    }

    @Test
    void tooFewWeightedDrawsLeaveTheValuesUnadjusted() {
        Simulations sims = simulate(20, 4);
        AbcRegression.Posterior posterior = AbcRegression.of(sims.theta(), sims.summaries(), observed(5), 0.1,
                new double[] {LOW}, new double[] {HIGH});
        assertEquals(2, posterior.size());
        assertEquals(0.0, posterior.weights()[1], 0.0); // the draw at the tolerance
        assertFalse(posterior.regressionApplied());
        assertArrayEquals(posterior.raw(), posterior.adjusted());
        assertTrue(Double.isNaN(posterior.slopes()[0][0]));
        assertEquals(1.0, posterior.effectiveSampleSize(), 1e-12);
    }

    @Test
    void aConstantStatisticIsIgnoredAndTiesGoToTheLowerIndex() {
        Simulations sims = simulate(200, 8);
        double[][] withConstant = new double[200][];
        double[][] onlyConstant = new double[200][];
        for (int i = 0; i < 200; i++) {
            withConstant[i] = new double[] {sims.summaries()[i][0], 3.0};
            onlyConstant[i] = new double[] {3.0};
        }
        double[] low = {LOW};
        double[] high = {HIGH};
        AbcRegression.Posterior partly = AbcRegression.of(sims.theta(), withConstant, new double[] {1.0, 4.0}, 0.25,
                low, high);
        assertArrayEquals(new int[] {1}, partly.ignoredStatistics());
        assertTrue(Double.isNaN(partly.scales()[1]));
        assertTrue(partly.regressionApplied());
        assertEquals(0.0, partly.slopes()[0][1], 0.0);

        AbcRegression.Posterior none = AbcRegression.of(sims.theta(), onlyConstant, new double[] {3.0}, 0.05, low,
                high);
        assertArrayEquals(new int[] {0}, none.ignoredStatistics());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, none.accepted());
        assertEquals(0.0, none.tolerance(), 0.0);
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, none.weights(), 0.0);
        assertFalse(none.regressionApplied());
    }

    @Test
    void badShapesAndValuesAreRefused() {
        double[][] theta = {{0.1}, {0.2}, {0.3}};
        double[][] summaries = {{1, 2}, {2, 3}, {3, 1}};
        double[] observed = {2, 2};
        double[] low = {0};
        double[] high = {1};
        Class<IllegalArgumentException> refused = IllegalArgumentException.class;
        assertThrows(refused, () -> AbcRegression.of(new double[0][], summaries, observed, 0.5, low, high));
        assertThrows(refused, () -> AbcRegression.of(new double[][] {{0.1}, {0.2, 0.3}, {0.3}}, summaries,
                observed, 0.5, low, high));
        assertThrows(refused, () -> AbcRegression.of(theta, new double[][] {{1, 2}, {2, 3}}, observed, 0.5,
                low, high));
        assertThrows(refused, () -> AbcRegression.of(theta, new double[][] {{1, 2}, {2}, {3, 1}}, observed, 0.5,
                low, high));
        assertThrows(refused, () -> AbcRegression.of(theta, summaries, new double[] {2}, 0.5, low, high));
        assertThrows(refused, () -> AbcRegression.of(theta, new double[][] {{1, 2}, {Double.NaN, 3}, {3, 1}},
                observed, 0.5, low, high));
        assertThrows(refused, () -> AbcRegression.of(theta, summaries, observed, 0.0, low, high));
        assertThrows(refused, () -> AbcRegression.of(theta, summaries, observed, 1.5, low, high));
        assertThrows(refused, () -> AbcRegression.of(theta, summaries, observed, 0.5, new double[] {0, 0}, high));
        assertThrows(refused, () -> AbcRegression.of(theta, summaries, observed, 0.5, new double[] {1},
                new double[] {0}));
        assertThrows(refused, () -> AbcRegression.of(theta, summaries, observed, 0.5, low, new double[] {0.25}));
        AbcRegression.Posterior ok = AbcRegression.of(theta, summaries, observed, 0.5, low, high);
        assertThrows(refused, () -> ok.mean(1));
        assertThrows(refused, () -> ok.quantile(0, 1.5));
        assertThrows(refused, () -> ok.resample(0, new RandomStream(1)::nextDouble));
        assertThrows(refused, () -> ok.resample(5, () -> 1.0));
    }
}
