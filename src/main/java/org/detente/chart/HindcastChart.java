package org.detente.chart;

import java.awt.Color;
import java.util.List;
import org.detente.analysis.Hindcasts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Charts of a hindcast: the probability each forecast gave to what happened, and the PIT histogram. */
public final class HindcastChart {

    private static final Color MODEL = new Color(0x1F77B4);
    private static final Color UNIFORM = new Color(0xAAAAAA);
    private static final Color BASE_RATE = new Color(0xFF7F0E);
    private static final Color PERSISTENCE = new Color(0x2CA02C);

    private HindcastChart() {
    }

    /** The probability each forecast gave to what was observed, one group of bars per scored quantity. */
    public static JFreeChart probabilities(Hindcasts.Result result) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Hindcasts.Row r : result.rows()) {
            if (!r.scored()) {
                continue;
            }
            data.addValue(r.model().p(), "model", r.label());
            data.addValue(r.uniform().p(), "uniform", r.label());
            data.addValue(r.baseRate().p(), "base rate", r.label());
            data.addValue(r.persistence().defined() ? r.persistence().p() : null, "persistence", r.label());
        }
        NumberAxis range = new NumberAxis("probability given to what happened");
        range.setRange(0, 1);
        CategoryAxis domain = new CategoryAxis("observed quantity");
        domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.02);
        Color[] colours = {MODEL, UNIFORM, BASE_RATE, PERSISTENCE};
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
        }
        CategoryPlot plot = new CategoryPlot(data, domain, range, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Style.GRID);
        return Style.chart("What each forecast said would happen", plot, true, String.format(java.util.Locale.ROOT,
                "higher is better; model from %,d runs; a tally's uniform probability is about 1 in the number of"
                        + " possible tallies", result.runs()));
    }

    /** The histogram of the PIT values of the observed counts (flat when the forecasts are calibrated). */
    public static JFreeChart pit(Hindcasts.Result result, int bins) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int[] counts = new int[bins];
        List<Hindcasts.Row> counted = result.rows().stream().filter(r -> !Double.isNaN(r.pit())).toList();
        for (Hindcasts.Row r : counted) {
            counts[Math.min(bins - 1, (int) Math.floor(r.pit() * bins))]++;
        }
        for (int b = 0; b < bins; b++) {
            data.addValue(counts[b], "observed counts", String.format(java.util.Locale.ROOT, "%.1f-%.1f",
                    (double) b / bins, (double) (b + 1) / bins));
        }
        NumberAxis range = new NumberAxis("observed counts (tallies, acts) in the bin");
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, MODEL);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("PIT: share of runs below the observed count"),
                range, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Style.GRID);
        return Style.chart("Where the observed counts fell in the runs' distribution (PIT)", plot, false,
                String.format(java.util.Locale.ROOT, "%d counts; flat if calibrated, U-shaped if the runs are too"
                        + " narrow, humped if too wide", counted.size()));
    }
}
