package org.detente.chart;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per series, the same in every chart of a comparison. The shipped scenarios keep
 * their colours (baseline blue, dialogue green, escalation red); up to ten other series take
 * distinct colours of a qualitative palette (Tableau 10); more series than that (a sweep) take
 * a sequential ramp in their order, so neighbouring design points have neighbouring colours and
 * no two share one.
 */
public final class Palette {

    private static final Map<String, Color> KNOWN = Map.of(
            "baseline", new Color(0x4C72B0),
            "dialogue", new Color(0x2CA02C),
            "escalation", new Color(0xD62728));
    private static final List<Color> QUALITATIVE = List.of(new Color(0x9467BD), new Color(0xFF7F0E),
            new Color(0x8C564B), new Color(0x17BECF), new Color(0xE377C2), new Color(0x7F7F7F), new Color(0xBCBD22),
            new Color(0x1F77B4), new Color(0xAEC7E8), new Color(0xFFBB78));
    /** Viridis at eight stops, interpolated between them. */
    private static final Color[] RAMP = {new Color(0x440154), new Color(0x46327E), new Color(0x365C8D),
        new Color(0x277F8E), new Color(0x1FA187), new Color(0x4AC16D), new Color(0xA0DA39), new Color(0xE8D11E)};

    private final Map<String, Color> colours = new LinkedHashMap<>();

    private Palette(List<String> labels, java.util.function.UnaryOperator<String> scenarioOf) {
        if (labels.size() > QUALITATIVE.size()) {
            for (int i = 0; i < labels.size(); i++) {
                colours.put(labels.get(i), ramp(labels.size() == 1 ? 0 : i / (double) (labels.size() - 1)));
            }
            return;
        }
        int next = 0;
        for (String label : labels) {
            colours.put(label, KNOWN.get(scenarioOf.apply(label)));
        }
        for (String label : labels) {
            if (colours.get(label) == null) {
                colours.put(label, QUALITATIVE.get(next++));
            }
        }
    }

    /** The colours of these series, in this order. */
    public static Palette of(List<String> labels) {
        return new Palette(labels, java.util.function.UnaryOperator.identity());
    }

    /**
     * As above, a shipped scenario shown under another label keeping its colour:
     * {@code scenarioOf} gives the scenario a label shows (itself when not relabelled).
     */
    public static Palette of(List<String> labels, java.util.function.UnaryOperator<String> scenarioOf) {
        return new Palette(labels, scenarioOf);
    }

    /** A series' colour (grey for a series the palette was not made for). */
    public Color colour(String label) {
        return colours.getOrDefault(label, Color.GRAY);
    }

    /** Whether the series are many and coloured along a ramp (a sweep) rather than apart. */
    public boolean sequential() {
        return colours.size() > QUALITATIVE.size();
    }

    private static Color ramp(double x) {
        double position = x * (RAMP.length - 1);
        int i = Math.min(RAMP.length - 2, (int) Math.floor(position));
        double f = position - i;
        Color a = RAMP[i];
        Color b = RAMP[i + 1];
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }
}
