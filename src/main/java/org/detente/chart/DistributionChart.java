package org.detente.chart;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/** Box plots of a per-run outcome by scenario: median, quartiles, whiskers, mean (dot). */
public final class DistributionChart {

    private DistributionChart() {
    }

    /**
     * @param values per-run values by scenario label
     * @param title  what is shown
     * @param unit   the value axis label
     */
    public static JFreeChart of(Map<String, double[]> values, String title, String unit) {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        long min = Long.MAX_VALUE;
        long max = 0;
        int i = 0;
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            List<Double> list = Arrays.stream(e.getValue()).boxed().toList();
            data.add(list, "runs", e.getKey() + " (n=" + list.size() + ")");
            min = Math.min(min, list.size());
            max = Math.max(max, list.size());
            i++;
        }
        renderer.setSeriesPaint(0, new java.awt.Color(0x9ECAE1));
        renderer.setMeanVisible(true);
        renderer.setMaxOutlierVisible(false);
        renderer.setMinOutlierVisible(false);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Scenario"), new NumberAxis(unit), renderer);
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setRangeGridlinePaint(Style.GRID);
        return Style.chart(title, plot, false, Style.runs(min == Long.MAX_VALUE ? 0 : min, max)
                + "; box: quartiles and median; whiskers: 1.5 IQR; dot: mean");
    }
}
