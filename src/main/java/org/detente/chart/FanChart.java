package org.detente.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.util.List;
import org.detente.analysis.DailyMetric;
import org.detente.analysis.TimeseriesSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
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
 * runs, and the 95% interval of the mean; scenarios side by side on a shared value axis, each
 * in its colour; one legend whose swatches show what each band is.
 */
public final class FanChart {

    private static final Color MEAN = new Color(0x333333);

    private FanChart() {
    }

    /** A fan chart of one metric for every series of the summary, titled after the metric. */
    public static JFreeChart of(TimeseriesSummary summary, DailyMetric metric, ChartContext context) {
        return of(summary, metric, metric.title(), metric.unit(), context);
    }

    /**
     * A fan chart of one metric under another title and unit (the summary's values transformed,
     * such as the escalation score per actor pair and day).
     */
    public static JFreeChart of(TimeseriesSummary summary, DailyMetric metric, String title, String unit,
                                ChartContext context) {
        boolean ladder = metric == DailyMetric.RUNG;
        ValueAxis value = ladder ? Ladder.axis(unit, context.rungs()) : new NumberAxis(unit);
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(value);
        combined.setGap(12);
        List<TimeseriesSummary.Key> keys = summary.keys();
        long min = Long.MAX_VALUE;
        long max = 0;
        for (TimeseriesSummary.Key key : keys) {
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
            Color c = context.palette().colour(key.label());
            XYPlot plot = new XYPlot();
            plot.setDomainAxis(context.time().axis(key.label()));
            plot.setDataset(0, new XYSeriesCollection(median));
            XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
            line.setSeriesPaint(0, c.darker());
            line.setSeriesStroke(0, new BasicStroke(2f));
            plot.setRenderer(0, line);
            plot.setDataset(1, collection(mean));
            plot.setRenderer(1, band(MEAN, 0.45f));
            plot.setDataset(2, collection(inner));
            plot.setRenderer(2, band(c, 0.45f));
            plot.setDataset(3, collection(outer));
            plot.setRenderer(3, band(c, 0.2f));
            if (ladder) {
                Ladder.threshold(plot, context.crisisThreshold());
            }
            Style.grid(plot);
            combined.add(plot, 1);
        }
        combined.setFixedLegendItems(legend());
        return Style.chart(title + " over time", combined, true, Style.runs(min == Long.MAX_VALUE ? 0 : min, max)
                + "; line: median over runs; bands: middle 50% and 90% of runs; dark band: 95% CI of the mean");
    }

    /** The legend: what each line and band is, in neutral greys (the panels' colours are the scenarios'). */
    private static LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        LegendItem median = new LegendItem("median over runs", "", "", "", new Line2D.Double(-8, 0, 8, 0), Color.DARK_GRAY,
                new BasicStroke(2f), Color.DARK_GRAY);
        items.add(median);
        items.add(box("middle 50% of runs", new Color(0x8C8C8C)));
        items.add(box("middle 90% of runs", new Color(0xCFCFCF)));
        items.add(box("mean, 95% CI", new Color(0x555555)));
        return items;
    }

    private static LegendItem box(String label, Color c) {
        return new LegendItem(label, "", "", "", new Rectangle(-6, -5, 12, 10), c);
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
