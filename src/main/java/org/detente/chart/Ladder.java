package org.detente.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/** The escalation ladder on a chart: rungs named on the axis and the crisis threshold drawn. */
final class Ladder {

    static final Color THRESHOLD = new Color(0xB2182B);

    private Ladder() {
    }

    /** An axis of the rungs, each numbered and named ("4 non-kinetic interference"). */
    static SymbolAxis axis(String label, java.util.List<String> rungs) {
        String[] names = new String[rungs.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = i + " " + rungs.get(i);
        }
        SymbolAxis axis = new SymbolAxis(label, names);
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        axis.setGridBandsVisible(false);
        axis.setRange(-0.2, names.length - 0.8);
        return axis;
    }

    /** A dashed line at the crisis threshold, labelled. */
    static void threshold(XYPlot plot, int rung) {
        ValueMarker marker = new ValueMarker(rung, THRESHOLD, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        marker.setLabel("crisis threshold (rung " + rung + ")");
        marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        marker.setLabelPaint(THRESHOLD);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 200));
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(marker);
    }
}
