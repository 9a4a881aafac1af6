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
     * @param day      0-based day
     * @param metric   the metric
     * @param n        runs summarised
     * @param mean     mean over runs (for proportions: the share of runs)
     * @param sd       sample standard deviation (NaN for fewer than two runs)
     * @param ciLow    lower bound of the 95% interval (t for means, Wilson for proportions)
     * @param ciHigh   upper bound
     */
    public record Row(String scenario, int day, DailyMetric metric, long n, double mean, double sd, double ciLow,
                      double ciHigh) {
    }

    public TimeseriesSummary {
        rows = List.copyOf(rows);
    }

    /** The scenarios, in the order they first appear. */
    public List<String> scenarios() {
        Set<String> names = new LinkedHashSet<>();
        rows.forEach(r -> names.add(r.scenario()));
        return List.copyOf(names);
    }

    /** The rows of one scenario and metric, in day order. */
    public List<Row> series(String scenario, DailyMetric metric) {
        List<Row> series = new ArrayList<>();
        for (Row r : rows) {
            if (r.scenario().equals(scenario) && r.metric() == metric) {
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
