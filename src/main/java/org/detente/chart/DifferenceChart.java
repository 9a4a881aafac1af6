package org.detente.chart;

import java.awt.BasicStroke;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The paired difference of P(crisis by day t) between scenarios sharing seeds, with its 95% CI. */
public final class DifferenceChart {

    private DifferenceChart() {
    }

    /**
     * @param differences {mean, low, high} by day, by pair label ("a - b")
     * @param pairs       number of paired runs behind each curve
     */
    public static JFreeChart of(Map<String, double[][]> differences, long pairs) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Map.Entry<String, double[][]> e : differences.entrySet()) {
            YIntervalSeries s = new YIntervalSeries(e.getKey());
            double[][] d = e.getValue();
            for (int t = 0; t < d.length; t++) {
                s.add(t, d[t][0], d[t][1], d[t][2]);
            }
            data.addSeries(s);
        }
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        for (int i = 0; i < differences.size(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2.2f));
        }
        renderer.setAlpha(0.25f);
        NumberAxis y = new NumberAxis("difference in P(crisis by day t) (percentage points / 100)");
        XYPlot plot = new XYPlot(data, new NumberAxis("Day of simulation (days)"), y, renderer);
        plot.addRangeMarker(new ValueMarker(0.0));
        Style.grid(plot);
        return Style.chart("Paired difference in crisis probability over time", plot, true,
                String.format(java.util.Locale.ROOT, "%,d pairs of runs sharing seeds; shaded: 95%% CI (Student t)", pairs));
    }
}
