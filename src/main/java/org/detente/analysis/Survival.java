package org.detente.analysis;

import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Time to first crisis: Kaplan-Meier survival curves with Greenwood variance and log-log
 * confidence intervals (Kalbfleisch and Prentice), and the log-rank test (Mantel 1966). Runs
 * without a crisis are censored at the horizon.
 */
public final class Survival {

    /**
     * A survival curve: S(t) = P(no crisis by the end of day t), t = 0 .. horizon - 1.
     *
     * @param label    what it describes
     * @param n        runs
     * @param survival S(t) by day
     * @param low      lower 95% bound by day
     * @param high     upper 95% bound by day
     */
    public record Curve(String label, int n, double[] survival, double[] low, double[] high) {

        /** The first day on which S(t) falls to one half or below, or -1 if it never does. */
        public int medianDay() {
            for (int t = 0; t < survival.length; t++) {
                if (survival[t] <= 0.5) {
                    return t;
                }
            }
            return -1;
        }
    }

    /**
     * A log-rank test of two groups.
     *
     * @param chiSquare the statistic (1 degree of freedom)
     * @param p         its p-value
     * @param observed  crises observed in the first group
     * @param expected  crises expected in the first group were both alike
     */
    public record LogRank(double chiSquare, double p, double observed, double expected) {
    }

    /**
     * The hazard of a first crisis in one period: of the runs without a crisis when it began,
     * the share that entered one during it.
     *
     * @param start  first day of the period
     * @param end    last day of the period (inclusive)
     * @param atRisk runs without a crisis before {@code start}
     * @param events of those, runs whose first crisis fell in the period
     * @param ci     Wilson 95% interval of events / atRisk
     */
    public record Hazard(int start, int end, long atRisk, long events, Intervals.Interval ci) {

        /** events / atRisk (NaN with none at risk). */
        public double rate() {
            return atRisk == 0 ? Double.NaN : (double) events / atRisk;
        }
    }

    private Survival() {
    }

    /**
     * The hazard of a first crisis period by period ({@code days} long; the last may be shorter):
     * unlike P(crisis by day t), which can only rise, it shows whether the risk comes early and
     * fades or holds through the run.
     */
    public static List<Hazard> hazard(List<RunOutcome> runs, int horizon, int days) {
        int[] events = events(runs, horizon);
        List<Hazard> out = new java.util.ArrayList<>();
        long atRisk = runs.size();
        for (int start = 0; start < horizon; start += days) {
            int end = Math.min(horizon, start + days) - 1;
            long k = 0;
            for (int t = start; t <= end; t++) {
                k += events[t];
            }
            out.add(new Hazard(start, end, atRisk, k, Intervals.wilson(k, atRisk, Intervals.LEVEL)));
            atRisk -= k;
        }
        return out;
    }

    /** The Kaplan-Meier curve of a group of runs over {@code horizon} days. */
    public static Curve kaplanMeier(String label, List<RunOutcome> runs, int horizon) {
        int[] events = events(runs, horizon);
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + Intervals.LEVEL / 2);
        double[] s = new double[horizon];
        double[] low = new double[horizon];
        double[] high = new double[horizon];
        double survival = 1.0;
        double greenwood = 0.0;
        int atRisk = runs.size();
        for (int t = 0; t < horizon; t++) {
            int d = events[t];
            if (d > 0 && atRisk > 0) {
                survival *= 1.0 - (double) d / atRisk;
                greenwood += atRisk > d ? (double) d / ((double) atRisk * (atRisk - d)) : 0.0;
            }
            atRisk -= d;
            s[t] = survival;
            if (survival <= 0.0 || survival >= 1.0) {
                low[t] = survival;
                high[t] = survival;
            } else {
                double logS = StrictMath.log(survival);
                double se = Math.sqrt(greenwood) / Math.abs(logS);
                double c = StrictMath.log(-logS);
                low[t] = StrictMath.exp(-StrictMath.exp(c + z * se));
                high[t] = StrictMath.exp(-StrictMath.exp(c - z * se));
            }
        }
        return new Curve(label, runs.size(), s, low, high);
    }

    /** The log-rank test of whether two groups' times to first crisis differ. */
    public static LogRank logRank(List<RunOutcome> a, List<RunOutcome> b, int horizon) {
        int[] ea = events(a, horizon);
        int[] eb = events(b, horizon);
        double na = a.size();
        double nb = b.size();
        double observed = 0;
        double expected = 0;
        double variance = 0;
        for (int t = 0; t < horizon; t++) {
            double d = ea[t] + eb[t];
            double n = na + nb;
            if (d > 0 && n > 1) {
                observed += ea[t];
                expected += d * na / n;
                variance += na * nb * d * (n - d) / (n * n * (n - 1));
            }
            na -= ea[t];
            nb -= eb[t];
        }
        if (variance == 0) {
            return new LogRank(0.0, 1.0, observed, expected);
        }
        double chi = (observed - expected) * (observed - expected) / variance;
        // The upper tail of chi-square with one degree of freedom is erfc(sqrt(chi / 2)): computed
        // directly, a small p-value does not cancel to 0 as 1 - cdf does.
        double p = org.apache.commons.math3.special.Erf.erfc(Math.sqrt(chi / 2));
        return new LogRank(chi, p, observed, expected);
    }

    private static int[] events(List<RunOutcome> runs, int horizon) {
        int[] events = new int[horizon];
        for (RunOutcome r : runs) {
            if (r.firstCrisisDay() >= 0 && r.firstCrisisDay() < horizon) {
                events[r.firstCrisisDay()]++;
            }
        }
        return events;
    }
}
