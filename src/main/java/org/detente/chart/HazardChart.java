package org.detente.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.detente.analysis.Survival;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * When crises begin: per scenario and period, the share of runs still without a crisis that
 * enter one, with Wilson 95% bands. The Kaplan-Meier curve of these runs, censored only at the
 * horizon, would be the crisis-probability chart upside down; the hazard shows whether the risk
 * is concentrated early (after the opening signals) or steady.
 */
public final class HazardChart {

    private HazardChart() {
    }

    /**
     * @param hazards per scenario, its periods in order
     * @param days    days per period
     */
    public static JFreeChart of(Map<String, List<Survival.Hazard>> hazards, int days, ChartContext context) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        double highest = 0;
        int dropped = 0;
        long min = Long.MAX_VALUE;
        long max = 0;
        int i = 0;
        for (Map.Entry<String, List<Survival.Hazard>> e : hazards.entrySet()) {
            YIntervalSeries s = new YIntervalSeries(e.getKey());
            for (Survival.Hazard h : e.getValue()) {
                if (h.atRisk() == 0) {
                    break;
                }
                if (h.end() - h.start() + 1 < days) {
                    dropped = Math.max(dropped, h.end() - h.start() + 1);
                    break; // a shorter last period's rate would not compare with the others'
                }
                // A step: the period's rate held from its first day to its last.
                s.add(h.start(), h.rate(), h.ci().low(), h.ci().high());
                s.add(h.end() + 0.999, h.rate(), h.ci().low(), h.ci().high());
                highest = Math.max(highest, h.ci().high());
            }
            long runs = e.getValue().isEmpty() ? 0 : e.getValue().get(0).atRisk();
            min = Math.min(min, runs);
            max = Math.max(max, runs);
            data.addSeries(s);
            Color c = context.palette().colour(e.getKey());
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            renderer.setSeriesStroke(i, new BasicStroke(2.2f));
            i++;
        }
        renderer.setAlpha(0.18f);
        NumberAxis y = new NumberAxis("share of runs without a crisis yet that enter one in the period");
        ComparisonCharts.zoomedPercent(y, highest);
        XYPlot plot = new XYPlot(data, context.time().axis(), y, renderer);
        Style.grid(plot);
        return Style.chart("When crises begin: hazard of a first crisis per " + days + " days", plot, true,
                Style.runs(min == Long.MAX_VALUE ? 0 : min, max) + "; shaded: 95% interval (Wilson)"
                        + (dropped > 0 ? "; the last " + dropped + " days, a shorter period, left out" : ""));
    }
}
