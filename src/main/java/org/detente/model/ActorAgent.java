package org.detente.model;

import sim.engine.SimState;
import sim.engine.Steppable;
import org.detente.scenario.Dimension;
import org.detente.scenario.Stance;

/**
 * An actor: each day it decides, for each counterpart, whether to signal and what, from
 * what it perceived up to yesterday. Deciding changes no belief, so the order in which
 * actors decide cannot bias results.
 */
final class ActorAgent implements Steppable {

    private static final long serialVersionUID = 1L;

    final int index;
    final String id;
    final Stance stance;
    final Strategy strategy;
    final double forgiveness;
    /**
     * The highest rung the actor's resolve carries it to: 3 + floor(6 (R - 0.5)), so
     * counterspace posturing at neutral resolve, interference from R = 2/3, kinetic use
     * from R = 5/6, nuclear use only at R = 1. Computed as floor(6 R - 3 + 1e-9), so a
     * resolve of exactly 2/3 or 5/6 reaches its rung despite rounding.
     */
    final int rungCeiling;
    /**
     * Whether the actor may initiate material conflict acts: only if the text gives evidence
     * of its resolve (confidence above 0) and this run's resolve reaches material_resolve.
     * Silence is not evidence; an actor without it still answers deeds it perceives.
     */
    final boolean mayInitiateMaterial;

    ActorAgent(int index, String id, Stance stance, Strategy strategy, double forgiveness, double materialResolve) {
        this.index = index;
        this.id = id;
        this.stance = stance;
        this.strategy = strategy;
        this.forgiveness = forgiveness;
        this.rungCeiling = rungCeiling(stance.value(Dimension.R));
        this.mayInitiateMaterial = stance.confidence(Dimension.R) > 0 && stance.value(Dimension.R) >= materialResolve;
    }

    /** The highest rung a resolve carries an actor to. */
    static int rungCeiling(double resolve) {
        return 3 + (int) Math.floor(Math.max(0.0, 6 * resolve - 3) + 1e-9);
    }

    @Override
    public void step(SimState state) {
        ((DetenteModel) state).decide(this);
    }
}
