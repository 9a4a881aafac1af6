package org.detente.analysis;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/** Confidence intervals: Student t for means, Wilson score for proportions. */
public final class Intervals {

    /** The confidence level used throughout Détente's outputs. */
    public static final double LEVEL = 0.95;

    /**
     * An interval.
     *
     * @param low  lower bound
     * @param high upper bound
     */
    public record Interval(double low, double high) {
    }

    private Intervals() {
    }

    /**
     * The Student t interval of a mean: mean ± t(n-1) sd / sqrt(n). NaN bounds for fewer
     * than two observations (never a fake zero-width interval).
     */
    public static Interval mean(double mean, double sd, long n, double level) {
        if (n < 2) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double t = level == LEVEL ? T_QUANTILES.computeIfAbsent(n - 1, Intervals::tQuantile) : tQuantile(n - 1, level);
        double half = t * sd / Math.sqrt(n);
        return new Interval(mean - half, mean + half);
    }

    /** The t quantile of {@link #LEVEL} by degrees of freedom: the same few values are asked for again and again. */
    private static final java.util.concurrent.ConcurrentHashMap<Long, Double> T_QUANTILES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The normal quantile of {@link #LEVEL}. */
    private static final double Z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + LEVEL / 2);

    private static double tQuantile(long degreesOfFreedom) {
        return tQuantile(degreesOfFreedom, LEVEL);
    }

    private static double tQuantile(long degreesOfFreedom, double level) {
        // inverseCumulativeProbability uses no random generator, so the distribution's hidden one is never touched.
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.5 + level / 2);
    }

    /**
     * The Wilson score interval of a proportion (Wilson 1927), which keeps its coverage near
     * 0 and 1 where the normal approximation fails.
     */
    public static Interval wilson(long successes, long n, double level) {
        if (n == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double z = level == LEVEL ? Z : new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + level / 2);
        double p = (double) successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
