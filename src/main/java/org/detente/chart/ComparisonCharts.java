package org.detente.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.detente.analysis.DailyMetric;
import org.detente.analysis.TimeseriesSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Charts that compare scenarios over time: one line per scenario with its 95% band.
 */
public final class ComparisonCharts {

    private ComparisonCharts() {
    }

    /** P(crisis by day t) per scenario with Wilson 95% bands, on an axis zoomed to the values. */
    public static JFreeChart crisisProbability(TimeseriesSummary summary, ChartContext context) {
        return over(summary, DailyMetric.CRISIS_BY_DAY, "Probability of a crisis by day t",
                "share of runs with a crisis by day t", true, context);
    }

    /** The mean of a daily metric per scenario with Student t 95% bands. */
    public static JFreeChart mean(TimeseriesSummary summary, DailyMetric metric, ChartContext context) {
        JFreeChart chart = over(summary, metric, "Mean " + lower(metric.title()) + " over time",
                metric.unit() + " (mean over runs)", false, context);
        if (metric == DailyMetric.RUNG) {
            Ladder.threshold(chart.getXYPlot(), context.crisisThreshold());
            // Keep the threshold in view: a marker outside the auto range would not be drawn.
            org.jfree.chart.axis.ValueAxis y = chart.getXYPlot().getRangeAxis();
            y.setRange(0, Math.max(context.crisisThreshold() + 0.5, y.getUpperBound()));
        }
        return chart;
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static JFreeChart over(TimeseriesSummary summary, DailyMetric metric, String title, String yLabel,
                                   boolean probability, ChartContext context) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        List<TimeseriesSummary.Key> keys = summary.keys();
        boolean many = keys.size() > 10;
        String common = many ? commonPrefix(keys.stream().map(TimeseriesSummary.Key::label).toList()) : "";
        long minRuns = Long.MAX_VALUE;
        long maxRuns = 0;
        double highest = 0;
        for (TimeseriesSummary.Key key : keys) {
            List<TimeseriesSummary.Row> rows = summary.series(key, metric);
            YIntervalSeries series = new YIntervalSeries(key.label().substring(common.length())
                    + (many ? "" : " (n=" + runs(rows) + ")"));
            for (TimeseriesSummary.Row r : rows) {
                double low = Double.isNaN(r.ciLow()) ? r.mean() : r.ciLow();
                double high = Double.isNaN(r.ciHigh()) ? r.mean() : r.ciHigh();
                series.add(r.day(), r.mean(), low, high);
                highest = Math.max(highest, many ? r.mean() : high);
            }
            minRuns = Math.min(minRuns, runs(rows));
            maxRuns = Math.max(maxRuns, runs(rows));
            data.addSeries(series);
        }
        NumberAxis y = new NumberAxis(yLabel);
        if (probability) {
            zoomedPercent(y, highest);
        }
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        for (int i = 0; i < keys.size(); i++) {
            Color c = context.palette().colour(keys.get(i).label());
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            renderer.setSeriesStroke(i, new BasicStroke(keys.size() > 10 ? 1.4f : 2.2f));
        }
        renderer.setAlpha(many ? 0f : 0.22f); // many overlapping bands would hide the lines
        XYPlot plot = new XYPlot(data, context.time().axis(), y, renderer);
        Style.grid(plot);
        String runs = Style.runs(minRuns == Long.MAX_VALUE ? 0 : minRuns, maxRuns);
        String subtitle = many ? runs.replace("per scenario", "per line") + (common.isEmpty() ? "" : "; "
                + common.replaceFirst(":\\s*$", "") + " at each design point") + "; 95% bands left out with this many"
                + " lines" + (keys.size() > MANY_SERIES ? "; colours from dark purple (first point) to yellow (last)" : "")
                : runs + "; shaded: 95% interval" + (probability ? " (Wilson)" : " of the mean (Student t)");
        JFreeChart chart = Style.chart(title, plot, keys.size() <= MANY_SERIES, subtitle);
        if (many && keys.size() <= MANY_SERIES) {
            Style.sideLegend(chart);
        }
        return chart;
    }

    /** Series beyond which a legend would not fit beside the chart: the colour ramp is described instead. */
    static final int MANY_SERIES = 32;

    /** The start that every label shares, up to and including its last ": " (a design's scenario name). */
    static String commonPrefix(List<String> labels) {
        if (labels.isEmpty()) {
            return "";
        }
        String first = labels.get(0);
        int end = first.lastIndexOf(": ");
        while (end > 0) {
            String prefix = first.substring(0, end + 2);
            if (labels.stream().allMatch(l -> l.startsWith(prefix))) {
                return prefix;
            }
            end = first.lastIndexOf(": ", end - 1);
        }
        return "";
    }

    /**
     * A probability axis from 0 to a little above the highest value, never fixed at 0-100%: a
     * difference between 0.5% and 1.6% must be visible. Whole percentages above 10%, tenths below.
     */
    static void zoomedPercent(NumberAxis y, double highest) {
        double top = highest <= 0 ? 0.01 : Math.min(1.0, niceCeiling(highest * 1.1));
        y.setRange(0.0, top);
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.ROOT);
        percent.setMaximumFractionDigits(top <= 0.1 ? 1 : 0);
        percent.setMinimumFractionDigits(0);
        y.setNumberFormatOverride(percent);
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten at or above x (x > 0). */
    static double niceCeiling(double x) {
        double power = Math.pow(10, Math.floor(Math.log10(x)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= x - 1e-12) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static long runs(List<TimeseriesSummary.Row> rows) {
        return rows.isEmpty() ? 0 : rows.get(0).n();
    }
}
