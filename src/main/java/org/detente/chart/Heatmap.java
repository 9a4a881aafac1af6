package org.detente.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/** Crisis probability over two swept parameters, each cell labelled with its value and run count. */
public final class Heatmap {

    /**
     * One cell.
     *
     * @param x           the first parameter's value
     * @param y           the second parameter's value
     * @param probability P(crisis)
     * @param runs        runs behind it
     */
    public record Cell(String x, String y, double probability, long runs) {
    }

    private Heatmap() {
    }

    public static JFreeChart of(String xName, List<String> xs, String yName, List<String> ys, List<Cell> cells) {
        double[][] data = new double[3][cells.size()];
        // The colour scale spans the values, not 0-100%: cells of 0-25% would all be pale.
        double top = Math.min(1.0, ComparisonCharts.niceCeiling(Math.max(0.01,
                cells.stream().mapToDouble(Cell::probability).max().orElse(0.01))));
        XYPlot plot = new XYPlot();
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            data[0][i] = xs.indexOf(c.x());
            data[1][i] = ys.indexOf(c.y());
            data[2][i] = c.probability();
            XYTextAnnotation label = new XYTextAnnotation(String.format(java.util.Locale.ROOT, "%.0f%%  n=%d",
                    100 * c.probability(), c.runs()), data[0][i], data[1][i]);
            label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            label.setPaint(c.probability() > 0.6 * top ? Color.WHITE : Color.BLACK);
            plot.addAnnotation(label);
            min = Math.min(min, c.runs());
            max = Math.max(max, c.runs());
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("P(crisis)", data);
        LookupPaintScale scale = new LookupPaintScale(0.0, top * 1.0001, Color.WHITE);
        for (int i = 0; i <= 20; i++) {
            float f = i / 20f;
            scale.add(top * i / 20.0, new Color(1f, 1f - 0.85f * f, 1f - 0.95f * f).darker().brighter());
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        plot.setDataset(dataset);
        plot.setRenderer(renderer);
        plot.setDomainAxis(new SymbolAxis(xName, xs.toArray(new String[0])));
        plot.setRangeAxis(new SymbolAxis(yName, ys.toArray(new String[0])));
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = Style.chart("Probability of a crisis within the horizon over the design", plot, false,
                Style.runs(min == Long.MAX_VALUE ? 0 : min, max).replace("per scenario", "per cell")
                        + "; each cell: P(crisis) and its run count");
        NumberAxis legendAxis = new NumberAxis("P(crisis)");
        legendAxis.setRange(0, top);
        java.text.NumberFormat percent = java.text.NumberFormat.getPercentInstance(java.util.Locale.ROOT);
        percent.setMaximumFractionDigits(top <= 0.1 ? 1 : 0);
        legendAxis.setNumberFormatOverride(percent);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        chart.addSubtitle(legend);
        return chart;
    }
}
