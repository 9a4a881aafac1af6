package org.detente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.detente.scenario.Stance;
import org.detente.scenario.StrategyName;
import org.junit.jupiter.api.Test;

/**
 * The model's strategies on the two-action abstraction of the iterated prisoner's dilemma
 * (R=3, S=0, T=5, P=1): an actor "cooperates" when the act it intends is not hostile and
 * "defects" otherwise; cooperation is played as +4 (intent to negotiate), defection as -4.
 * Noise is an implementation error: the act played is flipped with probability epsilon,
 * and both sides see the act played (Axelrod 1984; Bendor 1993; Nowak and Sigmund 1993).
 */
class ReciprocityTest {

    private static final double COOPERATE = 4.0;
    private static final double DEFECT = -4.0;
    private static final ModelParameters P = ModelParameters.defaults();

    record Outcome(double mutualCooperation, double payoffA, double payoffB, List<String> moves) {
    }

    private static double payoff(boolean mine, boolean theirs) {
        return mine ? (theirs ? 3 : 0) : (theirs ? 5 : 1);
    }

    /** Plays two strategies against each other; {@code errorAt} forces one error by A in that round. */
    static Outcome play(StrategyName a, StrategyName b, int rounds, double epsilon, long seed, int errorAt,
                        boolean record) {
        RandomStream random = RandomStreams.generator(seed);
        ActorAgent actorA = new ActorAgent(0, "A", Stance.silent(), Strategy.of(a), 1.0 / 3, 0.5);
        ActorAgent actorB = new ActorAgent(1, "B", Stance.silent(), Strategy.of(b), 1.0 / 3, 0.5);
        Dyad da = new Dyad(0, 1, true);
        Dyad db = new Dyad(1, 0, true);
        long mutual = 0;
        double sumA = 0;
        double sumB = 0;
        List<String> moves = new ArrayList<>();
        for (int t = 0; t < rounds; t++) {
            boolean ca = actorA.strategy.intend(da, actorA, t + 1, P, random) >= -EscalationLadder.NEUTRAL_BAND;
            boolean cb = actorB.strategy.intend(db, actorB, t + 1, P, random) >= -EscalationLadder.NEUTRAL_BAND;
            if (random.nextDouble() < epsilon || t == errorAt) {
                ca = !ca;
            }
            if (random.nextDouble() < epsilon) {
                cb = !cb;
            }
            da.lastSent = ca ? COOPERATE : DEFECT;
            db.lastSent = cb ? COOPERATE : DEFECT;
            da.lastPerceived = db.lastSent;
            db.lastPerceived = da.lastSent;
            mutual += ca && cb ? 1 : 0;
            sumA += payoff(ca, cb);
            sumB += payoff(cb, ca);
            if (record) {
                moves.add((ca ? "C" : "D") + (cb ? "C" : "D"));
            }
        }
        return new Outcome((double) mutual / rounds, sumA / rounds, sumB / rounds, moves);
    }

    @Test
    void titForTatUnderSmallNoiseFallsToAQuarterMutualCooperation() {
        Outcome o = play(StrategyName.TIT_FOR_TAT, StrategyName.TIT_FOR_TAT, 2_000_000, 0.005, 1993, -1, false);
        System.out.printf("TFT vs TFT, epsilon 0.005: mutual cooperation %.4f, payoff %.4f%n", o.mutualCooperation(),
                (o.payoffA() + o.payoffB()) / 2);
        // Bendor (1993), Nowak and Sigmund (1993): the four outcomes become equally likely.
        assertEquals(0.25, o.mutualCooperation(), 0.03);
        assertEquals(2.25, (o.payoffA() + o.payoffB()) / 2, 0.1);
    }

    @Test
    void generousTitForTatDoesClearlyBetter() {
        Outcome tft = play(StrategyName.TIT_FOR_TAT, StrategyName.TIT_FOR_TAT, 500_000, 0.005, 7, -1, false);
        Outcome gtft = play(StrategyName.GENEROUS_TIT_FOR_TAT, StrategyName.GENEROUS_TIT_FOR_TAT, 500_000, 0.005, 7,
                -1, false);
        double payoffTft = (tft.payoffA() + tft.payoffB()) / 2;
        double payoffGtft = (gtft.payoffA() + gtft.payoffB()) / 2;
        System.out.printf("payoff under epsilon 0.005: GTFT %.4f, TFT %.4f%n", payoffGtft, payoffTft);
        assertTrue(payoffGtft > payoffTft + 0.4, "GTFT " + payoffGtft + " vs TFT " + payoffTft);
        assertTrue(payoffGtft > 2.8, "GTFT " + payoffGtft);
    }

    @Test
    void winStayLoseShiftRecoversFromASingleErrorInTwoRounds() {
        Outcome o = play(StrategyName.WIN_STAY_LOSE_SHIFT, StrategyName.WIN_STAY_LOSE_SHIFT, 12, 0.0, 1, 5, true);
        assertEquals(List.of("CC", "CC", "CC", "CC", "CC", "DC", "DD", "CC", "CC", "CC", "CC", "CC"), o.moves());
    }

    @Test
    void titForTatEchoesASingleErrorForever() {
        Outcome o = play(StrategyName.TIT_FOR_TAT, StrategyName.TIT_FOR_TAT, 10, 0.0, 1, 3, true);
        assertEquals(List.of("CC", "CC", "CC", "DC", "CD", "DC", "CD", "DC", "CD", "DC"), o.moves());
    }
}
