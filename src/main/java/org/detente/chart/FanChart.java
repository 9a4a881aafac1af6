package org.detente.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.detente.analysis.DailyMetric;
import org.detente.analysis.TimeseriesSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Fan charts: per scenario, the median of a daily metric with its 50% and 90% bands across
 * runs, and the 95% interval of the mean; scenarios side by side on a shared value axis.
 */
public final class FanChart {

    private FanChart() {
    }

    /** A fan chart of one metric for every series of the summary. */
    public static JFreeChart of(TimeseriesSummary summary, DailyMetric metric) {
        NumberAxis value = new NumberAxis(metric.unit());
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(value);
        combined.setGap(12);
        List<TimeseriesSummary.Key> keys = summary.keys();
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < keys.size(); i++) {
            TimeseriesSummary.Key key = keys.get(i);
            List<TimeseriesSummary.Row> rows = summary.series(key, metric);
            YIntervalSeries outer = new YIntervalSeries("90% of runs");
            YIntervalSeries inner = new YIntervalSeries("50% of runs");
            YIntervalSeries mean = new YIntervalSeries("mean, 95% CI");
            XYSeries median = new XYSeries("median");
            for (TimeseriesSummary.Row r : rows) {
                double[] q = r.quantiles();
                outer.add(r.day(), q[2], q[0], q[4]);
                inner.add(r.day(), q[2], q[1], q[3]);
                mean.add(r.day(), r.mean(), Double.isNaN(r.ciLow()) ? r.mean() : r.ciLow(),
                        Double.isNaN(r.ciHigh()) ? r.mean() : r.ciHigh());
                median.add(r.day(), q[2]);
            }
            if (!rows.isEmpty()) {
                min = Math.min(min, rows.get(0).n());
                max = Math.max(max, rows.get(0).n());
            }
            Color c = ComparisonCharts.colour(key.label(), i);
            NumberAxis day = new NumberAxis(key.label() + ": day (days)");
            XYPlot plot = new XYPlot();
            plot.setDomainAxis(day);
            plot.setDataset(0, new XYSeriesCollection(median));
            XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
            line.setSeriesPaint(0, c.darker());
            line.setSeriesStroke(0, new BasicStroke(2f));
            plot.setRenderer(0, line);
            plot.setDataset(1, collection(mean));
            plot.setRenderer(1, band(Color.BLACK, 0.35f));
            plot.setDataset(2, collection(inner));
            plot.setRenderer(2, band(c, 0.45f));
            plot.setDataset(3, collection(outer));
            plot.setRenderer(3, band(c, 0.2f));
            if (i > 0) {
                for (int r = 0; r < 4; r++) {
                    plot.getRenderer(r).setSeriesVisibleInLegend(0, false); // one legend for all panels
                }
            }
            Style.grid(plot);
            combined.add(plot, 1);
        }
        return Style.chart(metric.title() + " over time: median, 50% and 90% of runs, 95% CI of the mean",
                combined, true, Style.runs(min == Long.MAX_VALUE ? 0 : min, max)
                        + "; dark line: median; bands: 50% and 90% of runs; grey: 95% CI of the mean");
    }

    private static YIntervalSeriesCollection collection(YIntervalSeries series) {
        YIntervalSeriesCollection c = new YIntervalSeriesCollection();
        c.addSeries(series);
        return c;
    }

    private static DeviationRenderer band(Color c, float alpha) {
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setSeriesPaint(0, Style.alpha(c, 0));
        r.setSeriesFillPaint(0, c);
        r.setAlpha(alpha);
        r.setSeriesStroke(0, new BasicStroke(0.1f));
        return r;
    }
}
