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
    /** Runs seen: every run adds one value to every day of every metric. */
    private long n;
    /** Welford's running mean and sum of squared deviations, by metric then day. */
    private final double[][] mean;
    private final double[][] m2;
    private final long[][] successes;
    private final Histogram[][] histograms;

    /** The quantiles reported for every metric that is not a proportion. */
    public static final double[] QUANTILES = {0.05, 0.25, 0.5, 0.75, 0.95};

    public TimeseriesStatistics(int horizon) {
        this.horizon = horizon;
        int metrics = DailyMetric.values().length;
        mean = new double[metrics][horizon];
        m2 = new double[metrics][horizon];
        successes = new long[metrics][horizon];
        histograms = new Histogram[metrics][];
        for (DailyMetric metric : DailyMetric.values()) {
            if (metric.distribution()) {
                histograms[metric.ordinal()] = new Histogram[horizon];
                for (int d = 0; d < horizon; d++) {
                    histograms[metric.ordinal()][d] = metric.histogram();
                }
            }
        }
    }

    /**
     * The histogram bins of a run's daily values, for {@link #add(double[][], int[][])}: the
     * costly part of counting (a logarithm for the escalation score), done where the run ran.
     */
    public static int[][] bins(double[][] daily) {
        int[][] bins = new int[daily.length][];
        for (DailyMetric metric : DailyMetric.values()) {
            if (metric.distribution()) {
                int m = metric.ordinal();
                bins[m] = new int[daily[m].length];
                for (int d = 0; d < daily[m].length; d++) {
                    // Daily series move little from one day to the next: start from yesterday's bin.
                    bins[m][d] = d == 0 ? metric.bin(daily[m][d]) : metric.bin(daily[m][d], bins[m][d - 1]);
                }
            }
        }
        return bins;
    }

    /** Adds one run's daily series, computing its bins here. */
    public void add(double[][] daily) {
        add(daily, bins(daily));
    }

    /**
     * Adds one run's daily series (Welford's update; every day shares the run count).
     *
     * @param daily values indexed by {@link DailyMetric#ordinal()} then day
     * @param bins  the values' histogram bins from {@link #bins(double[][])}
     */
    public void add(double[][] daily, int[][] bins) {
        n++;
        double inverse = 1.0 / n;
        for (DailyMetric metric : DailyMetric.values()) {
            int m = metric.ordinal();
            double[] mu = mean[m];
            double[] s2 = m2[m];
            double[] x = daily[m];
            for (int d = 0; d < horizon; d++) {
                double delta = x[d] - mu[d];
                mu[d] += delta * inverse;
                s2[d] += delta * (x[d] - mu[d]);
            }
            if (metric.proportion()) {
                for (int d = 0; d < horizon; d++) {
                    successes[m][d] += x[d] != 0.0 ? 1 : 0;
                }
            } else if (metric.distribution()) {
                for (int d = 0; d < horizon; d++) {
                    histograms[m][d].addBin(bins[m][d]);
                }
            }
        }
    }

    /** Adds everything another accumulator of the same horizon has seen (Chan, Golub and LeVeque 1979). */
    public void merge(TimeseriesStatistics other) {
        if (other.horizon != horizon) {
            throw new IllegalArgumentException("cannot merge horizons " + horizon + " and " + other.horizon);
        }
        if (other.n == 0) {
            return;
        }
        long total = n + other.n;
        for (int m = 0; m < mean.length; m++) {
            for (int d = 0; d < horizon; d++) {
                double delta = other.mean[m][d] - mean[m][d];
                mean[m][d] += delta * other.n / total;
                m2[m][d] += other.m2[m][d] + delta * delta * ((double) n * other.n / total);
                successes[m][d] += other.successes[m][d];
                if (histograms[m] != null) {
                    histograms[m][d].merge(other.histograms[m][d]);
                }
            }
        }
        n = total;
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
                int m = metric.ordinal();
                double mu = n == 0 ? Double.NaN : mean[m][d];
                double sd = n < 2 ? Double.NaN : Math.sqrt(m2[m][d] / (n - 1));
                Intervals.Interval ci = metric.proportion()
                        ? Intervals.wilson(successes[m][d], n, Intervals.LEVEL)
                        : Intervals.mean(mu, sd, n, Intervals.LEVEL);
                double[] q = new double[QUANTILES.length];
                for (int i = 0; i < q.length; i++) {
                    q[i] = metric.distribution() ? histograms[metric.ordinal()][d].quantile(QUANTILES[i]) : Double.NaN;
                }
                rows.add(new TimeseriesSummary.Row(scenario, designPoint, d, metric, n, mu, sd, ci.low(), ci.high(), q));
            }
        }
        return new TimeseriesSummary(rows);
    }

    /** The longest horizon a serialised accumulator may declare: a scenario's longest. */
    private static final int MAX_HORIZON = org.detente.scenario.Scenario.MAX_HORIZON_DAYS;

    /**
     * Serialised compactly (a block's result sent to the submitter of a clustered batch, and a
     * checkpoint, are mostly this): the means and sums of squares as they are, successes for
     * the proportions only (the other metrics have none), and each histogram as its non-empty
     * bins, whose geometry follows from the metric. About a quarter of Java's default form for
     * a block of 100 runs, and quicker to write and read.
     */
    private Object writeReplace() {
        int capacity = 16 + horizon * 16 * mean.length;
        for (DailyMetric metric : DailyMetric.values()) {
            if (metric.proportion()) {
                capacity += horizon * 8;
            } else if (metric.distribution()) {
                for (Histogram h : histograms[metric.ordinal()]) {
                    capacity += Varints.MAX_BYTES * (1 + 2 * h.usedBins());
                }
            }
        }
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(capacity);
        out.putInt(horizon).putLong(n).putInt(mean.length);
        for (DailyMetric metric : DailyMetric.values()) {
            int m = metric.ordinal();
            for (int d = 0; d < horizon; d++) {
                out.putDouble(mean[m][d]).putDouble(m2[m][d]);
            }
            if (metric.proportion()) {
                for (int d = 0; d < horizon; d++) {
                    out.putLong(successes[m][d]);
                }
            } else if (metric.distribution()) {
                for (int d = 0; d < horizon; d++) {
                    histograms[m][d].writeCounts(out);
                }
            }
        }
        return new Compact(java.util.Arrays.copyOf(out.array(), out.position()));
    }

    /** Java's default form, which only an earlier version wrote (a checkpoint of an older build). */
    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidClassException {
        throw new java.io.InvalidClassException(TimeseriesStatistics.class.getName(),
                "written by an earlier version of Détente (daily statistics are now read through their compact form)");
    }

    /** The fewest bytes a day takes in the compact form: means and sums of squares, successes, empty histograms. */
    private static int minimumBytesPerDay() {
        int bytes = 0;
        for (DailyMetric metric : DailyMetric.values()) {
            bytes += 16 + (metric.proportion() ? 8 : metric.distribution() ? 1 : 0);
        }
        return bytes;
    }

    /** The serial form of {@link TimeseriesStatistics}. */
    private record Compact(byte[] bytes) implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private Object readResolve() throws java.io.InvalidObjectException {
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
            try {
                int horizon = in.getInt();
                long n = in.getLong();
                if (horizon < 1 || horizon > MAX_HORIZON || n < 0 || in.getInt() != DailyMetric.values().length) {
                    throw new java.io.InvalidObjectException("malformed daily statistics");
                }
                if (in.remaining() < (long) horizon * minimumBytesPerDay()) {
                    // Refused before allocating the accumulators the horizon would need.
                    throw new java.io.InvalidObjectException("malformed daily statistics (too short for its horizon)");
                }
                TimeseriesStatistics s = new TimeseriesStatistics(horizon);
                s.n = n;
                for (DailyMetric metric : DailyMetric.values()) {
                    int m = metric.ordinal();
                    for (int d = 0; d < horizon; d++) {
                        s.mean[m][d] = in.getDouble();
                        s.m2[m][d] = in.getDouble();
                    }
                    if (metric.proportion()) {
                        for (int d = 0; d < horizon; d++) {
                            s.successes[m][d] = in.getLong();
                            if (s.successes[m][d] < 0 || s.successes[m][d] > n) {
                                throw new java.io.InvalidObjectException("malformed daily statistics");
                            }
                        }
                    } else if (metric.distribution()) {
                        for (int d = 0; d < horizon; d++) {
                            s.histograms[m][d].readCounts(in, n);
                        }
                    }
                }
                if (in.hasRemaining()) {
                    throw new java.io.InvalidObjectException("malformed daily statistics (trailing bytes)");
                }
                return s;
            } catch (java.nio.BufferUnderflowException e) {
                throw new java.io.InvalidObjectException("malformed daily statistics (cut short)");
            }
        }
    }
}
