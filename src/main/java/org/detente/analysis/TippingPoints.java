package org.detente.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How an outcome moves over one parameter's range, in words: the design points are cut into
 * five equal-width bins of the parameter, the outcome averaged in each (over every other
 * parameter's values), and a bin where that average crosses a threshold (50% for a
 * probability, 0 for a difference) is named as a tipping point, as a range, not a point.
 */
public final class TippingPoints {

    /** Bins of each parameter's range. */
    public static final int BINS = 5;

    private TippingPoints() {
    }

    /**
     * The outcome's mean in each bin of a parameter.
     *
     * @param x    the parameter's value at each design point
     * @param y    the outcome at each design point
     * @param low  the range's lower end
     * @param high the range's upper end
     */
    public static double[] binMeans(double[] x, double[] y, double low, double high) {
        double[] sum = new double[BINS];
        int[] n = new int[BINS];
        for (int i = 0; i < x.length; i++) {
            int b = (int) Math.min(BINS - 1, Math.max(0, Math.floor((x[i] - low) / (high - low) * BINS)));
            sum[b] += y[i];
            n[b]++;
        }
        double[] mean = new double[BINS];
        for (int b = 0; b < BINS; b++) {
            mean[b] = n[b] == 0 ? Double.NaN : sum[b] / n[b];
        }
        return mean;
    }

    /**
     * One sentence on how an outcome moves across a parameter's range and where it crosses
     * the threshold: a probability (in %, threshold 50%) or, with {@code difference}, a
     * difference of two probabilities (in points, threshold 0).
     */
    public static String sentence(String outcome, String parameter, double[] x, double[] y, double low, double high,
                                  boolean difference) {
        double[] m = binMeans(x, y, low, high);
        double width = (high - low) / BINS;
        double threshold = difference ? 0 : 0.5;
        List<String> crossings = new ArrayList<>();
        for (int b = 1; b < BINS; b++) {
            if (!Double.isNaN(m[b - 1]) && !Double.isNaN(m[b]) && (m[b - 1] - threshold) * (m[b] - threshold) < 0) {
                crossings.add(String.format(Locale.ROOT, "between %s = %.2g and %.2g", parameter,
                        low + (b - 0.5) * width, low + (b + 0.5) * width));
            }
        }
        String unit = difference ? "%+.0f points" : "%.0f%%";
        String moves = String.format(Locale.ROOT, "%s averages " + unit + " where %s is lowest (%.2g-%.2g) and "
                        + unit + " where it is highest (%.2g-%.2g)", outcome, 100 * m[0], parameter, low, low + width,
                100 * m[BINS - 1], high - width, high);
        String line = difference ? "zero" : "50%";
        return crossings.isEmpty() ? moves + "; it does not cross " + line + " anywhere in the range."
                : moves + "; it crosses " + line + " " + String.join(" and ", crossings) + ".";
    }
}
