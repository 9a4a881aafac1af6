package org.detente.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Pairwise comparisons of scenarios that share seeds: paired differences (common random
 * numbers make run r of one scenario the partner of run r of the other), the log-rank test on
 * time to crisis, and the Mann-Whitney U test with the Vargha-Delaney effect size on the
 * escalation score. With several comparisons, p-values are also given adjusted by Holm's
 * step-down method (Holm 1979), per family of tests.
 */
public final class Comparisons {

    /**
     * One statistic of one scenario or pair, as a row of {@code stats.csv}.
     *
     * @param kind      {@code scenario} or {@code pair}
     * @param scenario  the scenario (the first of a pair)
     * @param other     the second of a pair, empty for a scenario
     * @param statistic what is measured
     * @param value     its value
     * @param ciLow     lower 95% bound (NaN where none)
     * @param ciHigh    upper 95% bound (NaN where none)
     * @param p         p-value (NaN where none)
     * @param pHolm     Holm-adjusted p-value across the pairs (NaN where none)
     * @param n         runs or pairs it rests on
     */
    public record Stat(String kind, String scenario, String other, String statistic, double value, double ciLow,
                       double ciHigh, double p, double pHolm, long n) {
    }

    private Comparisons() {
    }

    /**
     * Every statistic of the groups (in order) and of every pair of them. A pair is reported as
     * the later group minus the earlier (with baseline first, "dialogue minus baseline"), the
     * same way round as {@link #differenceOverTime}: {@code scenario} is the later group and
     * {@code other} the earlier, and every difference is {@code scenario} minus {@code other}.
     * Groups whose runs share seeds ({@link #shareSeeds}) are compared pair by pair; others as
     * independent samples, under statistic names that say so.
     *
     * @param groups  runs by label, in the order to report them
     * @param horizon days simulated
     */
    public static List<Stat> of(Map<String, List<RunOutcome>> groups, int horizon) {
        return of(groups, horizon, Map.of());
    }

