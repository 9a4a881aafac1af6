package org.detente.coding;

import java.util.EnumMap;
import java.util.Map;
import org.detente.scenario.Dimension;
import org.detente.scenario.Stance;

/**
 * The aggregated evidence on one actor: per dimension the positive and negative cue
 * weight, the number of cues, and the value and confidence they give (STANCE-CODING.md):
 * {@code v = 0.5 + 0.5 (pos - neg) / (pos + neg + k)}, {@code c = (pos + neg) / (pos + neg + k)}, k = 4.
 */
public final class StanceEstimate {

    /** The evidence constant k of the aggregation rule. */
    public static final double K = 4.0;

    private final Map<Dimension, double[]> evidence = new EnumMap<>(Dimension.class);

    void add(Dimension d, double weight) {
        double[] e = evidence.computeIfAbsent(d, x -> new double[3]);
        if (weight >= 0) {
            e[0] += weight;
        } else {
            e[1] -= weight;
        }
        e[2] += 1;
    }

    /** The value in [0,1]; 0.5 where the text is silent. */
    public double value(Dimension d) {
        double[] e = evidence.get(d);
        return e == null ? Stance.SILENT : 0.5 + 0.5 * (e[0] - e[1]) / (e[0] + e[1] + K);
    }

    /** The confidence in [0,1); 0 where the text is silent. */
    public double confidence(Dimension d) {
        double[] e = evidence.get(d);
        return e == null ? 0.0 : (e[0] + e[1]) / (e[0] + e[1] + K);
    }

    /** The number of cues on the dimension. */
    public int evidence(Dimension d) {
        double[] e = evidence.get(d);
        return e == null ? 0 : (int) e[2];
    }

    /** Whether the text says nothing on the dimension. */
    public boolean silent(Dimension d) {
        return evidence(d) == 0;
    }

    /** As a stance for the model. */
    public Stance toStance() {
        Map<Dimension, Double> values = new EnumMap<>(Dimension.class);
        Map<Dimension, Double> confidences = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            values.put(d, value(d));
            confidences.put(d, confidence(d));
        }
        return Stance.of(values, confidences);
    }
}
