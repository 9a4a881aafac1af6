package org.detente.chart;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;

/** The look every chart shares: white background, light grid, a subtitle saying how many runs. */
final class Style {

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Color GRID = new Color(0xDDDDDD);

    private Style() {
    }

    static JFreeChart chart(String title, Plot plot, boolean legend, String subtitle) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle(subtitle, SUBTITLE));
        return chart;
    }

    /** A legend of many entries in a narrow column at the right, in a small font. */
    static void sideLegend(JFreeChart chart) {
        org.jfree.chart.title.LegendTitle legend = chart.getLegend();
        legend.setPosition(org.jfree.chart.ui.RectangleEdge.RIGHT);
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
    }

    static void grid(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
    }

    static Color alpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    static String runs(long min, long max) {
        return min == max ? String.format(java.util.Locale.ROOT, "%,d runs per scenario", min)
                : String.format(java.util.Locale.ROOT, "%,d to %,d runs per scenario", min, max);
    }
}
