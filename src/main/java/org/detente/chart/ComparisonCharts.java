package org.detente.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.detente.analysis.DailyMetric;
import org.detente.analysis.TimeseriesSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Charts that compare scenarios over time: one line per scenario with its 95% band.
 */
public final class ComparisonCharts {

    private static final Map<String, Color> KNOWN = Map.of(
            "baseline", new Color(0x4C72B0),
            "dialogue", new Color(0x2CA02C),
            "escalation", new Color(0xD62728));
    private static final List<Color> PALETTE = List.of(new Color(0x9467BD), new Color(0xFF7F0E),
            new Color(0x8C564B), new Color(0x17BECF), new Color(0xE377C2), new Color(0x7F7F7F), new Color(0xBCBD22));

    private ComparisonCharts() {
    }

    /** A scenario's colour: fixed for the shipped scenarios, from a palette for others. */
    public static Color colour(String scenario, int index) {
        return KNOWN.getOrDefault(scenario, PALETTE.get(index % PALETTE.size()));
    }

    /** P(crisis by day t) per scenario with Wilson 95% bands. */
    public static JFreeChart crisisProbability(TimeseriesSummary summary) {
        return over(summary, DailyMetric.CRISIS_BY_DAY, "Probability of a crisis by day t",
                "P(crisis by day t) (95% Wilson band)", true);
    }

    /** The mean of a daily metric per scenario with Student t 95% bands. */
    public static JFreeChart mean(TimeseriesSummary summary, DailyMetric metric) {
        return over(summary, metric, "Mean " + lower(metric.title()) + " over time",
                metric.unit() + " (mean, 95% CI)", false);
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static JFreeChart over(TimeseriesSummary summary, DailyMetric metric, String title, String yLabel,
                                   boolean probability) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        List<TimeseriesSummary.Key> keys = summary.keys();
        long minRuns = Long.MAX_VALUE;
        long maxRuns = 0;
        for (TimeseriesSummary.Key key : keys) {
            List<TimeseriesSummary.Row> rows = summary.series(key, metric);
            YIntervalSeries series = new YIntervalSeries(key.label() + " (n=" + runs(rows) + ")");
            for (TimeseriesSummary.Row r : rows) {
                double low = Double.isNaN(r.ciLow()) ? r.mean() : r.ciLow();
                double high = Double.isNaN(r.ciHigh()) ? r.mean() : r.ciHigh();
                series.add(r.day(), r.mean(), low, high);
            }
            minRuns = Math.min(minRuns, runs(rows));
            maxRuns = Math.max(maxRuns, runs(rows));
            data.addSeries(series);
        }
        NumberAxis x = new NumberAxis("Day of simulation (days)");
        x.setAutoRangeIncludesZero(true);
        NumberAxis y = new NumberAxis(yLabel);
        if (probability) {
            y.setRange(0.0, 1.0);
            y.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        }
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        for (int i = 0; i < keys.size(); i++) {
            Color c = colour(keys.get(i).label(), i);
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            renderer.setSeriesStroke(i, new BasicStroke(2.2f));
        }
        renderer.setAlpha(0.22f);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        String n = minRuns == maxRuns ? String.format(Locale.ROOT, "%,d runs per scenario", minRuns)
                : String.format(Locale.ROOT, "%,d to %,d runs per scenario", minRuns, maxRuns);
        chart.addSubtitle(new TextTitle(n + "; shaded: 95% interval",
                new Font(Font.SANS_SERIF, Font.PLAIN, 13)));
        return chart;
    }

    private static long runs(List<TimeseriesSummary.Row> rows) {
        return rows.isEmpty() ? 0 : rows.get(0).n();
    }
}
