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
     * from R = 5/6, nuclear use only at R = 1.
     */
    final int rungCeiling;

    ActorAgent(int index, String id, Stance stance, Strategy strategy, double forgiveness) {
        this.index = index;
        this.id = id;
        this.stance = stance;
        this.strategy = strategy;
        this.forgiveness = forgiveness;
        this.rungCeiling = 3 + (int) Math.floor(6 * Math.max(0.0, stance.value(Dimension.R) - 0.5));
    }

    @Override
    public void step(SimState state) {
        ((DetenteModel) state).decide(this);
    }
}
