package org.detente.chart;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/** Box plots of a per-run outcome by scenario: median, quartiles and whiskers at 1.5 IQR. */
public final class DistributionChart {

    private DistributionChart() {
    }

    /**
     * @param values per-run values by scenario label
     * @param title  what is shown
     * @param unit   the value axis label
     */
    public static JFreeChart of(Map<String, double[]> values, String title, String unit, Palette palette) {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        long min = Long.MAX_VALUE;
        long max = 0;
        int i = 0;
        List<java.awt.Color> colours = new java.util.ArrayList<>();
        values.keySet().forEach(label -> colours.add(palette.colour(label)));
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return Style.alpha(colours.get(column), 150); // each scenario's box in its colour
            }
        };
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            double[] v = e.getValue().clone();
            Arrays.sort(v);
            Percentile quartile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
            double q1 = quartile.evaluate(v, 25);
            double median = quartile.evaluate(v, 50);
            double q3 = quartile.evaluate(v, 75);
            double iqr = q3 - q1;
            double low = v[0];
            double high = v[v.length - 1];
            for (double x : v) {
                if (x >= q1 - 1.5 * iqr) {
                    low = x;
                    break;
                }
            }
            for (int k = v.length - 1; k >= 0; k--) {
                if (v[k] <= q3 + 1.5 * iqr) {
                    high = v[k];
                    break;
                }
            }
            double mean = Arrays.stream(v).average().orElse(Double.NaN);
            // No individual outliers: with thousands of runs they would hide the boxes.
            data.add(new BoxAndWhiskerItem(mean, median, q1, q3, low, high, v[0], v[v.length - 1], List.of()), "runs",
                    e.getKey() + " (n=" + v.length + ")");
            min = Math.min(min, v.length);
            max = Math.max(max, v.length);
            i++;
        }
        renderer.setMeanVisible(false);
        renderer.setMaximumBarWidth(0.18);
        renderer.setMaxOutlierVisible(false);
        renderer.setMinOutlierVisible(false);
        renderer.setUseOutlinePaintForWhiskers(false);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(""), new NumberAxis(unit), renderer);
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setRangeGridlinePaint(Style.GRID);
        return Style.chart(title, plot, false, Style.runs(min == Long.MAX_VALUE ? 0 : min, max)
                + "; box: quartiles and median; whiskers: furthest runs within 1.5 IQR");
    }
}
