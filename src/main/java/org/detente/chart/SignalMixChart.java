package org.detente.chart;

import java.awt.Color;
import java.util.List;
import org.detente.analysis.DailyMetric;
import org.detente.analysis.TimeseriesSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;

/**
 * The mix of signals over time: per scenario, the share of each escalation category among the
 * signals sent, by week (Rivera et al. 2024's categories), stacked to one.
 */
public final class SignalMixChart {

    private static final String[] NAMES = {"de-escalation", "status quo", "posturing", "non-violent escalation",
            "violent escalation", "nuclear"};
    private static final Color[] COLOURS = {new Color(0x1A9850), new Color(0xBDBDBD), new Color(0xFEE08B),
            new Color(0xFC8D59), new Color(0xD73027), new Color(0x4A1486)};

    private SignalMixChart() {
    }

    public static JFreeChart of(TimeseriesSummary summary, ChartContext context) {
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(new NumberAxis("share of signals sent"));
        combined.setGap(12);
        long min = Long.MAX_VALUE;
        long max = 0;
        for (TimeseriesSummary.Key key : summary.keys()) {
            List<List<TimeseriesSummary.Row>> categories = DailyMetric.SIGNAL_MIX.stream()
                    .map(m -> summary.series(key, m)).toList();
            int days = categories.get(0).size();
            DefaultTableXYDataset data = new DefaultTableXYDataset();
            XYSeries[] series = new XYSeries[NAMES.length];
            for (int c = 0; c < NAMES.length; c++) {
                series[c] = new XYSeries(NAMES[c], true, false);
            }
            for (int week = 0; week * 7 < days; week++) {
                double[] sum = new double[NAMES.length];
                double total = 0;
                // A last week of fewer than seven days joins the week before: a share over one or two
                // days would jump for nothing.
                boolean lastFull = (week + 1) * 7 + 7 > days && (week + 1) * 7 < days;
                int end = lastFull ? days : Math.min(days, week * 7 + 7);
                for (int d = week * 7; d < end; d++) {
                    for (int c = 0; c < NAMES.length; c++) {
                        sum[c] += categories.get(c).get(d).mean();
                        total += categories.get(c).get(d).mean();
                    }
                }
                for (int c = 0; c < NAMES.length; c++) {
                    series[c].add(week * 7, total > 0 ? sum[c] / total : 0.0);
                    if (lastFull) {
                        series[c].add(days - 1, total > 0 ? sum[c] / total : 0.0);
                    }
                }
                if (lastFull) {
                    break;
                }
            }
            for (XYSeries s : series) {
                data.addSeries(s);
            }
            StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
            for (int c = 0; c < NAMES.length; c++) {
                renderer.setSeriesPaint(c, COLOURS[c]);
            }
            if (combined.getSubplots().size() > 0) {
                for (int c = 0; c < NAMES.length; c++) {
                    renderer.setSeriesVisibleInLegend(c, false); // one legend for all panels
                }
            }
            XYPlot plot = new XYPlot(data, context.time().axis(key.label()), null, renderer);
            Style.grid(plot);
            combined.add(plot, 1);
            if (days > 0) {
                min = Math.min(min, categories.get(0).get(0).n());
                max = Math.max(max, categories.get(0).get(0).n());
            }
        }
        combined.getRangeAxis().setRange(0.0, 1.0);
        return Style.chart("Signal mix over time (share of signals sent, by week)", combined, true,
                Style.runs(min == Long.MAX_VALUE ? 0 : min, max) + "; categories of Rivera et al. (2024)");
    }
}
