package org.detente.scenario;

import java.util.Objects;

/**
 * A scenario's replacement for one coded stance value, with the reason it gives.
 * The run manifest records it beside the coded value.
 *
 * @param dimension the dimension replaced
 * @param value     the value used instead of the coded one, in [0,1]
 * @param reason    why the scenario departs from the text (required, not blank)
 * @param line      the line of the override in the scenario file
 */
public record StanceOverride(Dimension dimension, double value, String reason, int line) {

    public StanceOverride {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(reason, "reason");
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException("override value must lie in [0,1] but was " + value);
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("an override of " + dimension + " needs a reason");
        }
    }
}
