package org.detente.chart;

import java.awt.BasicStroke;
import java.util.List;
import org.detente.analysis.Survival;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Kaplan-Meier curves of time to first crisis, censored at the horizon, with 95% bands. */
public final class SurvivalChart {

    private SurvivalChart() {
    }

    public static JFreeChart of(List<Survival.Curve> curves) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        long min = Long.MAX_VALUE;
        long max = 0;
        for (Survival.Curve c : curves) {
            YIntervalSeries s = new YIntervalSeries(c.label() + " (n=" + c.n() + ")");
            s.add(-1, 1.0, 1.0, 1.0);
            for (int t = 0; t < c.survival().length; t++) {
                s.add(t, c.survival()[t], c.low()[t], c.high()[t]);
            }
            data.addSeries(s);
            min = Math.min(min, c.n());
            max = Math.max(max, c.n());
        }
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        for (int i = 0; i < curves.size(); i++) {
            renderer.setSeriesPaint(i, ComparisonCharts.colour(curves.get(i).label(), i));
            renderer.setSeriesFillPaint(i, ComparisonCharts.colour(curves.get(i).label(), i));
            renderer.setSeriesStroke(i, new BasicStroke(2.2f));
        }
        renderer.setAlpha(0.2f);
        NumberAxis y = new NumberAxis("P(no crisis yet) (Kaplan-Meier)");
        y.setRange(0.0, 1.02);
        XYPlot plot = new XYPlot(data, new NumberAxis("Day of simulation (days)"), y, renderer);
        Style.grid(plot);
        return Style.chart("Time to first crisis (Kaplan-Meier, censored at the horizon)", plot, true,
                Style.runs(min, max) + "; shaded: 95% interval (Greenwood, log-log)");
    }
}
