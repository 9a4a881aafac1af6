package org.detente.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.detente.analysis.RunStory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One run's story on one chart: each adversarial pair's rung over time as a step line (at most
 * {@link #MAX_PAIRS}: the crisis pairs, then those that climbed highest), the signals that raised
 * a drawn pair's rung as marks on it (a dot where the act was seen as sent; where it was
 * misperceived, a hollow diamond at the rung of what was sent and a red triangle at the rung it
 * was taken for), votes, scripted events and channel changes as labelled grey lines, and the day
 * the crisis began as a red line.
 */
public final class StoryChart {

    /** The most pairs drawn: the crisis pairs first, then those that climbed highest. */
    static final int MAX_PAIRS = 6;
    static final String AS_SENT = "rung raised, seen as sent";
    static final String MISREAD_SENT = "misperceived: the act sent";
    static final String MISREAD_SEEN = "misperceived: what it was taken for";
    private static final Color CRISIS = new Color(0x8B0000);
    private static final Color MISREAD = new Color(0xD62728);
    private static final List<Color> PAIRS = List.of(new Color(0x1F77B4), new Color(0xFF7F0E),
            new Color(0x2CA02C), new Color(0x9467BD), new Color(0x8C564B), new Color(0x17BECF));

    private StoryChart() {
    }

    /** The story chart of a run, titled. */
    public static JFreeChart of(RunStory story, String title) {
        List<String> pairs = pairsToDraw(story);
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(new TimeAxis(story.horizon(), story.startDate()).axis());
        plot.setRangeAxis(Ladder.axis("rung of the escalation ladder", story.rungNames()));
        Style.grid(plot);

        // Marks first (dataset 0 is drawn on top).
        XYSeries asSent = new XYSeries(AS_SENT, true, true);
        XYSeries misreadSent = new XYSeries(MISREAD_SENT, true, true);
        XYSeries misreadSeen = new XYSeries(MISREAD_SEEN, true, true);
        for (RunStory.Turn t : story.turns()) {
            if (!pairs.contains(RunStory.pair(t.receiver(), t.sender()))) {
                continue; // a pair not drawn: its marks would float on no line
            }
            if (t.misperceived()) {
                misreadSent.add(t.day(), t.intendedRung());
                misreadSeen.add(t.day(), t.rungAfter());
            } else {
                asSent.add(t.day(), t.rungAfter());
            }
        }
        XYSeriesCollection marks = new XYSeriesCollection();
        marks.addSeries(asSent);
        marks.addSeries(misreadSent);
        marks.addSeries(misreadSeen);
        XYLineAndShapeRenderer markRenderer = new XYLineAndShapeRenderer(false, true);
        markRenderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        markRenderer.setSeriesPaint(0, new Color(0x333333));
        markRenderer.setSeriesShape(1, diamond(5));
        markRenderer.setSeriesShapesFilled(1, false);
        markRenderer.setSeriesPaint(1, new Color(0x555555));
        markRenderer.setSeriesShape(2, triangle(5));
        markRenderer.setSeriesPaint(2, MISREAD);
        markRenderer.setUseOutlinePaint(false);
        plot.setDataset(0, marks);
        plot.setRenderer(0, markRenderer);

        XYSeriesCollection lines = new XYSeriesCollection();
        XYStepRenderer step = new XYStepRenderer();
        step.setDefaultShapesVisible(false);
        Map<String, int[]> rungs = story.rungs();
        for (int i = 0; i < pairs.size(); i++) {
            int[] series = rungs.get(pairs.get(i));
            String[] ends = pairs.get(i).split("->");
            XYSeries s = new XYSeries(ends[0] + " toward " + ends[1], true, false);
            for (int d = 0; d < series.length; d++) {
                // Each pair a hair apart, so pairs on the same rung stay visible.
                s.add(d, series[d] + (i - (pairs.size() - 1) / 2.0) * 0.04);
            }
            lines.addSeries(s);
            step.setSeriesPaint(i, PAIRS.get(i % PAIRS.size()));
            step.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setDataset(1, lines);
        plot.setRenderer(1, step);

        Ladder.threshold(plot, story.threshold());
        // Votes and channel changes along the bottom, those of one day in one label; the crisis at the top.
        Map<Integer, String> byDay = new java.util.TreeMap<>();
        for (RunStory.Marker m : story.markers()) {
            byDay.merge(m.day(), m.label(), (a, b) -> a + "; " + b);
        }
        int k = 0;
        for (Map.Entry<Integer, String> e : byDay.entrySet()) {
            ValueMarker m = line(e.getKey(), e.getValue(), new Color(0x777777), false);
            m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(3, 3, 3 + 14 * (k++ % 4), 3)); // staggered
            if (e.getKey() > 0.7 * story.horizon()) { // late in the run: label to the left
                m.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
                m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            }
            plot.addDomainMarker(m);
        }
        story.crisis().ifPresent(day -> plot.addDomainMarker(line(day, "crisis begins (day " + day + ")", CRISIS,
                true)));
        String subtitle = story.crisis().map(d -> "Crisis on day " + d + story.crisisCause()
                        .map(t -> ", tipped by " + t.sender() + "'s " + RunStory.words(t.intended())
                                + (t.scripted().isEmpty() ? "" : " (scripted: " + t.scripted() + ")")
                                + (t.misperceived() ? " (misperceived as " + RunStory.words(t.perceived()) + ")" : ""))
                        .orElse(""))
                .orElse("No crisis within the horizon");
        return Style.chart(title, plot, true, subtitle);
    }

    /** The pairs drawn: the crisis pairs, then the others by the highest rung they reached. */
    static List<String> pairsToDraw(RunStory story) {
        List<String> all = new ArrayList<>(story.rungs().keySet());
        Comparator<String> order = Comparator.comparing((String k) -> {
            String[] ends = k.split("->");
            return story.isCrisisPair(ends[0], ends[1]) ? 0 : 1;
        }).thenComparing(k -> -java.util.Arrays.stream(story.rungs().get(k)).max().orElse(0));
        all.sort(order); // stable: the model's order among equals
        return all.subList(0, Math.min(MAX_PAIRS, all.size()));
    }

    private static ValueMarker line(int day, String label, Color colour, boolean solid) {
        ValueMarker marker = new ValueMarker(day, colour, solid ? new BasicStroke(1.6f)
                : new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f));
        marker.setLabel(label);
        marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        marker.setLabelPaint(colour.darker());
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 210));
        marker.setLabelAnchor(solid ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_RIGHT);
        marker.setLabelTextAnchor(solid ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
        return marker;
    }

    private static Path2D diamond(double r) {
        Path2D p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }

    private static Path2D triangle(double r) {
        Path2D p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, r);
        p.lineTo(-r, r);
        p.closePath();
        return p;
    }
}
