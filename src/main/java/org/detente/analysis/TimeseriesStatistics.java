package org.detente.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-day statistics of one scenario's runs, accumulated as runs finish: memory grows with
 * the horizon and the number of metrics, never with the number of runs. Mergeable.
 * Snapshot with {@link #summary(String)}.
 */
public final class TimeseriesStatistics {

    private final int horizon;
    private final Moments[][] moments;
    private final long[][] successes;

    public TimeseriesStatistics(int horizon) {
        this.horizon = horizon;
        int metrics = DailyMetric.values().length;
        moments = new Moments[metrics][horizon];
        successes = new long[metrics][horizon];
        for (int m = 0; m < metrics; m++) {
            for (int d = 0; d < horizon; d++) {
                moments[m][d] = new Moments();
            }
        }
    }

    /**
     * Adds one run's daily series.
     *
     * @param daily values indexed by {@link DailyMetric#ordinal()} then day
     */
    public void add(double[][] daily) {
        for (DailyMetric metric : DailyMetric.values()) {
            int m = metric.ordinal();
            for (int d = 0; d < horizon; d++) {
                double x = daily[m][d];
                moments[m][d].add(x);
                if (metric.proportion() && x != 0.0) {
                    successes[m][d]++;
                }
            }
        }
    }

    /** Adds everything another accumulator of the same horizon has seen. */
    public void merge(TimeseriesStatistics other) {
        if (other.horizon != horizon) {
            throw new IllegalArgumentException("cannot merge horizons " + horizon + " and " + other.horizon);
        }
        for (int m = 0; m < moments.length; m++) {
            for (int d = 0; d < horizon; d++) {
                moments[m][d].merge(other.moments[m][d]);
                successes[m][d] += other.successes[m][d];
            }
        }
    }

    /** An immutable snapshot, one row per day and metric, for the named scenario. */
    public TimeseriesSummary summary(String scenario) {
        return summary(scenario, 0);
    }

    /** An immutable snapshot, one row per day and metric, for a scenario's design point. */
    public TimeseriesSummary summary(String scenario, int designPoint) {
        List<TimeseriesSummary.Row> rows = new ArrayList<>();
        for (int d = 0; d < horizon; d++) {
            for (DailyMetric metric : DailyMetric.values()) {
                Moments mo = moments[metric.ordinal()][d];
                Intervals.Interval ci = metric.proportion()
                        ? Intervals.wilson(successes[metric.ordinal()][d], mo.n(), Intervals.LEVEL)
                        : Intervals.mean(mo.mean(), mo.sd(), mo.n(), Intervals.LEVEL);
                rows.add(new TimeseriesSummary.Row(scenario, designPoint, d, metric, mo.n(), mo.mean(), mo.sd(), ci.low(), ci.high()));
            }
        }
        return new TimeseriesSummary(rows);
    }
}
