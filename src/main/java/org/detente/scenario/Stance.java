package org.detente.scenario;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * An actor's stance: a value in [0,1] and a confidence in [0,1] on every
 * {@link Dimension}. Immutable.
 */
public final class Stance {

    /** The value of a dimension on which the text is silent. */
    public static final double SILENT = 0.5;

    private final double[] values;
    private final double[] confidences;

    private Stance(double[] values, double[] confidences) {
        this.values = values;
        this.confidences = confidences;
    }

    /** A stance with no evidence on any dimension: every value 0.5, confidence 0. */
    public static Stance silent() {
        double[] values = new double[Dimension.values().length];
        Arrays.fill(values, SILENT);
        return new Stance(values, new double[values.length]);
    }

    /** A stance with the given values (missing dimensions silent) and confidences. */
    public static Stance of(Map<Dimension, Double> values, Map<Dimension, Double> confidences) {
        Stance stance = silent();
        double[] v = stance.values.clone();
        double[] c = stance.confidences.clone();
        values.forEach((d, x) -> v[d.ordinal()] = check(d, "value", x));
        confidences.forEach((d, x) -> c[d.ordinal()] = check(d, "confidence", x));
        return new Stance(v, c);
    }

    private static double check(Dimension d, String what, double x) {
        if (!(x >= 0.0 && x <= 1.0)) {
            throw new IllegalArgumentException(d + " " + what + " must lie in [0,1] but was " + x);
        }
        return x;
    }

    /** The value on a dimension. */
    public double value(Dimension d) {
        return values[d.ordinal()];
    }

    /** The confidence on a dimension; 0 where the text is silent. */
    public double confidence(Dimension d) {
        return confidences[d.ordinal()];
    }

    /** A copy with one value replaced (confidence 1: the user stated it). */
    public Stance with(Dimension d, double value) {
        double[] v = values.clone();
        double[] c = confidences.clone();
        v[d.ordinal()] = check(d, "value", value);
        c[d.ordinal()] = 1.0;
        return new Stance(v, c);
    }

    /** The values as an ordered map. */
    public Map<Dimension, Double> values() {
        Map<Dimension, Double> map = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            map.put(d, values[d.ordinal()]);
        }
        return map;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Stance s && Arrays.equals(values, s.values) && Arrays.equals(confidences, s.confidences);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(values), Arrays.hashCode(confidences));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Stance[");
        for (Dimension d : Dimension.values()) {
            text.append(d).append('=').append(String.format(java.util.Locale.ROOT, "%.2f", value(d)));
            if (d.ordinal() < values.length - 1) {
                text.append(", ");
            }
        }
        return text.append(']').toString();
    }
}
