package org.detente.analysis;

/**
 * Streaming count, mean and variance by Welford's algorithm (Welford 1962), mergeable by
 * the pairwise formula of Chan, Golub and LeVeque (1979) so that chunks of runs can be
 * summarised separately and combined. Sample variance uses n - 1.
 */
public final class Moments implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private long n;
    private double mean;
    private double m2;

    /** Adds one observation. */
    public void add(double x) {
        n++;
        double delta = x - mean;
        mean += delta / n;
        m2 += delta * (x - mean);
    }

    /** Adds every observation of another accumulator. */
    public void merge(Moments other) {
        if (other.n == 0) {
            return;
        }
        if (n == 0) {
            n = other.n;
            mean = other.mean;
            m2 = other.m2;
            return;
        }
        long total = n + other.n;
        double delta = other.mean - mean;
        mean += delta * other.n / total;
        m2 += other.m2 + delta * delta * ((double) n * other.n / total);
        n = total;
    }

    public long n() {
        return n;
    }

    /** The mean; NaN when empty. */
    public double mean() {
        return n == 0 ? Double.NaN : mean;
    }

    /** The sample variance (n - 1); NaN for fewer than two observations. */
    public double variance() {
        return n < 2 ? Double.NaN : m2 / (n - 1);
    }

    /** The sample standard deviation; NaN for fewer than two observations. */
    public double sd() {
        return Math.sqrt(variance());
    }
}
