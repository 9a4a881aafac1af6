package org.detente.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Pairing by seed, the difference curves in O(runs + horizon), and the hazard of a first crisis. */
class ComparisonsTest {

    private static final int HORIZON = 60;

    /** Runs with first crisis days drawn from a fixed seed; seeds offset by {@code seedOffset}. */
    private static List<RunOutcome> runs(String label, double dailyRisk, long generatorSeed, long seedOffset) {
        SplittableRandom random = new SplittableRandom(generatorSeed); // fixed: the same runs every time
        List<RunOutcome> runs = new ArrayList<>();
        for (int r = 0; r < 300; r++) {
            int day = -1;
            for (int t = 0; t < HORIZON && day < 0; t++) {
                if (random.nextDouble() < dailyRisk) {
                    day = t;
                }
            }
            runs.add(new RunOutcome(label, r, day, 0, 0, seedOffset + r));
        }
        return runs;
    }

    @Test
    void runsArePairsOnlyWhenEveryCommonReplicationSharesItsSeed() {
        assertTrue(Comparisons.shareSeeds(runs("a", 0.01, 1, 0), runs("b", 0.02, 2, 0)));
        assertFalse(Comparisons.shareSeeds(runs("a", 0.01, 1, 0), runs("b", 0.02, 2, 1000)));
    }

    @Test
    void thePairedCurveFromCumulativeCountsEqualsTheDayByDayMeanOverPairs() {
        List<RunOutcome> a = runs("a", 0.01, 11, 0);
        List<RunOutcome> b = runs("b", 0.004, 12, 0);
        double[][] fast = Comparisons.differenceOverTime(a, b, HORIZON);
        for (int t = 0; t < HORIZON; t += 7) {
            Moments m = new Moments();
            for (int r = 0; r < a.size(); r++) {
                m.add((a.get(r).crisisBy(t) ? 1.0 : 0.0) - (b.get(r).crisisBy(t) ? 1.0 : 0.0));
            }
            Intervals.Interval ci = Intervals.mean(m.mean(), m.sd(), m.n(), Intervals.LEVEL);
            assertEquals(m.mean(), fast[t][0], 1e-12, "day " + t);
            if (m.sd() > 0) {
                assertEquals(ci.low(), fast[t][1], 1e-12, "day " + t);
                assertEquals(ci.high(), fast[t][2], 1e-12, "day " + t);
            }
        }
        assertTrue(fast[HORIZON - 1][0] > 0, "a riskier first group gives a positive difference");
    }

    @Test
    void unpairedGroupsGetTheNewcombeIntervalOfTwoIndependentProportions() {
        // Newcombe (1998), Table II, example (a): 56/70 against 48/80 gives 0.2000 [0.0524, 0.3339].
        double[] d = Comparisons.independentDifference(56, 70, 48, 80);
        assertEquals(0.2, d[0], 1e-12);
        assertEquals(0.0524, d[1], 5e-5);
        assertEquals(0.3339, d[2], 5e-5);
        List<RunOutcome> a = runs("a", 0.01, 21, 0);
        List<RunOutcome> b = runs("b", 0.01, 22, 5000);
        double[][] curve = Comparisons.differenceOverTime(a, b, HORIZON);
        long ka = a.stream().filter(r -> r.crisisBy(HORIZON - 1)).count();
        long kb = b.stream().filter(r -> r.crisisBy(HORIZON - 1)).count();
        assertEquals(Comparisons.independentDifference(ka, a.size(), kb, b.size())[1], curve[HORIZON - 1][1], 1e-12);
        List<Comparisons.Stat> stats = Comparisons.of(new java.util.LinkedHashMap<>(java.util.Map.of("a", a)), HORIZON);
        assertTrue(stats.stream().noneMatch(s -> s.kind().equals("pair")));
    }

    @Test
    void theHazardCountsFirstCrisesAmongRunsStillAtRisk() {
        List<RunOutcome> runs = List.of(new RunOutcome("a", 0, 3, 0, 0), new RunOutcome("a", 1, 12, 0, 0),
                new RunOutcome("a", 2, 14, 0, 0), new RunOutcome("a", 3, -1, 0, 0));
        List<Survival.Hazard> h = Survival.hazard(runs, 20, 10);
        assertEquals(2, h.size());
        assertEquals(4, h.get(0).atRisk());
        assertEquals(1, h.get(0).events());
        assertEquals(3, h.get(1).atRisk());
        assertEquals(2, h.get(1).events());
        assertEquals(2 / 3.0, h.get(1).rate(), 1e-12);
    }

    @Test
    void columnsHoldTheSameRunsAndFindThemByReplication() {
        List<RunOutcome> dense = runs("a", 0.01, 31, 7);
        RunColumns columns = RunColumns.of(dense);
        assertEquals(dense, columns, "the same runs, field for field");
        assertEquals(dense.get(123), columns.get(columns.rowOf(123)));
        assertEquals(-1, columns.rowOf(300));
        assertEquals(-1, columns.rowOf(-5));
        List<RunOutcome> sparse = List.of(new RunOutcome("s", 5_000_000, 3, 2, 1.5, 9),
                new RunOutcome("s", 7, -1, 1, -2, 8), new RunOutcome("s", 1_000, 10, 4, 0, 7));
        RunColumns sparseColumns = RunColumns.of(sparse);
        assertEquals(0, sparseColumns.rowOf(5_000_000));
        assertEquals(2, sparseColumns.rowOf(1_000));
        assertEquals(-1, sparseColumns.rowOf(8));
        assertEquals(sparse, sparseColumns);
    }
}
