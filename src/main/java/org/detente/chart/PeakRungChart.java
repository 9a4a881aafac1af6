package org.detente.chart;

import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The highest rung each run reached, an ordinal outcome: per scenario a bar split into the share
 * of runs that peaked at each rung (a box plot would draw a scenario whose runs peak at 1, 2, 3
 * and 4 as one line at its median). Rungs at or above the crisis threshold are marked.
 */
public final class PeakRungChart {

    /** Rungs from green (cooperation) through amber to dark red and purple (nuclear use). */
    private static final Color[] RUNG_COLOURS = {new Color(0x1A9850), new Color(0x91CF60), new Color(0xD9EF8B),
        new Color(0xFEE08B), new Color(0xFC8D59), new Color(0xD73027), new Color(0x4A1486)};

    private PeakRungChart() {
    }

    /**
     * @param peaks     per scenario, how many runs peaked at each rung (index = rung)
     * @param threshold the crisis threshold rung
     * @param rungs     the rungs' names, from the lowest
     */
    public static JFreeChart of(Map<String, long[]> peaks, int threshold, java.util.List<String> rungs) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        long min = Long.MAX_VALUE;
        long max = 0;
        for (Map.Entry<String, long[]> e : peaks.entrySet()) {
            long runs = 0;
            for (long n : e.getValue()) {
                runs += n;
            }
            for (int rung = 0; rung < RUNG_COLOURS.length; rung++) {
                long n = rung < e.getValue().length ? e.getValue()[rung] : 0;
                data.addValue(runs == 0 ? 0.0 : (double) n / runs, name(rung, threshold, rungs), e.getKey() + " (n=" + runs + ")");
            }
            min = Math.min(min, runs);
            max = Math.max(max, runs);
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setMaximumBarWidth(0.22);
        for (int rung = 0; rung < RUNG_COLOURS.length; rung++) {
            renderer.setSeriesPaint(rung, RUNG_COLOURS[rung]);
            renderer.setSeriesOutlinePaint(rung, rung >= threshold ? Color.BLACK : Color.WHITE);
        }
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.ROOT);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{3}", NumberFormat.getInstance(),
                percent) {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                Number v = dataset.getValue(row, column);
                return v != null && v.doubleValue() >= 0.04 ? percent.format(v) : null; // room for the text
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        NumberAxis share = new NumberAxis("share of runs whose highest rung was ...");
        share.setRange(0, 1);
        share.setNumberFormatOverride(percent);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(""), share, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Style.GRID);
        return Style.chart("Highest ladder rung reached per run", plot, true, Style.runs(min == Long.MAX_VALUE ? 0
                : min, max) + "; rungs at or above the crisis threshold (rung " + threshold + ") outlined and marked *");
    }

    private static String name(int rung, int threshold, java.util.List<String> rungs) {
        return rung + " " + rungs.get(rung) + (rung >= threshold ? " *" : "");
    }
}
