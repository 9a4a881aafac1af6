package org.detente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.detente.scenario.Dimension;
import org.detente.scenario.Stance;
import org.detente.scenario.StrategyName;
import org.junit.jupiter.api.Test;

/** The model's own posture rule, ladder ceiling and stance priors against closed forms. */
class PostureAndPriorsTest {

    private static final ModelParameters P = ModelParameters.defaults();

    @Test
    void atFixedTrustThreatAndHostilityThePostureRuleSettlesAtItsClosedFormFixedPoint() {
        // For fixed h, k, a, g: x* = (k h + g) / a.
        double k = 0.06;
        double a = 0.13;
        double g = 0.2;
        double h = 5.0;
        double x = 0.0;
        for (int day = 0; day < 2000; day++) {
            x = DetenteModel.nextPosture(x, h, k, a, g, 0.0, P);
        }
        assertEquals((k * h + g) / a, x, 1e-9);
    }

    @Test
    void aMirroredPairSettlesAtRichardsonsEquilibriumWhenRestraintOutweighsReaction() {
        // Each side's hostility is the other's posture; for equal sides x* = g / (a - k).
        double k = 0.05;
        double a = 0.12;
        double g = 0.3;
        double x = 1.0;
        double y = 9.0;
        for (int day = 0; day < 3000; day++) {
            double nx = DetenteModel.nextPosture(x, y, k, a, g, 0.0, P);
            y = DetenteModel.nextPosture(y, x, k, a, g, 0.0, P);
            x = nx;
        }
        assertEquals(g / (a - k), x, 1e-9);
        assertEquals(g / (a - k), y, 1e-9);
    }

    @Test
    void theStatusQuoIsAFixedPointAndPublicCommitmentsAFloor() {
        // The actor's status-quo posture x0 and the hostility it expects of the other, h0 (the
        // other's status quo), differ; the grievance g0 = a0 x0 - k0 h0 makes x0 a fixed point.
        double x0 = 3.2;
        double h0 = 5.1;
        double k0 = 0.05;
        double a0 = 0.11;
        double g0 = a0 * x0 - k0 * h0;
        assertEquals(x0, DetenteModel.nextPosture(x0, h0, k0, a0, g0, 0.0, P), 1e-12);
        assertTrue(DetenteModel.nextPosture(x0, h0 + 1, k0, a0, g0, 0.0, P) > x0, "more hostility than expected");
        // More restraint (dialogue) lowers the posture; a commitment keeps it from falling below it.
        assertTrue(DetenteModel.nextPosture(x0, h0, k0, 2 * a0, g0, 0.0, P) < x0);
        assertEquals(3.5, DetenteModel.nextPosture(x0, h0, k0, 2 * a0, g0, 3.5, P), 1e-12);
        assertEquals(P.goldsteinAnchor() + 10, DetenteModel.nextPosture(100, 100, 1, 0.01, 1, 0.0, P), 1e-12);
    }

    @Test
    void resolveCarriesAnActorToTheDocumentedRungsWithoutRoundingLoss() {
        assertEquals(3, ActorAgent.rungCeiling(0.3));
        assertEquals(3, ActorAgent.rungCeiling(0.5));
        assertEquals(3, ActorAgent.rungCeiling(0.66));
        assertEquals(4, ActorAgent.rungCeiling(2.0 / 3.0));
        assertEquals(5, ActorAgent.rungCeiling(5.0 / 6.0));
        assertEquals(6, ActorAgent.rungCeiling(1.0));
    }

    @Test
    void stancesAreDrawnFromPriorsWhoseSpreadShrinksWithConfidence() {
        Stance coded = Stance.of(Map.of(Dimension.D, 0.82, Dimension.R, 0.9),
                Map.of(Dimension.D, 0.64, Dimension.R, 1.0));
        RandomStream random = RandomStreams.generator(42);
        int n = 20_000;
        double[] sum = new double[3];
        double[] squares = new double[3];
        for (int i = 0; i < n; i++) {
            Stance drawn = StancePriors.draw(coded, P, random);
            assertEquals(0.9, drawn.value(Dimension.R), 0.0, "a pinned value (confidence 1) is used as it is");
            assertEquals(0.64, drawn.confidence(Dimension.D), 0.0, "the draw keeps the evidence");
            double[] x = {drawn.value(Dimension.D), drawn.value(Dimension.T), drawn.value(Dimension.R)};
            for (int j = 0; j < 3; j++) {
                sum[j] += x[j];
                squares[j] += x[j] * x[j];
            }
        }
        double meanD = sum[0] / n;
        double meanT = sum[1] / n;
        double sdD = Math.sqrt(squares[0] / n - meanD * meanD);
        double sdT = Math.sqrt(squares[1] / n - meanT * meanT);
        // Beta mean m, concentration kappa: SD = sqrt(m (1 - m) / (kappa + 1)). Tolerances are
        // more than 4 standard errors at n = 20,000.
        double kappaD = StancePriors.concentration(0.64, P);
        assertEquals(0.82, meanD, 0.003);
        assertEquals(Math.sqrt(0.82 * 0.18 / (kappaD + 1)), sdD, 0.003);
        assertEquals(0.5, meanT, 0.007);
        assertEquals(Math.sqrt(0.25 / (P.silentPriorStrength() + 1)), sdT, 0.005);
        assertTrue(sdT > 2 * sdD, "silence is a weak prior: " + sdT + " vs " + sdD);
    }

    @Test
    void theSameSeedDrawsTheSameStanceAndAnotherSeedAnother() {
        Stance coded = Stance.of(Map.of(Dimension.TR, 0.4), Map.of(Dimension.TR, 0.3));
        Stance a = StancePriors.draw(coded, P, RandomStreams.generator(7));
        assertEquals(a, StancePriors.draw(coded, P, RandomStreams.generator(7)));
        assertNotEquals(a, StancePriors.draw(coded, P, RandomStreams.generator(8)));
    }

    @Test
    void aVetoIsNeverChosenOrImaginedOutsideAVoteAndADeedNeverSeenAsAHigherRung() {
        SignalCatalogue catalogue = SignalCatalogue.standard();
        for (double g = -10; g <= 10; g += 0.05) {
            assertNotEquals("veto", catalogue.closest(g, true, EscalationLadder.TOP).id());
            SignalType reject = catalogue.find("reject").orElseThrow();
            assertNotEquals("veto", catalogue.perceive(reject, g).id());
            for (SignalType deed : catalogue.types()) {
                if (deed.material() && deed.hostile()) {
                    assertTrue(catalogue.perceive(deed, g).rung() <= deed.rung(), deed.id() + " at " + g);
                }
            }
        }
    }

    @Test
    void gritAnswersDeedsButNeverInitiatesForceWhereTheStanceStrategyMay() {
        Stance resolute = Stance.of(Map.of(Dimension.R, 0.9), Map.of(Dimension.R, 0.8));
        ActorAgent grit = new ActorAgent(0, "USA", resolute, Strategy.of(StrategyName.GRIT), 0.0,
                P.materialResolve());
        ActorAgent stance = new ActorAgent(0, "USA", resolute, Strategy.of(StrategyName.STANCE),
                0.0, P.materialResolve());
        Dyad d = new Dyad(0, 1, true);
        assertTrue(stance.strategy.allowsMaterial(d, stance, P), "evidenced resolve licenses initiative");
        assertTrue(!grit.strategy.allowsMaterial(d, grit, P), "GRIT does not initiate");
        d.deedOwed = true;
        assertTrue(grit.strategy.allowsMaterial(d, grit, P), "GRIT answers a deed");
    }
}
