package org.detente.model;

import java.util.List;

/**
 * The space escalation ladder, after Kahn's <i>On Escalation</i> (1965), reduced to the
 * rungs that matter between space powers. A dyad climbs when it perceives a conflict act
 * whose rung is above its own, and steps down one rung only after sustained perceived
 * cooperation.
 */
public final class EscalationLadder {

    /** The highest rung. */
    public static final int TOP = 6;

    /**
     * Goldstein values within this distance of zero count as neutral when classifying a
     * signal as cooperative, neutral or hostile (a pessimistic comment, -0.4, is neutral).
     */
    public static final double NEUTRAL_BAND = 1.0;

    /** The rungs' names, indexed by rung. */
    public static final List<String> RUNGS = List.of(
            "cooperation",
            "diplomatic friction",
            "public confrontation",
            "counterspace posturing",
            "non-kinetic interference",
            "kinetic counterspace use",
            "nuclear use in space");

    private EscalationLadder() {
    }

    /** The direction of a Goldstein value: -1 hostile, 0 neutral, +1 cooperative. */
    public static int direction(double goldstein) {
        if (goldstein > NEUTRAL_BAND) {
            return 1;
        }
        return goldstein < -NEUTRAL_BAND ? -1 : 0;
    }

    /** The name of a rung. */
    public static String name(int rung) {
        return RUNGS.get(rung);
    }
}
