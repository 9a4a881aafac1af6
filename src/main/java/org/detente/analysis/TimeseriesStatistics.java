package org.detente.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-day statistics of one scenario's runs, accumulated as runs finish: memory grows with
 * the horizon and the number of metrics, never with the number of runs. Mergeable.
 * Snapshot with {@link #summary(String)}.
 */
public final class TimeseriesStatistics implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final int horizon;
    private final Moments[][] moments;
    private final long[][] successes;
    private final Histogram[][] histograms;

    /** The quantiles reported for every metric that is not a proportion. */
    public static final double[] QUANTILES = {0.05, 0.25, 0.5, 0.75, 0.95};

    public TimeseriesStatistics(int horizon) {
        this.horizon = horizon;
        int metrics = DailyMetric.values().length;
        moments = new Moments[metrics][horizon];
        successes = new long[metrics][horizon];
        histograms = new Histogram[metrics][];
        for (DailyMetric metric : DailyMetric.values()) {
            int m = metric.ordinal();
            for (int d = 0; d < horizon; d++) {
                moments[m][d] = new Moments();
            }
            if (!metric.proportion()) {
                histograms[m] = new Histogram[horizon];
                for (int d = 0; d < horizon; d++) {
                    histograms[m][d] = metric.histogram();
                }
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
                if (metric.proportion()) {
                    successes[m][d] += x != 0.0 ? 1 : 0;
                } else {
                    histograms[m][d].add(x);
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
                if (histograms[m] != null) {
                    histograms[m][d].merge(other.histograms[m][d]);
                }
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
                double[] q = new double[QUANTILES.length];
                for (int i = 0; i < q.length; i++) {
                    q[i] = metric.proportion() ? Double.NaN : histograms[metric.ordinal()][d].quantile(QUANTILES[i]);
                }
                rows.add(new TimeseriesSummary.Row(scenario, designPoint, d, metric, mo.n(), mo.mean(), mo.sd(), ci.low(),
                        ci.high(), q));
            }
        }
        return new TimeseriesSummary(rows);
    }
}
