package org.detente.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The difference of P(crisis by day t) between scenarios, in percentage points, later scenario
 * minus earlier (as in {@code stats.csv}), with its 95% interval: paired over runs sharing seeds,
 * or as independent samples where they do not (said in the legend). Each curve has the colour of
 * the scenario it measures and a dash pattern for the scenario it is measured against.
 */
public final class DifferenceChart {

    /**
     * One curve.
     *
     * @param scenario the scenario measured
     * @param other    the scenario it is measured against
     * @param rows     {difference, low, high} by day, as proportions
     * @param paired   whether the runs were paired by seed
     * @param n        pairs of runs (paired) or runs in all (independent)
     */
    public record Difference(String scenario, String other, double[][] rows, boolean paired, long n) {

        /** The curve's name: "dialogue minus baseline". */
        public String label() {
            return scenario + " minus " + other + (paired ? "" : " (independent samples)");
        }
    }

    private static final float[][] DASHES = {null, {8f, 4f}, {2f, 3f}, {10f, 3f, 2f, 3f}};

    private DifferenceChart() {
    }

    public static JFreeChart of(List<Difference> differences, ChartContext context) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        List<String> references = new ArrayList<>();
        long pairs = 0;
        boolean allPaired = true;
        for (int i = 0; i < differences.size(); i++) {
            Difference d = differences.get(i);
            YIntervalSeries s = new YIntervalSeries(d.label());
            for (int t = 0; t < d.rows().length; t++) {
                s.add(t, 100 * d.rows()[t][0], 100 * d.rows()[t][1], 100 * d.rows()[t][2]);
            }
            data.addSeries(s);
            if (!references.contains(d.other())) {
                references.add(d.other());
            }
            float[] dash = DASHES[Math.min(DASHES.length - 1, references.indexOf(d.other()))];
            Color c = context.palette().colour(d.scenario());
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            renderer.setSeriesStroke(i, dash == null ? new BasicStroke(2.2f)
                    : new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
            pairs = Math.max(pairs, d.n());
            allPaired &= d.paired();
        }
        renderer.setAlpha(0.18f);
        NumberAxis y = new NumberAxis("difference in P(crisis by day t), percentage points");
        XYPlot plot = new XYPlot(data, context.time().axis(), y, renderer);
        plot.addRangeMarker(new ValueMarker(0.0, Color.DARK_GRAY, new BasicStroke(1f)));
        Style.grid(plot);
        String subtitle = allPaired
                ? String.format(Locale.ROOT, "%,d pairs of runs sharing seeds; above 0: the first scenario named has"
                + " more crises; shaded: 95%% interval (paired t)", pairs)
                : "above 0: the first scenario named has more crises; shaded: 95% interval (paired t where runs share"
                + " seeds, Newcombe for independent samples)";
        return Style.chart("Difference in crisis probability over time", plot, true, subtitle);
    }
}
