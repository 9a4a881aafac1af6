package org.detente.chart;

import java.awt.Color;
import java.util.List;
import org.detente.analysis.SobolIndices;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Sobol indices with their bootstrap intervals, first and total order side by side per parameter. */
public final class SobolChart {

    private SobolChart() {
    }

    /** A dot-and-whisker chart of each parameter's first- and total-order index. */
    public static JFreeChart of(String outcome, List<String> parameters, SobolIndices.Result result, long runsPerPoint) {
        YIntervalSeries first = new YIntervalSeries("first order (the parameter alone)");
        YIntervalSeries total = new YIntervalSeries("total order (with its interactions)");
        for (SobolIndices.Index i : result.indices()) {
            first.add(i.parameter() - 0.12, i.first(), i.firstLow(), i.firstHigh());
            total.add(i.parameter() + 0.12, i.total(), i.totalLow(), i.totalHigh());
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(first);
        data.addSeries(total);
        // The intervals as whiskers with short caps, the estimates as markers drawn over them.
        YIntervalRenderer renderer = new YIntervalRenderer();
        Color firstColour = new Color(0x1F77B4);
        Color totalColour = new Color(0xD62728);
        renderer.setSeriesPaint(0, firstColour);
        renderer.setSeriesPaint(1, totalColour);
        java.awt.Shape cap = new java.awt.geom.Rectangle2D.Double(-5, -0.5, 10, 1);
        renderer.setSeriesShape(0, cap);
        renderer.setSeriesShape(1, cap);
        renderer.setSeriesVisibleInLegend(0, false);
        renderer.setSeriesVisibleInLegend(1, false);
        org.jfree.data.xy.XYSeries firstPoints = new org.jfree.data.xy.XYSeries("first order (the parameter alone)");
        org.jfree.data.xy.XYSeries totalPoints = new org.jfree.data.xy.XYSeries("total order (with its interactions)");
        for (SobolIndices.Index i : result.indices()) {
            firstPoints.add(i.parameter() - 0.12, i.first());
            totalPoints.add(i.parameter() + 0.12, i.total());
        }
        org.jfree.data.xy.XYSeriesCollection points = new org.jfree.data.xy.XYSeriesCollection();
        points.addSeries(firstPoints);
        points.addSeries(totalPoints);
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer markers =
                new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(false, true);
        markers.setSeriesPaint(0, firstColour);
        markers.setSeriesPaint(1, totalColour);
        markers.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
        markers.setSeriesShape(1, new java.awt.geom.Rectangle2D.Double(-5, -5, 10, 10));
        SymbolAxis x = new SymbolAxis("parameter", parameters.toArray(String[]::new));
        x.setRange(-0.6, parameters.size() - 0.4);
        NumberAxis y = new NumberAxis("share of the variance of " + outcome);
        y.setRange(Math.min(-0.05, lowest(result)), Math.max(1.0, highest(result)));
        XYPlot plot = new XYPlot(points, x, y, markers);
        plot.setDataset(1, data);
        plot.setRenderer(1, renderer);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        Style.grid(plot);
        return Style.chart("Which parameters the answer depends on: " + outcome, plot, true, String.format(
                java.util.Locale.ROOT, "Sobol indices (markers) with 95%% bootstrap intervals (whiskers); Saltelli"
                        + " design of %d base rows, %,d runs per point", result.n(), runsPerPoint));
    }

    private static double lowest(SobolIndices.Result r) {
        return r.indices().stream().mapToDouble(i -> Math.min(i.firstLow(), i.totalLow())).filter(Double::isFinite)
                .min().orElse(0) - 0.05;
    }

    private static double highest(SobolIndices.Result r) {
        return r.indices().stream().mapToDouble(i -> Math.max(i.firstHigh(), i.totalHigh())).filter(Double::isFinite)
                .max().orElse(1) + 0.05;
    }
}
