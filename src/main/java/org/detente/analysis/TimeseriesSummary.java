package org.detente.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Per-day summaries of one or more scenarios: one row per scenario, day and metric, as in
 * {@code timeseries.csv}. Immutable.
 *
 * @param rows the rows, in scenario, day, metric order
 */
public record TimeseriesSummary(List<Row> rows) {

    /**
     * One scenario, day and metric.
     *
     * @param scenario scenario name
     * @param designPoint design point (0 without a design)
     * @param day      0-based day
     * @param metric   the metric
     * @param n        runs summarised
     * @param mean     mean over runs (for proportions: the share of runs)
     * @param sd       sample standard deviation (NaN for fewer than two runs)
     * @param ciLow    lower bound of the 95% interval (t for means, Wilson for proportions)
     * @param ciHigh   upper bound
     * @param quantiles the 5%, 25%, 50%, 75% and 95% quantiles over runs (NaN for proportions)
     */
    public record Row(String scenario, int designPoint, int day, DailyMetric metric, long n, double mean, double sd,
                      double ciLow, double ciHigh, double[] quantiles) {
    }

    public TimeseriesSummary {
        rows = List.copyOf(rows);
    }

    /**
     * A series: one scenario at one design point.
     *
     * @param scenario    scenario name
     * @param designPoint design point
     * @param label       {@code name}, or {@code name#point} when the scenario has several points
     */
    public record Key(String scenario, int designPoint, String label) {
    }

    /** The series, in the order they first appear. */
    public List<Key> keys() {
        Set<String> seen = new LinkedHashSet<>();
        java.util.Map<String, Integer> pointsPerScenario = new java.util.HashMap<>();
        List<Row> firsts = new ArrayList<>();
        for (Row r : rows) {
            if (seen.add(r.scenario() + "#" + r.designPoint())) {
                firsts.add(r);
                pointsPerScenario.merge(r.scenario(), 1, Integer::sum);
            }
        }
        List<Key> keys = new ArrayList<>();
        for (Row r : firsts) {
            boolean several = pointsPerScenario.get(r.scenario()) > 1;
            keys.add(new Key(r.scenario(), r.designPoint(), several ? r.scenario() + "#" + r.designPoint() : r.scenario()));
        }
        return keys;
    }

    /** The rows of one series and metric, in day order. */
    public List<Row> series(Key key, DailyMetric metric) {
        return series(key.scenario(), key.designPoint(), metric);
    }

    /** The rows of one scenario (design point 0) and metric, in day order. */
    public List<Row> series(String scenario, DailyMetric metric) {
        return series(scenario, 0, metric);
    }

    /** The rows of one scenario, design point and metric, in day order. */
    public List<Row> series(String scenario, int designPoint, DailyMetric metric) {
        List<Row> series = new ArrayList<>();
        for (Row r : rows) {
            if (r.scenario().equals(scenario) && r.designPoint() == designPoint && r.metric() == metric) {
                series.add(r);
            }
        }
        return series;
    }

    /** This summary followed by another's rows. */
    public TimeseriesSummary concat(TimeseriesSummary other) {
        List<Row> all = new ArrayList<>(rows);
        all.addAll(other.rows);
        return new TimeseriesSummary(all);
    }
}
