package org.detente.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.detente.model.EscalationLadder;
import org.detente.scenario.Scenario;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Live charts of each adversarial ordered pair: its rung, trust and hostile posture by day,
 * one line per pair, drawn with JFreeChart in a window MASON's console registers (MASON's own
 * chart module is built for another JFreeChart). Points are added on Swing's thread.
 */
final class DyadCharts {

    private static final List<Color> COLOURS = List.of(new Color(0x1F77B4), new Color(0xFF7F0E),
            new Color(0x2CA02C), new Color(0x9467BD), new Color(0x8C564B), new Color(0x17BECF));
    /** The most pairs charted: the crisis pairs, then the other adversarial pairs in scenario order. */
    static final int MAX_PAIRS = 6;

    private final Map<String, XYSeries[]> series = new LinkedHashMap<>();
    private final JFreeChart chart;
    private JFrame frame;

    DyadCharts(Scenario scenario) {
        XYSeriesCollection rung = new XYSeriesCollection();
        XYSeriesCollection trust = new XYSeriesCollection();
        XYSeriesCollection posture = new XYSeriesCollection();
        List<String> ids = scenario.actors().stream().map(a -> a.id()).toList();
        List<List<String>> ordered = new ArrayList<>(); // adversarial pairs, the crisis pairs first
        for (String a : ids) {
            for (String b : ids) {
                if (!a.equals(b) && !scenario.sameBloc(a, b)) {
                    ordered.add(List.of(a, b));
                }
            }
        }
        ordered.sort(java.util.Comparator.comparing(p -> scenario.isCrisisPair(p.get(0), p.get(1)) ? 0 : 1));
        for (List<String> pair : ordered) {
            String a = pair.get(0);
            String b = pair.get(1);
            if (series.size() < MAX_PAIRS) {
                String name = a + " toward " + b;
                XYSeries[] s = {new XYSeries(name), new XYSeries(name), new XYSeries(name)};
                rung.addSeries(s[0]);
                trust.addSeries(s[1]);
                posture.addSeries(s[2]);
                series.put(org.detente.analysis.RunStory.pair(a, b), s);
            }
        }
        String[] rungNames = new String[EscalationLadder.RUNGS.size()];
        for (int i = 0; i < rungNames.length; i++) {
            rungNames[i] = i + " " + EscalationLadder.RUNGS.get(i);
        }
        SymbolAxis rungAxis = new SymbolAxis("rung", rungNames);
        rungAxis.setRange(-0.2, rungNames.length - 0.8);
        XYPlot rungPlot = new XYPlot(rung, null, rungAxis, style(new XYStepRenderer()));
        ValueMarker threshold = new ValueMarker(scenario.crisisThreshold(), new Color(0xB2182B),
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        threshold.setLabel("crisis threshold");
        threshold.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        threshold.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        rungPlot.addRangeMarker(threshold);
        NumberAxis trustAxis = new NumberAxis("trust");
        trustAxis.setRange(0, 1);
        XYPlot trustPlot = new XYPlot(trust, null, trustAxis, style(new XYLineAndShapeRenderer(true, false)));
        NumberAxis postureAxis = new NumberAxis("hostile posture");
        postureAxis.setAutoRangeIncludesZero(true);
        XYPlot posturePlot = new XYPlot(posture, null, postureAxis, style(new XYLineAndShapeRenderer(true, false)));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("day of the run"));
        plot.add(rungPlot, 2);
        plot.add(trustPlot, 1);
        plot.add(posturePlot, 1);
        chart = new JFreeChart("Adversarial pairs by day", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.addLegend(new org.jfree.chart.title.LegendTitle(rungPlot)); // one entry a pair, not one a subplot
        chart.setBackgroundPaint(Color.WHITE);
    }

    private static <R extends XYLineAndShapeRenderer> R style(R renderer) {
        for (int i = 0; i < MAX_PAIRS; i++) {
            renderer.setSeriesPaint(i, COLOURS.get(i));
            renderer.setSeriesStroke(i, new BasicStroke(1.8f));
        }
        renderer.setDefaultShapesVisible(false);
        return renderer;
    }

    JFrame frame(String title) {
        frame = new JFrame(title);
        ChartPanel panel = new ChartPanel(chart);
        panel.setPreferredSize(new Dimension(560, 620));
        frame.setContentPane(panel);
        frame.pack();
        return frame;
    }

    /** Appends the last day's values (called on the model's thread; drawn on Swing's). */
    void add(Watch watch) {
        int day = watch.day();
        Map<String, Watch.PairState> pairs = watch.pairs();
        List<Runnable> updates = new ArrayList<>();
        for (Map.Entry<String, XYSeries[]> e : series.entrySet()) {
            Watch.PairState s = pairs.get(e.getKey());
            if (s != null && day >= 0) {
                XYSeries[] xy = e.getValue();
                updates.add(() -> {
                    xy[0].add(day, s.rung());
                    xy[1].add(day, s.trust());
                    xy[2].add(day, s.posture());
                });
            }
        }
        SwingUtilities.invokeLater(() -> updates.forEach(Runnable::run));
    }

    /** Clears the lines for a new start. */
    void reset() {
        SwingUtilities.invokeLater(() -> series.values().forEach(xy -> {
            for (XYSeries s : xy) {
                s.clear();
            }
        }));
    }

    void dispose() {
        if (frame != null) {
            frame.dispose();
        }
    }
}
