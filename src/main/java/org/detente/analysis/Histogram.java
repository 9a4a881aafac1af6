package org.detente.analysis;

/**
 * A fixed-bin histogram: streaming, exactly mergeable (counts add), and the same result
 * whatever the order of the values, which the quantile estimators that keep samples or
 * markers (P-square) cannot all promise. Quantiles are read by linear interpolation within
 * a bin, so they are accurate to one bin width; values outside the range are counted in the
 * first or last bin (the range is chosen to hold what the model produces).
 */
public final class Histogram {

    private final double low;
    private final double width;
    private final int[] counts;
    private final boolean discrete;
    /** Bins are equal on asinh(x / scale) when scale is positive, on x otherwise. */
    private final double scale;
    /** For asinh bins: the inner bin edges in value space, for a binary search instead of a logarithm per value. */
    private final double[] edges;
    private long n;

    /**
     * A histogram with equal bins on asinh(x / scale) over [-maxAbs, maxAbs]: resolution of
     * about {@code scale * 2 maxAbs' / bins} near zero and a constant relative resolution far
     * from it, for values whose spread grows over time (cumulative scores).
     */
    public static Histogram symmetricLog(double scale, double maxAbs, int bins) {
        double edge = asinh(maxAbs / scale);
        return new Histogram(-edge, edge, bins, false, scale);
    }

    private static double asinh(double x) {
        return StrictMath.log(x + StrictMath.sqrt(x * x + 1)); // StrictMath: the same bits on every machine
    }

    /**
     * An empty histogram of {@code bins} equal bins over [low, high).
     *
     * @throws IllegalArgumentException if the range or bin count is not positive
     */
    public Histogram(double low, double high, int bins) {
        this(low, high, bins, false);
    }

    /**
     * A histogram whose values are the bins' lower edges (whole rungs, say): quantiles are
     * those values, not interpolated.
     */
    public Histogram(double low, double high, int bins, boolean discrete) {
        this(low, high, bins, discrete, 0.0);
    }

    private Histogram(double low, double high, int bins, boolean discrete, double scale) {
        if (!(high > low) || bins < 1) {
            throw new IllegalArgumentException("need low < high and bins >= 1, got " + low + ", " + high + ", " + bins);
        }
        this.low = low;
        this.width = (high - low) / bins;
        this.counts = new int[bins];
        this.discrete = discrete;
        this.scale = scale;
        this.edges = edges(low, width, bins, scale);
    }

    /** Edge arrays by geometry: read-only and shared, since every day's histogram of a metric has the same. */
    private static final java.util.concurrent.ConcurrentHashMap<java.util.List<Double>, double[]> EDGES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static double[] edges(double low, double width, int bins, double scale) {
        if (scale <= 0) {
            return new double[0];
        }
        return EDGES.computeIfAbsent(java.util.List.of(low, width, (double) bins, scale), key -> {
            double[] e = new double[bins - 1];
            for (int i = 0; i < e.length; i++) {
                e[i] = back(low + width * (i + 1), scale);
            }
            return e;
        });
    }

    /** Counts one value. */
    public void add(double x) {
        addBin(binOf(x));
    }

    /** The bin a value falls in (the first or last for values outside the range). */
    public int binOf(double x) {
        if (scale > 0) {
            int i = java.util.Arrays.binarySearch(edges, x);
            return i >= 0 ? i + 1 : -i - 1; // a value on an edge belongs to the bin above it
        }
        int bin = (int) Math.floor((x - low) / width);
        return Math.max(0, Math.min(counts.length - 1, bin));
    }

    /**
     * {@link #binOf(double)} found by walking from a bin near the answer: the same bin in a
     * step or two for a series that moves little from one value to the next (a cumulative
     * score day by day), where a binary search over every edge takes nine.
     */
    public int binOf(double x, int near) {
        if (scale <= 0 || Double.isNaN(x) || near < 0 || near > edges.length) {
            return binOf(x);
        }
        int bin = near;
        while (bin > 0 && x < edges[bin - 1]) {
            bin--;
        }
        while (bin < edges.length && x >= edges[bin]) {
            bin++;
        }
        return bin;
    }

    /** Counts one value by its bin. */
    public void addBin(int bin) {
        counts[bin]++;
        n++;
    }

    /** Adds another histogram's counts (same range and bins). */
    public void merge(Histogram other) {
        if (other.counts.length != counts.length || other.low != low || other.width != width || other.scale != scale) {
            throw new IllegalArgumentException("cannot merge histograms of different bins");
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        n += other.n;
    }

    /** The bins with a count: what {@link #writeCounts} writes. */
    int usedBins() {
        int used = 0;
        for (int c : counts) {
            used += c != 0 ? 1 : 0;
        }
        return used;
    }

    /**
     * Writes the counts as the gaps between non-empty bins and their counts, each a variable-length
     * integer (a few bytes a bin): the form a histogram takes inside a
     * {@link TimeseriesStatistics}, where the geometry follows from the metric. Takes at most
     * {@code Varints.MAX_BYTES * (1 + 2 * usedBins())} bytes.
     */
    void writeCounts(java.nio.ByteBuffer out) {
        Varints.write(out, usedBins());
        for (int i = 0, previous = -1; i < counts.length; i++) {
            if (counts[i] != 0) {
                Varints.write(out, i - previous - 1);
                Varints.write(out, counts[i]);
                previous = i;
            }
        }
    }

    /**
     * Reads what {@link #writeCounts} wrote into this empty histogram of the same geometry.
     *
     * @throws java.io.InvalidObjectException if the bins fall outside this histogram's or the
     *                                        counts do not add up to {@code expected}
     */
    void readCounts(java.nio.ByteBuffer in, long expected) throws java.io.InvalidObjectException {
        int used = Varints.read(in);
        if (used > counts.length) {
            throw new java.io.InvalidObjectException("malformed histogram");
        }
        long total = 0;
        for (int k = 0, bin = -1; k < used; k++) {
            bin += Varints.read(in) + 1;
            int count = Varints.read(in);
            if (bin < 0 || bin >= counts.length || count <= 0) {
                throw new java.io.InvalidObjectException("malformed histogram");
            }
            counts[bin] = count;
            total += count;
        }
        if (total != expected) {
            throw new java.io.InvalidObjectException("malformed histogram");
        }
        n = total;
    }

    private double back(double v) {
        return back(v, scale);
    }

    /** A position on the bins' axis back in value space. */
    private static double back(double v, double scale) {
        return scale > 0 ? scale * StrictMath.sinh(v) : v;
    }

    public long n() {
        return n;
    }

    /** The p-quantile (0 &lt;= p &lt;= 1), interpolated within its bin; NaN when empty. */
    public double quantile(double p) {
        if (n == 0) {
            return Double.NaN;
        }
        double target = p * n;
        long cumulative = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && cumulative + counts[i] >= target) {
                if (discrete) {
                    return low + width * i;
                }
                double within = (target - cumulative) / counts[i];
                return back(low + width * (i + Math.max(0.0, Math.min(1.0, within))));
            }
            cumulative += counts[i];
        }
        return back(low + width * counts.length);
    }
}
