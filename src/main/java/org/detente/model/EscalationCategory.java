package org.detente.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Escalation categories and their escalation-score weights, after Rivera et al.,
 * "Escalation Risks from Language Models in Military and Diplomatic Decision-Making"
 * (FAccT 2024), Table 2.
 */
public enum EscalationCategory {
    DE_ESCALATION("de-escalation", -2),
    STATUS_QUO("status-quo", 0),
    POSTURING("posturing", 4),
    NON_VIOLENT_ESCALATION("non-violent escalation", 12),
    VIOLENT_ESCALATION("violent escalation", 28),
    NUCLEAR("nuclear", 60);

    private final String key;
    private final int weight;

    EscalationCategory(String key, int weight) {
        this.key = key;
        this.weight = weight;
    }

    /** The name used in the signal catalogue and in outputs. */
    public String key() {
        return key;
    }

    /** The weight a signal of this category adds to the escalation score. */
    public int weight() {
        return weight;
    }

    /** The category with this catalogue name. */
    public static Optional<EscalationCategory> parse(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
