package org.detente.analysis;

import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * P(crisis) and paired differences when the model parameters are uncertain. When replication
 * r runs with parameter set r mod M of a posterior sample, the runs fall into M groups, one per
 * parameter set. The spread of the groups' estimates holds two things: how much P(crisis)
 * really differs between parameter sets (the between-set variance tau^2, what the record
 * cannot pin down) and the runs' chance within each group. A random-effects decomposition
 * (method of moments, DerSimonian and Laird 1986) separates them:
 * tau^2 = max(0, variance of the group estimates - mean within-group sampling variance).
 *
 * <ul>
 *   <li>the <b>parameter range</b> is where 95% of the parameter sets' P(crisis) lie: a beta
 *       distribution with the overall mean and variance tau^2 (a normal one for a difference);</li>
 *   <li>the <b>interval with parameter uncertainty</b> adds the estimate's own sampling variance
 *       (chance within sets over all runs, plus tau^2 over the number of sets) to tau^2; for a
 *       probability it is widened where needed to contain the Wilson interval of all runs, so it
 *       is never narrower than the chance-only interval.</li>
 * </ul>
 * Paired differences keep their pairs: replication r has the same seed and parameter set in
 * both scenarios (common random numbers).
 */
public final class PosteriorIntervals {

    private PosteriorIntervals() {
    }

    /**
     * An estimate with its intervals.
     *
     * @param estimate    the mean over all runs (the posterior predictive probability or difference)
     * @param low         lower end of the 95% interval with parameter uncertainty
     * @param high        upper end
     * @param rangeLow    2.5% point of the parameter sets' values (tau only)
     * @param rangeHigh   97.5% point
     * @param tau         the between-set standard deviation
     * @param draws       parameter sets
     * @param runs        runs (or pairs)
     */
    public record Interval(double estimate, double low, double high, double rangeLow, double rangeHigh, double tau,
                           int draws, long runs) {
    }

    /** P(crisis by the horizon) of one scenario's runs. */
    public static Interval crisis(List<RunOutcome> runs, int draws) {
        double[] sum = new double[draws];
        double[] squares = new double[draws];
        int[] count = new int[draws];
        for (RunOutcome r : runs) {
            int m = Math.floorMod(r.replication(), draws);
            double x = r.firstCrisisDay() >= 0 ? 1 : 0;
            sum[m] += x;
            squares[m] += x * x;
            count[m]++;
        }
        Parts parts = parts(sum, squares, count);
        double p = parts.mean;
        double total = parts.tau2 + parts.sampling;
        long crises = Math.round(java.util.Arrays.stream(sum).sum());
        Intervals.Interval chance = Intervals.wilson(crises, runs.size(), Intervals.LEVEL);
        return new Interval(p, Math.min(chance.low(), betaQuantile(p, total, 0.025)),
                Math.max(chance.high(), betaQuantile(p, total, 0.975)),
                betaQuantile(p, parts.tau2, 0.025), betaQuantile(p, parts.tau2, 0.975), Math.sqrt(parts.tau2), draws,
                runs.size());
    }

    /** The paired difference in P(crisis) of scenario a minus scenario b, runs matched by replication. */
    public static Interval difference(List<RunOutcome> a, List<RunOutcome> b, int draws) {
        java.util.Map<Integer, RunOutcome> byReplication = new java.util.HashMap<>();
        b.forEach(r -> byReplication.put(r.replication(), r));
        double[] sum = new double[draws];
        double[] squares = new double[draws];
        int[] count = new int[draws];
        long pairs = 0;
        for (RunOutcome r : a) {
            RunOutcome other = byReplication.get(r.replication());
            if (other != null) {
                int m = Math.floorMod(r.replication(), draws);
                double d = (r.firstCrisisDay() >= 0 ? 1 : 0) - (other.firstCrisisDay() >= 0 ? 1 : 0);
                sum[m] += d;
                squares[m] += d * d;
                count[m]++;
                pairs++;
            }
        }
        Parts parts = parts(sum, squares, count);
        NormalDistribution z = new NormalDistribution(null, 0, 1);
        double half = z.inverseCumulativeProbability(0.975) * Math.sqrt(parts.tau2 + parts.sampling);
        double range = z.inverseCumulativeProbability(0.975) * Math.sqrt(parts.tau2);
        return new Interval(parts.mean, parts.mean - half, parts.mean + half, parts.mean - range, parts.mean + range,
                Math.sqrt(parts.tau2), draws, pairs);
    }

    /** The overall mean, the between-set variance tau^2 and the sampling variance of the overall mean. */
    private record Parts(double mean, double tau2, double sampling) {
    }

    private static Parts parts(double[] sum, double[] squares, int[] count) {
        double total = 0;
        long n = 0;
        for (int m = 0; m < sum.length; m++) {
            total += sum[m];
            n += count[m];
        }
        double mean = total / n;
        // Only sets with two runs or more tell their spread from chance; the sums and divisors below use those alone.
        int groups = 0;
        double between = 0;
        double within = 0;
        double withinAll = 0;
        long withinRuns = 0;
        for (int m = 0; m < sum.length; m++) {
            if (count[m] < 2) {
                continue;
            }
            groups++;
            double gm = sum[m] / count[m];
            between += (gm - mean) * (gm - mean);
            double s2 = Math.max(0, (squares[m] - count[m] * gm * gm) / (count[m] - 1));
            within += s2 / count[m];
            withinAll += s2 * (count[m] - 1);
            withinRuns += count[m] - 1;
        }
        double tau2 = groups < 2 ? 0 : Math.max(0, between / (groups - 1) - within / groups);
        // The overall mean's sampling variance: chance within sets over all runs, plus the sets' own spread over
        // the number of sets (a finite sample of the posterior).
        double allSquares = java.util.Arrays.stream(squares).sum();
        double sigma2 = withinRuns == 0 ? Math.max(0, allSquares / n - mean * mean) : withinAll / withinRuns;
        double sampling = sigma2 / n + tau2 / Math.max(1, groups);
        return new Parts(mean, tau2, sampling);
    }

    /** The q quantile of a beta distribution of this mean and variance (the mean itself when the variance is 0). */
    static double betaQuantile(double mean, double variance, double q) {
        if (variance <= 0 || mean <= 0 || mean >= 1) {
            return mean;
        }
        double v = Math.min(variance, mean * (1 - mean) * 0.999);
        double size = mean * (1 - mean) / v - 1;
        return new BetaDistribution(null, mean * size, (1 - mean) * size).inverseCumulativeProbability(q);
    }
}
