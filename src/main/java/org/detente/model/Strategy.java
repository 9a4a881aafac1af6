package org.detente.model;

import org.detente.scenario.Dimension;
import org.detente.scenario.StrategyName;

/**
 * Turns an actor's posture and what it last perceived into the Goldstein value of its
 * next signal to one counterpart. The catalogue then picks the closest act.
 */
interface Strategy {

    /**
     * The Goldstein value the actor intends to send.
     *
     * @param dyad   the actor's view of the relation
     * @param self   the actor (its stance and forgiveness)
     * @param day    today
     * @param p      model parameters
     * @param random the run's decision generator
     */
    double intend(Dyad dyad, ActorAgent self, int day, ModelParameters p, RandomStream random);

    /**
     * Whether the actor may choose a material conflict act now: to answer a hostile deed it
     * perceived from the other, or on its own initiative when its resolve is evidenced and
     * high enough ({@link ActorAgent#mayInitiateMaterial}).
     */
    default boolean allowsMaterial(Dyad dyad, ActorAgent self, ModelParameters p) {
        return answersDeed(dyad) || self.mayInitiateMaterial;
    }

    /**
     * Whether the actor owes the other an answer to a hostile deed: it perceived one, and not
     * as the answer to a deed of its own ({@link Dyad#deedOwed}).
     */
    static boolean answersDeed(Dyad dyad) {
        return dyad.deedOwed;
    }

    /**
     * The highest rung the actor may choose now. Kahn's ladder is climbed a rung at a time,
     * so no act more than one rung above the rung the actor has experienced in the relation;
     * and no actor climbs higher than its resolve carries it ({@link ActorAgent#rungCeiling}).
     */
    default int maxRung(Dyad dyad, ActorAgent self) {
        return Math.min(dyad.rung + 1, self.rungCeiling);
    }

    /** The strategy a scenario names. */
    static Strategy of(StrategyName name) {
        return switch (name) {
            case STANCE -> Strategy::stance;
            case TIT_FOR_TAT -> (d, self, day, p, r) -> Double.isNaN(d.lastPerceived) ? cooperative(d, p) : d.lastPerceived;
            case GENEROUS_TIT_FOR_TAT -> (d, self, day, p, r) -> {
                if (Double.isNaN(d.lastPerceived) || d.lastPerceived >= -EscalationLadder.NEUTRAL_BAND) {
                    return Double.isNaN(d.lastPerceived) ? cooperative(d, p) : d.lastPerceived;
                }
                return r.nextDouble() < self.forgiveness ? cooperative(d, p) : d.lastPerceived;
            };
            case WIN_STAY_LOSE_SHIFT -> (d, self, day, p, r) -> {
                // Pavlov: repeat one's own last act after a cooperative answer (a win: R or T),
                // switch after a hostile one (a loss: S or P).
                boolean cooperatedLast = Double.isNaN(d.lastSent) || d.lastSent >= -EscalationLadder.NEUTRAL_BAND;
                boolean lost = !Double.isNaN(d.lastPerceived) && d.lastPerceived < -EscalationLadder.NEUTRAL_BAND;
                boolean cooperate = lost != cooperatedLast;
                return cooperate ? cooperative(d, p) : Math.min(-2.0, Double.isNaN(d.lastPerceived) ? -2.0 : d.lastPerceived);
            };
            case GRIT -> new Strategy() {
                @Override
                public double intend(Dyad d, ActorAgent self, int day, ModelParameters p, RandomStream r) {
                    return grit(d, self, day, p, r);
                }

                /** GRIT retaliates but never initiates force (Osgood 1962): deeds only to answer deeds. */
                @Override
                public boolean allowsMaterial(Dyad d, ActorAgent self, ModelParameters p) {
                    return answersDeed(d);
                }
            };
            case DETERRENCE -> new Strategy() {
                @Override
                public double intend(Dyad d, ActorAgent self, int day, ModelParameters p, RandomStream r) {
                    if (answersDeed(d)) {
                        // Deeds are answered with a firmer deed with probability equal to
                        // resolve, else in kind.
                        return r.nextDouble() < self.stance.value(Dimension.R)
                                ? Math.max(-10.0, d.owedDeed - p.deterrenceFirmness()) : d.owedDeed;
                    }
                    if (!Double.isNaN(d.lastPerceived) && d.lastPerceived < -EscalationLadder.NEUTRAL_BAND) {
                        return d.lastPerceived; // words are answered in kind
                    }
                    return stance(d, self, day, p, r);
                }

                @Override
                public boolean allowsMaterial(Dyad d, ActorAgent self, ModelParameters p) {
                    return answersDeed(d);
                }
            };
        };
    }

    /**
     * The stance-driven default: the posture read on the Goldstein scale, with decision noise;
     * but a hostile deed just perceived is answered in kind, as severe as it was perceived,
     * with probability equal to the actor's resolve (Schelling's and Kahn's resolve: the
     * readiness to match a move rather than let it stand).
     */
    static double stance(Dyad d, ActorAgent self, int day, ModelParameters p, RandomStream random) {
        double intended = p.goldsteinAnchor() - d.posture + p.decisionNoise() * random.nextGaussian();
        if (answersDeed(d) && random.nextDouble() < self.stance.value(Dimension.R)) {
            return Math.min(intended, d.owedDeed);
        }
        return intended;
    }

    /** A cooperative move: the posture's value, but at least a consultation. */
    static double cooperative(Dyad d, ModelParameters p) {
        return Math.max(p.goldsteinAnchor() - d.posture, 1.0);
    }

    /**
     * GRIT (Osgood 1962): announced conciliatory steps on a fixed rhythm whatever the other
     * does, larger once the other reciprocates; otherwise reciprocate cooperation and
     * retaliate precisely in kind: with the act the actor believes it saw, never firmer.
     */
    static double grit(Dyad d, ActorAgent self, int day, ModelParameters p, RandomStream random) {
        if (day % (int) Math.round(p.gritInterval()) == 0) {
            return d.reciprocations >= 2 ? 7.0 : 4.0;
        }
        if (answersDeed(d)) {
            // Retaliation precisely in kind (Osgood): the act seen, not the value the noise suggested.
            return d.owedDeedSeen;
        }
        if (Double.isNaN(d.lastPerceived)) {
            return cooperative(d, p);
        }
        if (d.lastPerceived > EscalationLadder.NEUTRAL_BAND) {
            return Math.max(d.lastPerceived, cooperative(d, p));
        }
        return d.lastPerceived;
    }
}