    /**
     * As above, with each group's escalation score divided by its actor pairs times days
     * ({@code pairDays}, by label) before the rank test and effect size compare it, so scenarios
     * of different sizes compare fairly (statistics named {@code ..._escalation_per_pair_day});
     * a group without a divisor keeps the raw score.
     */
    public static List<Stat> of(Map<String, List<RunOutcome>> groups, int horizon, Map<String, Double> pairDays) {
        List<Stat> stats = new ArrayList<>();
        for (Map.Entry<String, List<RunOutcome>> g : groups.entrySet()) {
            stats.addAll(scenario(g.getKey(), g.getValue(), horizon));
        }
        List<String> labels = new ArrayList<>(groups.keySet());
        List<Stat> pairs = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                pairs.addAll(pair(labels.get(j), groups.get(labels.get(j)), labels.get(i), groups.get(labels.get(i)),
                        horizon, pairDays));
            }
        }
        stats.addAll(holm(pairs));
        return stats;
    }

    /**
     * Whether the runs of two groups can be paired: at least one replication is in both, and
     * every replication in both ran on the same seed in both (common random numbers). Batches
     * run with different master seeds fail this.
     */
    public static boolean shareSeeds(List<RunOutcome> a, List<RunOutcome> b) {
        RunColumns columns = RunColumns.of(a);
        int common = 0;
        for (RunOutcome r : b) {
            int row = columns.rowOf(r.replication());
            if (row >= 0) {
                if (columns.get(row).seed() != r.seed()) {
                    return false;
                }
                common++;
            }
        }
        return common > 0;
    }

    private static List<Stat> scenario(String label, List<RunOutcome> runs, int horizon) {
        List<Stat> stats = new ArrayList<>();
        long crises = runs.stream().filter(r -> r.firstCrisisDay() >= 0).count();
        Intervals.Interval w = Intervals.wilson(crises, runs.size(), Intervals.LEVEL);
        stats.add(new Stat("scenario", label, "", "crisis_probability", (double) crises / runs.size(), w.low(),
                w.high(), Double.NaN, Double.NaN, runs.size()));
        stats.add(mean(label, "mean_peak_rung", runs.stream().mapToDouble(RunOutcome::peakRung).toArray()));
        stats.add(mean(label, "mean_escalation_score", runs.stream().mapToDouble(RunOutcome::escalationScore).toArray()));
        Survival.Curve km = Survival.kaplanMeier(label, runs, horizon);
        int median = km.medianDay();
        stats.add(new Stat("scenario", label, "", "median_days_to_crisis", median < 0 ? Double.NaN : median,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, runs.size()));
        return stats;
    }

    /** The mean of a per-run value of one scenario with its Student t 95% interval, as a row of {@code stats.csv}. */
    public static Stat mean(String label, String name, double[] x) {
        Moments m = new Moments();
        for (double v : x) {
            m.add(v);
        }
        Intervals.Interval ci = Intervals.mean(m.mean(), m.sd(), m.n(), Intervals.LEVEL);
        return new Stat("scenario", label, "", name, m.mean(), ci.low(), ci.high(), Double.NaN, Double.NaN, m.n());
    }

    private static List<Stat> pair(String a, List<RunOutcome> ra, String b, List<RunOutcome> rb, int horizon,
                                   Map<String, Double> pairDays) {
        List<Stat> stats = new ArrayList<>();
        if (shareSeeds(ra, rb)) {
            double[] diffs = pairedCrisisDifferences(ra, rb);
            if (diffs.length >= 2) {
                Moments m = new Moments();
                for (double d : diffs) {
                    m.add(d);
                }
                Intervals.Interval ci = Intervals.mean(m.mean(), m.sd(), m.n(), Intervals.LEVEL);
                double p = m.sd() == 0 ? (m.mean() == 0 ? 1.0 : 0.0) : 2 * new TDistribution(null, m.n() - 1)
                        .cumulativeProbability(-Math.abs(m.mean() / (m.sd() / Math.sqrt(m.n())))); // the lower tail: no 1 - cdf
                stats.add(new Stat("pair", a, b, "paired_crisis_difference", m.mean(), ci.low(), ci.high(), p,
                        Double.NaN, m.n()));
            }
        } else if (!ra.isEmpty() && !rb.isEmpty()) {
            long ka = ra.stream().filter(r -> r.firstCrisisDay() >= 0).count();
            long kb = rb.stream().filter(r -> r.firstCrisisDay() >= 0).count();
            double[] d = independentDifference(ka, ra.size(), kb, rb.size());
            stats.add(new Stat("pair", a, b, "unpaired_crisis_difference", d[0], d[1], d[2],
                    twoProportionP(ka, ra.size(), kb, rb.size()), Double.NaN, ra.size() + rb.size()));
        }
        Survival.LogRank lr = Survival.logRank(ra, rb, horizon);
        stats.add(new Stat("pair", a, b, "log_rank_chi_square", lr.chiSquare(), Double.NaN, Double.NaN, lr.p(),
                Double.NaN, ra.size() + rb.size()));
        boolean scaled = pairDays.containsKey(a) && pairDays.containsKey(b);
        double da = scaled ? pairDays.get(a) : 1.0;
        double db = scaled ? pairDays.get(b) : 1.0;
        double[] x = ra.stream().mapToDouble(r -> r.escalationScore() / da).toArray();
        double[] y = rb.stream().mapToDouble(r -> r.escalationScore() / db).toArray();
        String measure = scaled ? "escalation_per_pair_day" : "escalation_score";
        double u1 = uStatistic(x, y);
        double pMw = x.length > 0 && y.length > 0 ? new MannWhitneyUTest().mannWhitneyUTest(x, y) : Double.NaN;
        stats.add(new Stat("pair", a, b, "mann_whitney_u_" + measure, u1, Double.NaN, Double.NaN, pMw,
                Double.NaN, x.length + y.length));
        stats.add(new Stat("pair", a, b, "vargha_delaney_a_" + measure, u1 / ((double) x.length * y.length),
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, x.length + y.length));
        return stats;
    }

    /**
     * The difference of two independent proportions, ka/na minus kb/nb, with Newcombe's hybrid
     * score interval built from the two Wilson intervals (Newcombe 1998, method 10).
     *
     * @return {difference, low, high}
     */
    static double[] independentDifference(long ka, long na, long kb, long nb) {
        double pa = (double) ka / na;
        double pb = (double) kb / nb;
        Intervals.Interval wa = Intervals.wilson(ka, na, Intervals.LEVEL);
        Intervals.Interval wb = Intervals.wilson(kb, nb, Intervals.LEVEL);
        double d = pa - pb;
        return new double[] {d, d - Math.sqrt(sq(pa - wa.low()) + sq(wb.high() - pb)),
            d + Math.sqrt(sq(wa.high() - pa) + sq(pb - wb.low()))};
    }

    private static double sq(double x) {
        return x * x;
    }

    /** The two-sided p-value of the pooled two-proportion z test. */
    private static double twoProportionP(long ka, long na, long kb, long nb) {
        double pooled = (double) (ka + kb) / (na + nb);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / na + 1.0 / nb));
        if (se == 0) {
            return (double) ka / na == (double) kb / nb ? 1.0 : 0.0;
        }
        double z = Math.abs((double) ka / na - (double) kb / nb) / se;
        return org.apache.commons.math3.special.Erf.erfc(z / Math.sqrt(2)); // both tails, without 1 - cdf
    }

    /** Run r of A minus run r of B (crisis 1 or 0), over the replications both have. */
    static double[] pairedCrisisDifferences(List<RunOutcome> a, List<RunOutcome> b) {
        RunColumns partners = RunColumns.of(b);
        double[] diffs = new double[a.size()];
        int n = 0;
        for (RunOutcome r : a) {
            int row = partners.rowOf(r.replication());
            if (row >= 0) {
                diffs[n++] = (r.firstCrisisDay() >= 0 ? 1.0 : 0.0) - (partners.get(row).firstCrisisDay() >= 0 ? 1.0 : 0.0);
            }
        }
        return java.util.Arrays.copyOf(diffs, n);
    }

    /**
     * The difference of P(crisis by day t), A minus B, by day, with 95% intervals: paired
     * (Student t over the pairs of runs sharing a seed) when the groups share seeds
     * ({@link #shareSeeds}), else as independent samples (Newcombe). Costs O(runs + horizon):
     * each day's sums come from cumulative counts of first crisis days.
     *
     * @return rows {mean, low, high} by day
     */
    public static double[][] differenceOverTime(List<RunOutcome> a, List<RunOutcome> b, int horizon) {
        double[][] out = new double[horizon][3];
        if (!shareSeeds(a, b)) {
            long[] byA = cumulative(a.stream().mapToInt(RunOutcome::firstCrisisDay).toArray(), horizon);
            long[] byB = cumulative(b.stream().mapToInt(RunOutcome::firstCrisisDay).toArray(), horizon);
            for (int t = 0; t < horizon; t++) {
                out[t] = independentDifference(byA[t], a.size(), byB[t], b.size());
            }
            return out;
        }
        RunColumns partners = RunColumns.of(b);
        int[] dayA = new int[a.size()];
        int[] dayB = new int[a.size()];
        int[] dayBoth = new int[a.size()];
        int n = 0;
        for (RunOutcome r : a) {
            int row = partners.rowOf(r.replication());
            if (row >= 0) {
                int other = partners.get(row).firstCrisisDay();
                dayA[n] = r.firstCrisisDay();
                dayB[n] = other;
                dayBoth[n] = r.firstCrisisDay() < 0 || other < 0 ? -1 : Math.max(r.firstCrisisDay(), other);
                n++;
            }
        }
        long[] byA = cumulative(java.util.Arrays.copyOf(dayA, n), horizon);
        long[] byB = cumulative(java.util.Arrays.copyOf(dayB, n), horizon);
        long[] byBoth = cumulative(java.util.Arrays.copyOf(dayBoth, n), horizon);
        for (int t = 0; t < horizon; t++) {
            // Each pair's difference is -1, 0 or 1: the sum is A - B and the sum of squares the
            // pairs where exactly one of the two is in crisis, A + B - 2 both.
            double mean = n == 0 ? Double.NaN : (double) (byA[t] - byB[t]) / n;
            double squares = byA[t] + byB[t] - 2.0 * byBoth[t];
            double sd = n < 2 ? Double.NaN : Math.sqrt(Math.max(0, (squares - n * mean * mean) / (n - 1)));
            Intervals.Interval ci = Intervals.mean(mean, sd, n, Intervals.LEVEL);
            out[t][0] = mean;
            out[t][1] = Double.isNaN(ci.low()) || sd == 0 ? mean : ci.low();
            out[t][2] = Double.isNaN(ci.high()) || sd == 0 ? mean : ci.high();
        }
        return out;
    }

    /** How many of the days (-1 for none) are at most t, for every t below the horizon. */
    private static long[] cumulative(int[] days, int horizon) {
        long[] counts = new long[horizon];
        for (int d : days) {
            if (d >= 0 && d < horizon) {
                counts[d]++;
            }
        }
        for (int t = 1; t < horizon; t++) {
            counts[t] += counts[t - 1];
        }
        return counts;
    }

    /** U of the first sample: the number of pairs (x, y) with x > y, ties counting one half. */
    static double uStatistic(double[] x, double[] y) {
        double[] all = new double[x.length + y.length];
        System.arraycopy(x, 0, all, 0, x.length);
        System.arraycopy(y, 0, all, x.length, y.length);
        double[] ranks = new NaturalRanking(TiesStrategy.AVERAGE).rank(all);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += ranks[i];
        }
        return sum - x.length * (x.length + 1) / 2.0;
    }

    /** Holm's step-down adjustment within each family (statistic) of pairwise tests. */
    static List<Stat> holm(List<Stat> pairs) {
        Map<String, List<Integer>> families = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            if (!Double.isNaN(pairs.get(i).p())) {
                families.computeIfAbsent(pairs.get(i).statistic(), k -> new ArrayList<>()).add(i);
            }
        }
        double[] adjusted = new double[pairs.size()];
        java.util.Arrays.fill(adjusted, Double.NaN);
        for (List<Integer> family : families.values()) {
            List<Integer> order = new ArrayList<>(family);
            order.sort(Comparator.comparingDouble(i -> pairs.get(i).p()));
            int m = order.size();
            double running = 0;
            for (int k = 0; k < m; k++) {
                double p = Math.min(1.0, (m - k) * pairs.get(order.get(k)).p());
                running = Math.max(running, p);
                adjusted[order.get(k)] = running;
            }
        }
        List<Stat> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Stat s = pairs.get(i);
            out.add(new Stat(s.kind(), s.scenario(), s.other(), s.statistic(), s.value(), s.ciLow(), s.ciHigh(), s.p(),
                    adjusted[i], s.n()));
        }
        return out;
    }
}
