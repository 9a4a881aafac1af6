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
     * Every statistic of the groups (in order) and of every pair of them.
     *
     * @param groups  runs by label, in the order to report them
     * @param horizon days simulated
     */
    public static List<Stat> of(Map<String, List<RunOutcome>> groups, int horizon) {
        List<Stat> stats = new ArrayList<>();
        for (Map.Entry<String, List<RunOutcome>> g : groups.entrySet()) {
            stats.addAll(scenario(g.getKey(), g.getValue(), horizon));
        }
        List<String> labels = new ArrayList<>(groups.keySet());
        List<Stat> pairs = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                pairs.addAll(pair(labels.get(i), groups.get(labels.get(i)), labels.get(j), groups.get(labels.get(j)),
                        horizon));
            }
        }
        stats.addAll(holm(pairs));
        return stats;
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

    private static Stat mean(String label, String name, double[] x) {
        Moments m = new Moments();
        for (double v : x) {
            m.add(v);
        }
        Intervals.Interval ci = Intervals.mean(m.mean(), m.sd(), m.n(), Intervals.LEVEL);
        return new Stat("scenario", label, "", name, m.mean(), ci.low(), ci.high(), Double.NaN, Double.NaN, m.n());
    }

    private static List<Stat> pair(String a, List<RunOutcome> ra, String b, List<RunOutcome> rb, int horizon) {
        List<Stat> stats = new ArrayList<>();
        double[] diffs = pairedCrisisDifferences(ra, rb);
        if (diffs.length >= 2) {
            Moments m = new Moments();
            for (double d : diffs) {
                m.add(d);
            }
            Intervals.Interval ci = Intervals.mean(m.mean(), m.sd(), m.n(), Intervals.LEVEL);
            double p = m.sd() == 0 ? (m.mean() == 0 ? 1.0 : 0.0) : 2 * (1 - new TDistribution(null, m.n() - 1)
                    .cumulativeProbability(Math.abs(m.mean() / (m.sd() / Math.sqrt(m.n())))));
            stats.add(new Stat("pair", a, b, "paired_crisis_difference", m.mean(), ci.low(), ci.high(), p, Double.NaN,
                    m.n()));
        }
        Survival.LogRank lr = Survival.logRank(ra, rb, horizon);
        stats.add(new Stat("pair", a, b, "log_rank_chi_square", lr.chiSquare(), Double.NaN, Double.NaN, lr.p(),
                Double.NaN, ra.size() + rb.size()));
        double[] x = ra.stream().mapToDouble(RunOutcome::escalationScore).toArray();
        double[] y = rb.stream().mapToDouble(RunOutcome::escalationScore).toArray();
        double u1 = uStatistic(x, y);
        double pMw = x.length > 0 && y.length > 0 ? new MannWhitneyUTest().mannWhitneyUTest(x, y) : Double.NaN;
        stats.add(new Stat("pair", a, b, "mann_whitney_u_escalation_score", u1, Double.NaN, Double.NaN, pMw,
                Double.NaN, x.length + y.length));
        stats.add(new Stat("pair", a, b, "vargha_delaney_a_escalation_score", u1 / ((double) x.length * y.length),
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, x.length + y.length));
        return stats;
    }

    /** Run r of A minus run r of B (crisis 1 or 0), over the replications both have. */
    static double[] pairedCrisisDifferences(List<RunOutcome> a, List<RunOutcome> b) {
        Map<Integer, RunOutcome> byReplication = new HashMap<>();
        b.forEach(r -> byReplication.put(r.replication(), r));
        List<Double> diffs = new ArrayList<>();
        for (RunOutcome r : a) {
            RunOutcome partner = byReplication.get(r.replication());
            if (partner != null) {
                diffs.add((r.firstCrisisDay() >= 0 ? 1.0 : 0.0) - (partner.firstCrisisDay() >= 0 ? 1.0 : 0.0));
            }
        }
        return diffs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The paired difference of P(crisis by day t), A minus B, by day, with Student t 95%
     * intervals over the pairs.
     *
     * @return rows {mean, low, high} by day
     */
    public static double[][] pairedDifferenceOverTime(List<RunOutcome> a, List<RunOutcome> b, int horizon) {
        Map<Integer, RunOutcome> byReplication = new HashMap<>();
        b.forEach(r -> byReplication.put(r.replication(), r));
        List<RunOutcome[]> pairs = new ArrayList<>();
        for (RunOutcome r : a) {
            RunOutcome partner = byReplication.get(r.replication());
            if (partner != null) {
                pairs.add(new RunOutcome[] {r, partner});
            }
        }
        double[][] out = new double[horizon][3];
        for (int t = 0; t < horizon; t++) {
            Moments m = new Moments();
            for (RunOutcome[] p : pairs) {
                m.add((p[0].crisisBy(t) ? 1.0 : 0.0) - (p[1].crisisBy(t) ? 1.0 : 0.0));
            }
            Intervals.Interval ci = Intervals.mean(m.mean(), m.sd(), m.n(), Intervals.LEVEL);
            out[t][0] = m.mean();
            out[t][1] = Double.isNaN(ci.low()) || m.sd() == 0 ? m.mean() : ci.low();
            out[t][2] = Double.isNaN(ci.high()) || m.sd() == 0 ? m.mean() : ci.high();
        }
        return out;
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
