package org.detente.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Per-day summaries of one or more scenarios: one row per scenario, day and metric, as in
 * {@code timeseries.csv}. Immutable.
 *
 * @param rows  the rows, in scenario, day, metric order
 * @param names the series to show and the names to show them by, in order, by default label
 *              ({@link Key#label()}); empty for every series under its default label
 */
public record TimeseriesSummary(List<Row> rows, java.util.Map<String, String> names) {

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
        names = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(names));
    }

    /** Every series under its default label. */
    public TimeseriesSummary(List<Row> rows) {
        this(rows, java.util.Map.of());
    }

    /** The same rows showing only the series named, in the order and under the names given. */
    public TimeseriesSummary named(java.util.Map<String, String> shown) {
        return new TimeseriesSummary(rows, shown);
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

    /** The series, in the order they first appear (or as {@link #names()} orders and names them). */
    public List<Key> keys() {
        List<Key> all = defaultKeys();
        if (names.isEmpty()) {
            return all;
        }
        List<Key> shown = new ArrayList<>();
        names.forEach((label, name) -> all.stream().filter(k -> k.label().equals(label)).findFirst()
                .ifPresent(k -> shown.add(new Key(k.scenario(), k.designPoint(), name))));
        return shown;
    }

    private List<Key> defaultKeys() {
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
        java.util.Map<String, String> both = new java.util.LinkedHashMap<>(names);
        both.putAll(other.names);
        return new TimeseriesSummary(all, both);
    }
}
