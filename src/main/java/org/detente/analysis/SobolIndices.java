package org.detente.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Variance-based global sensitivity: for each of k parameters its first-order index S_i (the
 * share of the output variance that parameter explains alone) and its total-order index S_Ti
 * (the share it explains alone and through all its interactions), from the outputs of a
 * Saltelli design.
 *
 * <p>The design rests on two independent n x k matrices A and B of quasi-random points in the
 * unit hypercube and, for each parameter i, the matrix AB^(i): A with its column i taken from
 * B. First-order indices use the estimator (b) of Saltelli et al. (2010, Comput. Phys. Commun.
 * 181:259-270, table 2),
 * <pre>    S_i = mean_j( f(B_j) (f(AB_j^(i)) - f(A_j)) ) / V,</pre>
 * total-order indices that of Jansen (1999, Comput. Phys. Commun. 117:35-43),
 * <pre>    S_Ti = mean_j( (f(A_j) - f(AB_j^(i)))^2 ) / 2 / V,</pre>
 * where V is the sample variance of the 2n outputs f(A_j) and f(B_j) together. The cost is
 * n (k + 2) model evaluations.
 *
 * <p>Each index has a 95% bootstrap percentile interval (Efron and Tibshirani 1993, ch. 13):
 * the base rows j (each with its k + 2 outputs) are resampled with replacement, the indices
 * recomputed on every resample, and the 2.5% and 97.5% quantiles of the recomputed values
 * taken. The resampling draws row numbers from a generator the caller passes (Détente passes a
 * seeded {@code RandomStream}), so the same outputs and seed always give the same doubles. The bootstrap treats the base rows as
 * independent; with quasi-random rows the true error is usually smaller, so the intervals err
 * on the wide side.
 */
public final class SobolIndices {

    /** The confidence level of the bootstrap intervals. */
    public static final double LEVEL = 0.95;

    /** The largest number of parameters: Commons Math's Sobol generator has 21201 dimensions, 2k are needed. */
    public static final int MAX_PARAMETERS = 21201 / 2;

    /**
     * The indices of one parameter. An interval is NaN when there were no bootstrap resamples,
     * or when every resample had a constant output.
     *
     * @param parameter the parameter's position, 0 to k - 1, in the design's column order
     * @param first     the first-order index S_i (NaN if the output is constant)
     * @param firstLow  lower bound of its 95% bootstrap percentile interval
     * @param firstHigh upper bound of that interval
     * @param total     the total-order index S_Ti (NaN if the output is constant)
     * @param totalLow  lower bound of its 95% bootstrap percentile interval
     * @param totalHigh upper bound of that interval
     */
    public record Index(int parameter, double first, double firstLow, double firstHigh, double total,
                        double totalLow, double totalHigh) {
    }

    /**
     * The indices of every parameter.
     *
     * @param indices   one per parameter, in column order
     * @param variance  V, the sample variance of the 2n outputs at the points of A and B
     * @param n         the number of base rows the estimates rest on
     * @param bootstrap the number of bootstrap resamples behind the intervals
     */
    public record Result(List<Index> indices, double variance, int n, int bootstrap) {

        /** Keeps an unmodifiable copy of the indices. */
        public Result {
            indices = List.copyOf(indices);
        }

        /** The first-order indices, in column order. */
        public double[] first() {
            return indices.stream().mapToDouble(Index::first).toArray();
        }

        /** The total-order indices, in column order. */
        public double[] total() {
            return indices.stream().mapToDouble(Index::total).toArray();
        }
    }

    private SobolIndices() {
    }

