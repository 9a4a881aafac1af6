package org.detente.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Approximate Bayesian computation by rejection with a local-linear regression adjustment
 * (Beaumont, Zhang and Balding 2002, Genetics 162:2025-2035): from parameter draws taken from
 * the prior and the summary statistics each draw's simulation produced, the draws whose
 * summaries lie nearest the observed ones, weighted and corrected towards what they would have
 * been had their summaries matched exactly.
 *
 * <ol>
 *   <li>Each summary statistic is scaled by its normalised median absolute deviation over all
 *       the simulations (the MAD times 1.4826, which equals the standard deviation for normal
 *       data); a statistic whose MAD is zero is scaled by its standard deviation (n - 1), and one
 *       whose standard deviation is zero too carries no information: it is left out of the
 *       distance and the regression and listed in {@link Posterior#ignoredStatistics()}. The
 *       distance of a draw is the Euclidean distance of its scaled summaries from the scaled
 *       observed ones.</li>
 *   <li>The ceil(fraction n) draws with the smallest distances are accepted, ties going to the
 *       lower draw index, so the result does not depend on sorting order. The tolerance h is the
 *       largest accepted distance.</li>
 *   <li>Accepted draws get Epanechnikov weights 1 - (d / h)^2. The draw at exactly h (and any
 *       tied with it) is kept with weight zero, as in the R package {@code abc} (Csilléry,
 *       François and Blum 2012), so the number of accepted draws is always ceil(fraction n);
 *       zero weight removes it from every weighted statistic and from resampling. When h is
 *       zero, or every accepted draw lies at h, all weights are 1.</li>
 *   <li>Each parameter is mapped to the real line so that adjusted values respect the prior's
 *       support (Hamilton et al. 2005, as Beaumont recommends): logit on (low, high) when both
 *       bounds are finite, log(x - low) or log(high - x) when one is, the identity when neither
 *       is. A draw lying exactly on a finite bound is first moved inside by 1e-12 of the range
 *       (or of max(1, |bound|) for a one-sided bound). The transformed parameters are regressed
 *       on the scaled differences (s_i - s_obs) by weighted least squares over the accepted
 *       draws with positive weight: QR decomposition of the sqrt(w)-scaled design, or, when that
 *       design is rank deficient (a statistic constant among those draws), the normal equations
 *       with a ridge of 1e-8 times the mean diagonal on the slopes. Each accepted draw becomes
 *       theta* = theta - beta^T (s_i - s_obs) and is mapped back, clamped strictly inside a
 *       finite bound. The regression is skipped when fewer than q' + 2 accepted draws have
 *       positive weight (q' the statistics not ignored) or when every statistic is ignored;
 *       the adjusted values are then the raw ones and {@link Posterior#regressionApplied()} is
 *       false.</li>
 * </ol>
 *
 * <p>The adjustment assumes the posterior's location changes linearly with the summaries near
 * the observed ones and that its spread does not (the homoscedastic model of Beaumont et al.;
 * the heteroscedastic correction of Blum and François 2010 is not applied). It assumes this on
 * the transformed scale: a relation linear in a bounded parameter is curved after the logit,
 * so a wide tolerance can bias the adjusted values (for a normal mean with a flat prior on
 * (-5, 5) and observed mean 1.16, an acceptance window of +-3.3 in the sample mean shifted the
 * posterior mean by 0.12, against 0.02 with the parameter left unbounded).
 */
public final class AbcRegression {

    /** The MAD of a normal sample times this is its standard deviation: 1 / Phi^-1(3/4). */
    private static final double NORMAL_MAD = 1.482602218505602;
    /** How far inside the range a draw lying on a finite bound is moved before the transform. */
    private static final double EDGE = 1e-12;
    /** Relative threshold on the diagonal of R below which the weighted design counts as rank deficient. */
    private static final double RANK_TOLERANCE = 1e-10;
    /** The ridge added to the slopes' normal equations when the design is rank deficient, relative to its mean diagonal. */
    private static final double RIDGE = 1e-8;

    /**
     * The accepted draws and their adjusted values: a weighted sample of the approximate
     * posterior. Arrays are copied in and out.
     *
     * @param accepted            indices of the accepted draws in the input, by increasing distance
     *                            (ties by index)
     * @param adjusted            regression-adjusted parameter values, one row per accepted draw (the raw
     *                            values when the regression was not applied)
     * @param raw                 the accepted draws' parameter values as given
     * @param weights             Epanechnikov weight of each accepted draw
     * @param tolerance           h, the largest accepted distance (in scaled-summary units)
     * @param acceptanceRate      accepted draws over all draws
     * @param effectiveSampleSize Kish's (sum w)^2 / sum w^2
     * @param intercepts          per parameter, the fitted value at the observed summaries on the
     *                            transformed scale; NaN when the regression was not applied
     * @param slopes              per parameter, the slope on each scaled statistic on the transformed
     *                            scale (0 for an ignored statistic); NaN when the regression was not applied
     * @param scales              the scale each statistic was divided by (NaN for an ignored one)
     * @param ignoredStatistics   indices of the statistics left out because they do not vary
     * @param regressionApplied   whether the adjustment was made
     */
    public record Posterior(int[] accepted, double[][] adjusted, double[][] raw, double[] weights, double tolerance,
                            double acceptanceRate, double effectiveSampleSize, double[] intercepts,
                            double[][] slopes, double[] scales, int[] ignoredStatistics,
                            boolean regressionApplied) {

        /** Copies every array and checks that the rows agree. */
        public Posterior {
            accepted = accepted.clone();
            adjusted = deepCopy(adjusted);
            raw = deepCopy(raw);
            weights = weights.clone();
            intercepts = intercepts.clone();
            slopes = deepCopy(slopes);
            scales = scales.clone();
            ignoredStatistics = ignoredStatistics.clone();
            int k = accepted.length;
            if (k == 0 || adjusted.length != k || raw.length != k || weights.length != k) {
                throw new IllegalArgumentException("a posterior needs the same positive number of accepted indices ("
                        + k + "), adjusted rows (" + adjusted.length + "), raw rows (" + raw.length + ") and weights ("
                        + weights.length + ")");
            }
            if (!(Arrays.stream(weights).allMatch(w -> w >= 0) && Arrays.stream(weights).sum() > 0)) {
                throw new IllegalArgumentException("weights must be non-negative with a positive sum, got "
                        + Arrays.toString(weights));
            }
        }

        @Override
        public int[] accepted() {
            return accepted.clone();
        }

        @Override
        public double[][] adjusted() {
            return deepCopy(adjusted);
        }

        @Override
        public double[][] raw() {
            return deepCopy(raw);
        }

        @Override
        public double[] weights() {
            return weights.clone();
        }

        @Override
        public double[] intercepts() {
            return intercepts.clone();
        }

        @Override
        public double[][] slopes() {
            return deepCopy(slopes);
        }

        @Override
        public double[] scales() {
            return scales.clone();
        }

        @Override
        public int[] ignoredStatistics() {
            return ignoredStatistics.clone();
        }

        /** The number of accepted draws. */
        public int size() {
            return accepted.length;
        }

        /** The weighted posterior mean of one parameter's adjusted values. */
        public double mean(int parameter) {
            checkParameter(parameter);
            double sum = 0;
            double total = 0;
            for (int i = 0; i < accepted.length; i++) {
                sum += weights[i] * adjusted[i][parameter];
                total += weights[i];
            }
            return sum / total;
        }

        /**
         * The weighted posterior standard deviation of one parameter's adjusted values,
         * sqrt(sum w (x - mean)^2 / sum w), without a small-sample correction.
         */
        public double sd(int parameter) {
            double mean = mean(parameter);
            double sum = 0;
            double total = 0;
            for (int i = 0; i < accepted.length; i++) {
                double d = adjusted[i][parameter] - mean;
                sum += weights[i] * d * d;
                total += weights[i];
            }
            return Math.sqrt(sum / total);
        }

        /**
         * A weighted quantile of one parameter's adjusted values: the smallest value whose
         * cumulative weight reaches {@code probability} of the total (the inverse of the weighted
         * empirical distribution function; draws with zero weight never count).
         *
         * @throws IllegalArgumentException if the probability is not in [0, 1]
         */
        public double quantile(int parameter, double probability) {
            checkParameter(parameter);
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException("probability must be in [0, 1], got " + probability);
            }
            Integer[] order = IntStream.range(0, accepted.length).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> adjusted[i][parameter])
                    .thenComparingInt(i -> i));
            double target = probability * Arrays.stream(weights).sum();
            double cumulative = 0;
            double last = Double.NaN;
            for (int i : order) {
                if (weights[i] > 0) {
                    cumulative += weights[i];
                    last = adjusted[i][parameter];
                    if (cumulative >= target) {
                        return last;
                    }
                }
            }
            return last; // rounding left the cumulative weight just short of the total
        }

        /**
         * {@code m} rows of adjusted values drawn with probability proportional to weight by
         * systematic resampling (Kitagawa 1996): one uniform u, then the rows whose cumulative
         * weight interval holds (u + r) / m of the total, for r = 0 .. m - 1. Each row appears
         * floor or ceil of m w / sum w times; the result depends only on the one uniform.
         *
         * @param m       how many rows to draw
         * @param uniform the source of the one uniform value in [0, 1), for example the run's
         *                {@code RandomStream::nextDouble}
         * @throws IllegalArgumentException if m is not positive or the uniform is not in [0, 1)
         */
        public double[][] resample(int m, DoubleSupplier uniform) {
            if (m < 1) {
                throw new IllegalArgumentException("resample needs a positive number of rows, got " + m);
            }
            double u = uniform.getAsDouble();
            if (!(u >= 0 && u < 1)) {
                throw new IllegalArgumentException("the uniform for resampling must be in [0, 1), got " + u);
            }
            int lastPositive = accepted.length - 1;
            while (weights[lastPositive] == 0) {
                lastPositive--;
            }
            double step = Arrays.stream(weights).sum() / m;
            double[][] rows = new double[m][];
            int i = 0;
            double cumulative = weights[0];
            for (int r = 0; r < m; r++) {
                double target = (u + r) * step;
                while (cumulative <= target && i < lastPositive) {
                    i++;
                    cumulative += weights[i];
                }
                rows[r] = adjusted[i].clone();
            }
            return rows;
        }

        private void checkParameter(int parameter) {
            if (parameter < 0 || parameter >= adjusted[0].length) {
                throw new IllegalArgumentException("parameter index must be in [0, " + adjusted[0].length + "), got "
                        + parameter);
            }
        }
    }

    private AbcRegression() {
    }

    /**
     * Rejection and regression adjustment, as described in the class comment.
     *
     * @param theta     parameter draws from the prior, one row of p values per draw
     * @param summaries the summary statistics each draw's simulation produced, one row of q values per draw
     * @param observed  the observed summary statistics, q values
     * @param fraction  the fraction of draws to accept, in (0, 1]
     * @param low       per parameter, the lower bound of the prior's support (may be -infinity)
     * @param high      per parameter, the upper bound (may be +infinity)
     * @throws IllegalArgumentException if the shapes disagree, a value is not finite, the fraction
     *                                  is out of range, a lower bound is not below its upper bound, or
     *                                  a draw lies outside its bounds
     */
    public static Posterior of(double[][] theta, double[][] summaries, double[] observed, double fraction,
                               double[] low, double[] high) {
        int p = width(theta, "theta");
        int q = width(summaries, "summaries");
        int n = theta.length;
        if (summaries.length != n) {
            throw new IllegalArgumentException("summaries has " + summaries.length + " rows but theta has " + n);
        }
        if (observed == null || observed.length != q) {
            throw new IllegalArgumentException("observed must have one value per summary statistic (" + q + "), got "
                    + (observed == null ? "none" : observed.length));
        }
        for (int k = 0; k < q; k++) {
            if (!Double.isFinite(observed[k])) {
                throw new IllegalArgumentException("observed[" + k + "] is " + observed[k] + ", not a finite number");
            }
        }
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1], got " + fraction);
        }
        if (low == null || high == null || low.length != p || high.length != p) {
            throw new IllegalArgumentException("low and high must have one bound per parameter (" + p + "), got "
                    + (low == null ? "none" : low.length) + " and " + (high == null ? "none" : high.length));
        }
        for (int j = 0; j < p; j++) {
            if (!(low[j] < high[j])) {
                throw new IllegalArgumentException("parameter " + j + " needs low < high, got [" + low[j] + ", "
                        + high[j] + "]");
            }
            for (int i = 0; i < n; i++) {
                if (theta[i][j] < low[j] || theta[i][j] > high[j]) {
                    throw new IllegalArgumentException("theta[" + i + "][" + j + "] = " + theta[i][j]
                            + " lies outside the prior support [" + low[j] + ", " + high[j] + "]");
                }
            }
        }

        // 1. Scale, and measure each draw's distance from the observed summaries.
        double[] scales = new double[q];
        List<Integer> used = new ArrayList<>();
        List<Integer> ignored = new ArrayList<>();
        for (int k = 0; k < q; k++) {
            scales[k] = scale(summaries, k);
            (Double.isNaN(scales[k]) ? ignored : used).add(k);
        }
        int qUsed = used.size();
        double[][] x = new double[n][qUsed];
        double[] distance = new double[n];
        for (int i = 0; i < n; i++) {
            double squares = 0;
            for (int c = 0; c < qUsed; c++) {
                int k = used.get(c);
                x[i][c] = (summaries[i][k] - observed[k]) / scales[k];
                squares += x[i][c] * x[i][c];
            }
            distance[i] = Math.sqrt(squares);
        }

        // 2. Accept the nearest draws, ties by index.
        int size = acceptedCount(fraction, n);
        int[] accepted = IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> distance[i]).thenComparingInt(i -> i))
                .limit(size).mapToInt(Integer::intValue).toArray();
        double h = distance[accepted[size - 1]];

        // 3. Epanechnikov weights.
        boolean flat = h == 0 || distance[accepted[0]] == h;
        double[] weights = new double[size];
        double sum = 0;
        double squares = 0;
        int positive = 0;
        for (int a = 0; a < size; a++) {
            double r = flat ? 0 : distance[accepted[a]] / h;
            weights[a] = Math.max(0, 1 - r * r);
            sum += weights[a];
            squares += weights[a] * weights[a];
            positive += weights[a] > 0 ? 1 : 0;
        }

        // 4. Regression adjustment on the transformed scale.
        double[][] raw = new double[size][];
        for (int a = 0; a < size; a++) {
            raw[a] = theta[accepted[a]].clone();
        }
        double[][] adjusted = deepCopy(raw);
        double[] intercepts = new double[p];
        double[][] slopes = new double[p][q];
        boolean applied = qUsed > 0 && positive >= qUsed + 2;
        if (applied) {
            double[][] z = new double[size][p];
            for (int a = 0; a < size; a++) {
                for (int j = 0; j < p; j++) {
                    z[a][j] = toLine(raw[a][j], low[j], high[j]);
                }
            }
            double[][] design = new double[positive][qUsed + 1];
            double[][] response = new double[positive][p];
            int row = 0;
            for (int a = 0; a < size; a++) {
                if (weights[a] > 0) {
                    double root = Math.sqrt(weights[a]);
                    design[row][0] = root;
                    for (int c = 0; c < qUsed; c++) {
                        design[row][c + 1] = root * x[accepted[a]][c];
                    }
                    for (int j = 0; j < p; j++) {
                        response[row][j] = root * z[a][j];
                    }
                    row++;
                }
            }
            RealMatrix beta = weightedLeastSquares(new Array2DRowRealMatrix(design, false),
                    new Array2DRowRealMatrix(response, false));
            for (int j = 0; j < p; j++) {
                intercepts[j] = beta.getEntry(0, j);
                for (int c = 0; c < qUsed; c++) {
                    slopes[j][used.get(c)] = beta.getEntry(c + 1, j);
                }
                for (int a = 0; a < size; a++) {
                    double shift = 0;
                    for (int c = 0; c < qUsed; c++) {
                        shift += beta.getEntry(c + 1, j) * x[accepted[a]][c];
                    }
                    adjusted[a][j] = fromLine(z[a][j] - shift, low[j], high[j]);
                }
            }
        } else {
            Arrays.fill(intercepts, Double.NaN);
            for (double[] s : slopes) {
                Arrays.fill(s, Double.NaN);
            }
        }

        // 5. The weighted sample.
        return new Posterior(accepted, adjusted, raw, weights, h, (double) size / n, sum * sum / squares, intercepts,
                slopes, scales, ignored.stream().mapToInt(Integer::intValue).toArray(), applied);
    }

    /** The number of draws to accept: ceil(fraction n), not thrown one too high by rounding in the product. */
    private static int acceptedCount(double fraction, int n) {
        double target = fraction * n;
        double nearest = Math.rint(target);
        double count = Math.abs(target - nearest) <= 1e-9 * Math.max(1, target) ? nearest : Math.ceil(target);
        return (int) Math.min(n, Math.max(1, count));
    }

    /** A statistic's normalised MAD, else its standard deviation, else NaN (the statistic does not vary). */
    private static double scale(double[][] summaries, int k) {
        double[] column = new double[summaries.length];
        Moments moments = new Moments();
        for (int i = 0; i < summaries.length; i++) {
            column[i] = summaries[i][k];
            moments.add(column[i]);
        }
        double median = median(column);
        for (int i = 0; i < column.length; i++) {
            column[i] = Math.abs(column[i] - median);
        }
        double mad = NORMAL_MAD * median(column);
        if (mad > 0) {
            return mad;
        }
        double sd = moments.sd();
        return sd > 0 ? sd : Double.NaN;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    /** Least squares of the already sqrt(w)-scaled response on the sqrt(w)-scaled design, one column per parameter. */
    private static RealMatrix weightedLeastSquares(RealMatrix design, RealMatrix response) {
        double largest = 0;
        for (int c = 0; c < design.getColumnDimension(); c++) {
            largest = Math.max(largest, design.getColumnVector(c).getNorm());
        }
        DecompositionSolver qr = new QRDecomposition(design, RANK_TOLERANCE * largest).getSolver();
        if (qr.isNonSingular()) {
            return qr.solve(response);
        }
        RealMatrix transposed = design.transpose();
        RealMatrix normal = transposed.multiply(design);
        double ridge = RIDGE * normal.getTrace() / normal.getRowDimension();
        for (int c = 1; c < normal.getRowDimension(); c++) { // the intercept is not shrunk
            normal.addToEntry(c, c, ridge);
        }
        return new LUDecomposition(normal).getSolver().solve(transposed.multiply(response));
    }

    /** A value of the support mapped to the real line: logit, log or identity. */
    private static double toLine(double value, double low, double high) {
        boolean lowFinite = Double.isFinite(low);
        boolean highFinite = Double.isFinite(high);
        if (lowFinite && highFinite) {
            double margin = EDGE * (high - low);
            return Math.log(Math.max(value - low, margin)) - Math.log(Math.max(high - value, margin));
        }
        if (lowFinite) {
            return Math.log(Math.max(value - low, EDGE * Math.max(1, Math.abs(low))));
        }
        if (highFinite) {
            return Math.log(Math.max(high - value, EDGE * Math.max(1, Math.abs(high))));
        }
        return value;
    }

    /** The inverse of {@link #toLine}, kept strictly inside a finite bound. */
    private static double fromLine(double z, double low, double high) {
        boolean lowFinite = Double.isFinite(low);
        boolean highFinite = Double.isFinite(high);
        if (lowFinite && highFinite) {
            double logistic = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
            return Math.min(Math.max(low + (high - low) * logistic, Math.nextUp(low)), Math.nextDown(high));
        }
        if (lowFinite) {
            return Math.max(low + Math.exp(z), Math.nextUp(low));
        }
        if (highFinite) {
            return Math.min(high - Math.exp(z), Math.nextDown(high));
        }
        return z;
    }

    /** Checks a matrix is non-empty, rectangular and finite, and returns its width. */
    private static int width(double[][] rows, String name) {
        if (rows == null || rows.length == 0 || rows[0] == null || rows[0].length == 0) {
            throw new IllegalArgumentException(name + " needs at least one row and one column");
        }
        int width = rows[0].length;
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null || rows[i].length != width) {
                throw new IllegalArgumentException(name + " row " + i + " has "
                        + (rows[i] == null ? "no" : rows[i].length) + " values, row 0 has " + width);
            }
            for (int k = 0; k < width; k++) {
                if (!Double.isFinite(rows[i][k])) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + k + "] is " + rows[i][k]
                            + ", not a finite number");
                }
            }
        }
        return width;
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }
}
