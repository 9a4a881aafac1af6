package org.detente.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The comparison statistics against golden values computed by another route: the pure-Python
 * script src/test/python/golden_stats.py (standard library only) on the fixed data set
 * src/test/resources/golden/runs.tsv, which wrote src/test/resources/golden/expected.tsv.
 */
class GoldenStatisticsTest {

    private static final Path DIR = Path.of("src/test/resources/golden");
    private static final int HORIZON = 30;
    private static final double TOLERANCE = 1e-6;
    private static final Map<String, List<RunOutcome>> GROUPS = new LinkedHashMap<>();
    private static final Map<String, double[]> EXPECTED = new HashMap<>();
    private static List<Comparisons.Stat> stats;

    @BeforeAll
    static void load() throws Exception {
        for (String line : Files.readAllLines(DIR.resolve("runs.tsv"))) {
            if (line.startsWith("#") || line.startsWith("group")) {
                continue;
            }
            String[] f = line.split("\t");
            GROUPS.computeIfAbsent(f[0], g -> new ArrayList<>()).add(new RunOutcome(f[0], Integer.parseInt(f[1]),
                    Integer.parseInt(f[2]), Integer.parseInt(f[3]), Double.parseDouble(f[4])));
        }
        for (String line : Files.readAllLines(DIR.resolve("expected.tsv"))) {
            if (line.startsWith("#") || line.startsWith("subject")) {
                continue;
            }
            String[] f = line.split("\t");
            EXPECTED.put(f[0] + " " + f[1], new double[] {number(f[2]), number(f[3]), number(f[4])});
        }
        stats = Comparisons.of(GROUPS, HORIZON);
    }

    private static double number(String text) {
        return text.equals("nan") ? Double.NaN : Double.parseDouble(text);
    }

    private static Comparisons.Stat stat(String scenario, String statistic) {
        return stats.stream().filter(s -> s.scenario().equals(scenario) && s.statistic().equals(statistic))
                .findFirst().orElseThrow();
    }

    private static double[] expected(String key) {
        double[] e = EXPECTED.get(key);
        assertTrue(e != null, "no golden value " + key);
        return e;
    }

    @Test
    void crisisProbabilityWithWilsonInterval() {
        for (String g : List.of("A", "B")) {
            double[] e = expected(g + " crisis_probability");
            Comparisons.Stat s = stat(g, "crisis_probability");
            assertEquals(e[0], s.value(), TOLERANCE);
            assertEquals(e[1], s.ciLow(), TOLERANCE);
            assertEquals(e[2], s.ciHigh(), TOLERANCE);
        }
    }

    @Test
    void meanWithStudentInterval() {
        for (String g : List.of("A", "B")) {
            double[] e = expected(g + " mean_escalation_score");
            Comparisons.Stat s = stat(g, "mean_escalation_score");
            assertEquals(e[0], s.value(), TOLERANCE);
            assertEquals(e[1], s.ciLow(), 1e-4);
            assertEquals(e[2], s.ciHigh(), 1e-4);
        }
    }

    @Test
    void kaplanMeierWithGreenwoodLogLogInterval() {
        for (String g : List.of("A", "B")) {
            Survival.Curve km = Survival.kaplanMeier(g, GROUPS.get(g), HORIZON);
            for (int t : new int[] {2, 7, 15, 29}) {
                double[] e = expected(g + " km_day_" + t);
                assertEquals(e[0], km.survival()[t], TOLERANCE, g + " S(" + t + ")");
                assertEquals(e[1], km.low()[t], TOLERANCE, g + " low(" + t + ")");
                assertEquals(e[2], km.high()[t], TOLERANCE, g + " high(" + t + ")");
            }
        }
    }

    // Pairs are reported later minus earlier: the pair (A, B) is the row of B with A as the other,
    // so the reference values of A - B appear negated (a difference), mirrored (U of the other
    // sample: nA nB - U; A of the other: 1 - A) or unchanged (chi-square and p-values).

    @Test
    void logRankTest() {
        double[] e = expected("A-B log_rank");
        Comparisons.Stat s = stat("B", "log_rank_chi_square");
        assertEquals(e[0], s.value(), TOLERANCE);
        assertEquals(e[1], s.p(), TOLERANCE);
    }

    @Test
    void mannWhitneyAndVarghaDelaney() {
        double[] e = expected("A-B mann_whitney");
        double nAnB = (double) GROUPS.get("A").size() * GROUPS.get("B").size();
        assertEquals(nAnB - e[0], stat("B", "mann_whitney_u_escalation_score").value(), TOLERANCE);
        assertEquals(e[1], stat("B", "mann_whitney_u_escalation_score").p(), TOLERANCE);
        assertEquals(1 - e[2], stat("B", "vargha_delaney_a_escalation_score").value(), TOLERANCE);
    }

    @Test
    void pairedDifferenceOfCrisis() {
        double[] e = expected("A-B paired_crisis_difference");
        Comparisons.Stat s = stat("B", "paired_crisis_difference");
        assertEquals("A", s.other());
        assertEquals(-e[0], s.value(), TOLERANCE);
        assertEquals(-e[2], s.ciLow(), 1e-5);
        assertEquals(-e[1], s.ciHigh(), 1e-5);
    }

    @Test
    void holmAdjustment() {
        double[] e = expected("holm 0.01,0.04,0.03");
        List<Comparisons.Stat> raw = new ArrayList<>();
        for (double p : new double[] {0.01, 0.04, 0.03}) {
            raw.add(new Comparisons.Stat("pair", "a", "b", "test", 0, Double.NaN, Double.NaN, p, Double.NaN, 1));
        }
        List<Comparisons.Stat> adjusted = Comparisons.holm(raw);
        for (int i = 0; i < 3; i++) {
            assertEquals(e[i], adjusted.get(i).pHolm(), 1e-12);
        }
    }
}
