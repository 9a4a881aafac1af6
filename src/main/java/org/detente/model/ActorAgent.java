package org.detente.model;

import sim.engine.SimState;
import sim.engine.Steppable;
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

    ActorAgent(int index, String id, Stance stance, Strategy strategy, double forgiveness) {
        this.index = index;
        this.id = id;
        this.stance = stance;
        this.strategy = strategy;
        this.forgiveness = forgiveness;
    }

    @Override
    public void step(SimState state) {
        ((DetenteModel) state).decide(this);
    }
}
