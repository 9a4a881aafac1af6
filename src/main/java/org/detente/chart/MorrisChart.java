package org.detente.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.detente.analysis.ElementaryEffects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The Morris plane: each parameter at (mu*, sigma). Far right matters; high up acts through
 * interactions or non-linearly; near the origin can be fixed (Campolongo et al. 2007).
 */
public final class MorrisChart {

    private MorrisChart() {
    }

    /**
     * @param scenario     the scenario the design varied
     * @param outcome      what the effects are effects on, with its unit
     * @param effects      the parameters' measures
     * @param runsPerPoint replications behind each design point
     */
    public static JFreeChart of(String scenario, String outcome, List<ElementaryEffects.Effect> effects,
                                long runsPerPoint) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYPlot plot = new XYPlot();
        plot.setDataset(data);
        NumberAxis x = new NumberAxis("mu* (mean |elementary effect|) on " + outcome);
        NumberAxis y = new NumberAxis("sigma of the elementary effects");
        x.setAutoRangeIncludesZero(true);
        y.setAutoRangeIncludesZero(true);
        x.setUpperMargin(0.3); // room for the labels of the parameters that matter most
        y.setUpperMargin(0.1);
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (ElementaryEffects.Effect e : effects) {
            XYSeries series = new XYSeries(e.parameter());
            double sigma = Double.isNaN(e.sigma()) ? 0.0 : e.sigma();
            series.add(e.muStar(), sigma);
            data.addSeries(series);
            XYTextAnnotation label = new XYTextAnnotation("  " + e.parameter(), e.muStar(), sigma);
            label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(label);
        }
        renderer.setDefaultStroke(new BasicStroke(1f));
        plot.setRenderer(renderer);
        Style.grid(plot);
        plot.setOutlinePaint(Color.GRAY);
        long trajectories = effects.stream().mapToInt(ElementaryEffects.Effect::effects).max().orElse(0);
        return Style.chart("Morris screening of " + scenario, plot, true, String.format(java.util.Locale.ROOT,
                "%d trajectories, %,d runs per design point; right: matters, up: interacts or bends", trajectories,
                runsPerPoint));
    }
}
