package org.detente.model;

import java.util.Objects;

/**
 * One entry of the signal catalogue: an act an actor can take toward another.
 *
 * @param index       position in the catalogue (stable within a catalogue)
 * @param id          name used by scenarios and traces
 * @param cameo       CAMEO event code
 * @param goldstein   Goldstein weight, -10..+10
 * @param material    whether it is a material act (observed) rather than a verbal one (sent)
 * @param category    escalation category (Rivera et al. 2024)
 * @param rung        ladder rung the act can push a dyad to; 0 for none
 * @param voteOnly    whether only a vote produces the act (a veto): never chosen or perceived outside one
 * @param description what the act is
 */
public record SignalType(int index, String id, String cameo, double goldstein, boolean material,
                         EscalationCategory category, int rung, boolean voteOnly, String description) implements java.io.Serializable {

    public SignalType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(category, "category");
        if (!(goldstein >= -10 && goldstein <= 10)) {
            throw new IllegalArgumentException("goldstein must lie in [-10,10] but was " + goldstein + " for " + id);
        }
        if (rung < 0 || rung > EscalationLadder.TOP) {
            throw new IllegalArgumentException("rung must lie in [0," + EscalationLadder.TOP + "] but was " + rung + " for " + id);
        }
    }

    /** Whether the act is hostile: a negative Goldstein weight beyond the neutral band. */
    public boolean hostile() {
        return goldstein < -EscalationLadder.NEUTRAL_BAND;
    }
}
