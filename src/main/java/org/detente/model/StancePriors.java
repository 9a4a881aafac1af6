package org.detente.model;

import java.util.EnumMap;
import java.util.Map;
import org.detente.scenario.Dimension;
import org.detente.scenario.Stance;

/**
 * Stances as distributions: each actor-dimension is a Beta prior whose mean is the coded
 * value and whose concentration grows with the coder's confidence, and each replication
 * draws the stances it runs with from these priors ({@code docs/ODD.md}, "Stances as priors").
 *
 * <p>Concentration {@code kappa = silent + (evidence - silent) c} for confidence {@code c}
 * in [0,1): a dimension the text is silent on ({@code c = 0}) is a weak prior, Beta(2,2) at
 * the default {@code silent_prior_strength} of 4; a well-evidenced one is tight. A value the
 * scenario pins (confidence exactly 1) is used as it is. The draw keeps each dimension's
 * confidence, so the model can still tell evidence from silence.
 */
public final class StancePriors {

    /** Means are kept this far inside (0,1) so both Beta shape parameters stay positive. */
    private static final double EDGE = 0.01;

    private StancePriors() {
    }

    /** The Beta concentration (alpha + beta) of a dimension with confidence {@code c}. */
    public static double concentration(double c, ModelParameters p) {
        return p.silentPriorStrength() + (p.evidencePriorStrength() - p.silentPriorStrength()) * c;
    }

    /**
     * One draw of a stance from its priors, dimension by dimension in {@link Dimension}
     * order (so the number of draws, and every later draw of the stream, is fixed).
     */
    public static Stance draw(Stance coded, ModelParameters p, RandomStream random) {
        Map<Dimension, Double> values = new EnumMap<>(Dimension.class);
        Map<Dimension, Double> confidences = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            double c = coded.confidence(d);
            double m = Math.min(1 - EDGE, Math.max(EDGE, coded.value(d)));
            double kappa = concentration(c, p);
            // Always draw, even for a pinned value, so pinning one value changes no other draw.
            double x = random.nextBeta(m * kappa, (1 - m) * kappa);
            values.put(d, c >= 1.0 ? coded.value(d) : x);
            confidences.put(d, c);
        }
        return Stance.of(values, confidences);
    }
}
