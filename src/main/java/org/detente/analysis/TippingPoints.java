package org.detente.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How an outcome moves over one parameter's range, in words: the design points are cut into
 * five equal-width bins of the parameter, the outcome averaged in each (over every other
 * parameter's values), and where that average crosses a threshold (0 for a difference) the
 * crossing is a tipping point.
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
     * One sentence on how an outcome in percentage points (a probability or a difference of
     * two) moves across a parameter's range, naming where it crosses {@code threshold}.
     */
    public static String sentence(String outcome, String parameter, double[] x, double[] y, double low, double high,
                                  double threshold) {
        double[] m = binMeans(x, y, low, high);
        double width = (high - low) / BINS;
        List<String> crossings = new ArrayList<>();
        for (int b = 1; b < BINS; b++) {
            if (!Double.isNaN(m[b - 1]) && !Double.isNaN(m[b]) && (m[b - 1] - threshold) * (m[b] - threshold) < 0) {
                crossings.add(String.format(Locale.ROOT, "%.3g", low + b * width));
            }
        }
        String range = String.format(Locale.ROOT, "%s averages %+.1f points at %s %.3g-%.3g and %+.1f at %.3g-%.3g",
                outcome, 100 * m[0], parameter, low, low + width, 100 * m[BINS - 1], high - width, high);
        return crossings.isEmpty()
                ? range + String.format(Locale.ROOT, "; it does not cross %s anywhere in the range.",
                threshold == 0 ? "zero" : String.format(Locale.ROOT, "%.0f%%", 100 * threshold))
                : range + "; it crosses " + (threshold == 0 ? "zero" : String.format(Locale.ROOT, "%.0f%%",
                100 * threshold)) + " near " + parameter + " = " + String.join(" and ", crossings) + ".";
    }
}