    /**
     * The Saltelli design of k parameters and n base rows, in the unit hypercube [0, 1)^k.
     *
     * <p>Base row j (j = 0 .. n - 1) is point j + 1 of Commons Math's 2k-dimensional Sobol
     * sequence (its point 0, the origin, is skipped): A_j is its first k coordinates and B_j its
     * last k. The points come in this fixed order, k + 2 per base row, n (k + 2) in all:
     * <pre>    A_0, B_0, AB_0^(1), ..., AB_0^(k),   A_1, B_1, AB_1^(1), ..., AB_1^(k),   ...</pre>
     * where AB_j^(i) is A_j with coordinate i (counting from 1 here, column i - 1 of the array)
     * taken from B_j. A batch runs the points in this order, and {@link #estimate} reads the
     * outputs in the same order: output number j (k + 2) is f(A_j), j (k + 2) + 1 is f(B_j) and
     * j (k + 2) + 1 + i is f(AB_j^(i)). A power of two for n keeps the Sobol points balanced.
     *
     * @param k the number of parameters, 1 to {@link #MAX_PARAMETERS}
     * @param n the number of base rows, at least 1
     * @return n (k + 2) fresh arrays of k coordinates each
     * @throws IllegalArgumentException if k or n is out of range
     */
    public static List<double[]> saltelliDesign(int k, int n) {
        if (k < 1 || k > MAX_PARAMETERS) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_PARAMETERS + ", got " + k);
        }
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, got " + n);
        }
        if ((long) n * (k + 2) > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a design of n (k + 2) = " + (long) n * (k + 2)
                    + " points is too large for one list");
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.nextVector(); // the origin
        List<double[]> points = new ArrayList<>(n * (k + 2));
        for (int j = 0; j < n; j++) {
            double[] row = sobol.nextVector();
            double[] a = Arrays.copyOfRange(row, 0, k);
            double[] b = Arrays.copyOfRange(row, k, 2 * k);
            points.add(a);
            points.add(b);
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                points.add(ab);
            }
        }
        return points;
    }

    /**
     * The first- and total-order indices from the outputs of a {@link #saltelliDesign} of k
     * parameters and n base rows, with bootstrap intervals.
     *
     * <p>If the output variance V is zero (a constant output), the indices are undefined and
     * every index and interval bound is NaN; {@link Result#variance()} is then 0. A bootstrap
     * resample whose own outputs are constant is left out of the intervals.
     *
     * @param y         the outputs, in the design's order (see {@link #saltelliDesign})
     * @param k         the number of parameters, at least 1
     * @param n         the number of base rows, at least 2
     * @param bootstrap the number of bootstrap resamples, at least 0 (0: NaN intervals)
     * @param draw      a uniform whole number in [0, bound) for each call with a bound (a seeded generator)
     * @throws IllegalArgumentException if an argument is out of range, y.length is not n (k + 2),
     *                                  or an output is not finite
     */
    public static Result estimate(double[] y, int k, int n, int bootstrap, java.util.function.IntUnaryOperator draw) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        if (n < 2) {
            throw new IllegalArgumentException("n must be at least 2, got " + n);
        }
        if (bootstrap < 0) {
            throw new IllegalArgumentException("bootstrap must be at least 0, got " + bootstrap);
        }
        if (y == null || y.length != (long) n * (k + 2)) {
            throw new IllegalArgumentException("y must have n (k + 2) = " + (long) n * (k + 2) + " outputs, got "
                    + (y == null ? "null" : Integer.toString(y.length)));
        }
        for (int p = 0; p < y.length; p++) {
            if (!Double.isFinite(y[p])) {
                throw new IllegalArgumentException("y[" + p + "] is " + y[p] + ": every output must be finite");
            }
        }
        int[] rows = new int[n];
        Arrays.setAll(rows, j -> j);
        double[] point = new double[2 * k + 1];
        compute(y, k, rows, point);
        double variance = point[2 * k];

        double[][] first = new double[k][bootstrap];
        double[][] total = new double[k][bootstrap];
        int kept = 0;
        if (variance > 0) {
            double[] resampled = new double[2 * k + 1];
            for (int b = 0; b < bootstrap; b++) {
                for (int j = 0; j < n; j++) {
                    rows[j] = draw.applyAsInt(n);
                }
                compute(y, k, rows, resampled);
                if (resampled[2 * k] > 0) {
                    for (int i = 0; i < k; i++) {
                        first[i][kept] = resampled[i];
                        total[i][kept] = resampled[k + i];
                    }
                    kept++;
                }
            }
        }
        double lowQ = (1 - LEVEL) / 2;
        double highQ = 1 - lowQ;
        List<Index> indices = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double[] f = Arrays.copyOf(first[i], kept);
            double[] t = Arrays.copyOf(total[i], kept);
            Arrays.sort(f);
            Arrays.sort(t);
            indices.add(new Index(i, point[i], quantile(f, lowQ), quantile(f, highQ),
                    point[k + i], quantile(t, lowQ), quantile(t, highQ)));
        }
        return new Result(indices, variance, n, bootstrap);
    }

    /**
     * The indices over the given base rows (repeats allowed), written to {@code out}: first-order
     * indices at 0 .. k - 1, total-order at k .. 2k - 1, and V at 2k. The indices are NaN when V is 0.
     */
    private static void compute(double[] y, int k, int[] rows, double[] out) {
        int width = k + 2;
        Moments moments = new Moments();
        for (int j : rows) {
            moments.add(y[j * width]);
            moments.add(y[j * width + 1]);
        }
        double variance = moments.variance();
        // f(B) centred on the mean output: the same expectation (E[f(AB_i) - f(A)] = 0) with a smaller variance,
        // which matters when the mean is large beside the spread (Saltelli et al. 2010, section 3).
        double mean = moments.mean();
        double[] firstSum = new double[k];
        double[] totalSum = new double[k];
        for (int j : rows) {
            int base = j * width;
            double fA = y[base];
            double fB = y[base + 1];
            for (int i = 0; i < k; i++) {
                double fAB = y[base + 2 + i];
                firstSum[i] += (fB - mean) * (fAB - fA);
                double d = fA - fAB;
                totalSum[i] += d * d;
            }
        }
        for (int i = 0; i < k; i++) {
            if (variance > 0) {
                out[i] = firstSum[i] / rows.length / variance;
                out[k + i] = totalSum[i] / rows.length / 2 / variance;
            } else {
                out[i] = Double.NaN;
                out[k + i] = Double.NaN;
            }
        }
        out[2 * k] = variance;
    }

    /** The q quantile of sorted values, interpolating linearly between order statistics (Hyndman and Fan's type 7); NaN if empty. */
    private static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
