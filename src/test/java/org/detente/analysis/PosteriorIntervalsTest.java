package org.detente.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.detente.model.RandomStream;
import org.junit.jupiter.api.Test;

/** Statistical checks with fixed seeds; tolerances stated at each assertion. */
class PosteriorIntervalsTest {

    /** Runs where parameter set m has its own P(crisis) p[m]: replication r uses set r mod sets. */
    private static List<RunOutcome> runs(double[] p, int perSet, long seed) {
        RandomStream random = new RandomStream(seed);
        List<RunOutcome> runs = new ArrayList<>();
        for (int r = 0; r < p.length * perSet; r++) {
            boolean crisis = random.nextDouble() < p[r % p.length];
            runs.add(new RunOutcome("s", r, crisis ? 10 : -1, 0, 0));
        }
        return runs;
    }

    @Test
    void theBetweenSetSpreadIsRecoveredAndWidensTheInterval() {
        int sets = 200;
        double[] p = new double[sets];
        for (int m = 0; m < sets; m++) {
            p[m] = 0.05 + 0.2 * m / (sets - 1); // uniform on [0.05, 0.25]: sd 0.2 / sqrt(12) = 0.0577
        }
        PosteriorIntervals.Interval i = PosteriorIntervals.crisis(runs(p, 100, 1), sets);
        assertEquals(0.15, i.estimate(), 0.01, "the mean of p");
        assertEquals(0.2 / Math.sqrt(12), i.tau(), 0.01, "tau within 0.01 of the true between-set sd");
        Intervals.Interval chance = Intervals.wilson(Math.round(i.estimate() * i.runs()), i.runs(), 0.95);
        assertTrue(i.high() - i.low() > 2 * (chance.high() - chance.low()),
                "the interval with parameter uncertainty is much wider than chance alone");
        assertTrue(i.rangeLow() < 0.07 && i.rangeHigh() > 0.23, i.rangeLow() + " " + i.rangeHigh());
    }

    @Test
    void withoutBetweenSetSpreadTheIntervalIsTheChanceInterval() {
        double[] p = new double[50];
        java.util.Arrays.fill(p, 0.1);
        PosteriorIntervals.Interval i = PosteriorIntervals.crisis(runs(p, 40, 2), 50);
        Intervals.Interval chance = Intervals.wilson(Math.round(i.estimate() * i.runs()), i.runs(), 0.95);
        assertTrue(i.tau() < 0.02, "tau " + i.tau());
        assertEquals(chance.high() - chance.low(), i.high() - i.low(), 0.01, "widths within a point");
    }

    @Test
    void aPairedDifferenceKeepsItsPairs() {
        double[] p = new double[20];
        java.util.Arrays.fill(p, 0.3);
        List<RunOutcome> a = runs(p, 50, 3);
        PosteriorIntervals.Interval same = PosteriorIntervals.difference(a, a, 20);
        assertEquals(0, same.estimate(), 0);
        assertEquals(0, same.high() - same.low(), 0, "a scenario against itself differs in no pair");
    }
}
