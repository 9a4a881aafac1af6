package org.detente.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.detente.analysis.Intervals;
import org.detente.analysis.RunStatistics;
import org.detente.analysis.RunSummary;
import org.detente.scenario.ScenarioFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mechanism, not decree (MODEL.md): differences in crisis risk come from channels,
 * strategies and noise, never from a scenario's name. Statistical tests on a fixed master
 * seed; a difference counts when the 95% Wilson intervals do not overlap.
 */
@Tag("statistical")
class MechanismTest {

    private static final long SEED = 424242;
    /** Replications for the GRIT test; scenario comparisons use {@link #COMPARISON_REPLICATIONS}. */
    private static final int REPLICATIONS = 200;
    /** Crisis probabilities of a few percent need this many runs for 95% intervals to separate. */
    private static final int COMPARISON_REPLICATIONS = 1500;
    private static final ScenarioCompiler COMPILER = new ScenarioCompiler();

    @TempDir
    static Path dir;

    @BeforeAll
    static void copyTexts() {
        ScenarioFiles.copySeedText(dir);
    }

    private static RunSummary crisisRate(CompiledScenario scenario) {
        RunStatistics stats = new RunStatistics();
        for (int r = 0; r < COMPARISON_REPLICATIONS; r++) {
            RunResult run = Runs.run(scenario, r, Runs.replicationSeed(SEED, r));
            stats.add(run.crisis(), run.firstCrisisDay(), run.anyPairCrisis(), run.peakRung(), run.escalationScore(), run.misperceptions());
        }
        return stats.summary(scenario.name());
    }

    /** The shipped baseline with a change of text applied, as a new scenario file. */
    private static CompiledScenario baselineWith(String name, String from, String to) throws Exception {
        String text = Files.readString(ScenarioFiles.shipped("baseline")).replace("name: baseline", "name: " + name);
        if (!from.isEmpty()) {
            assertTrue(text.contains(from), from);
            text = text.replace(from, to);
        }
        return COMPILER.compile(ScenarioFiles.write(dir, name + ".yaml", text));
    }

    private static void assertBelow(RunSummary low, RunSummary high) {
        assertTrue(low.crisisInterval().high() < high.crisisInterval().low(), low + " should lie below " + high);
    }

    @Test
    void escalationIsRiskierThanDialogue() throws Exception {
        List<CompiledScenario> s = COMPILER.compileAll(List.of(ScenarioFiles.shipped("dialogue"),
                ScenarioFiles.shipped("escalation")));
        assertBelow(crisisRate(s.get(0)), crisisRate(s.get(1)));
    }

    @Test
    void morePerceptionNoiseRaisesCrisisProbability() throws Exception {
        String model = "timeline:";
        RunSummary low = crisisRate(baselineWith("low_noise", model, "model:\n  noise_scale: 0.5\n" + model));
        RunSummary high = crisisRate(baselineWith("high_noise", model, "model:\n  noise_scale: 2.0\n" + model));
        assertBelow(low, high);
    }

    @Test
    void anOpenDialogueChannelLowersCrisisProbability() throws Exception {
        RunSummary open = crisisRate(baselineWith("dialogue_open", "", ""));
        RunSummary closed = crisisRate(baselineWith("dialogue_closed", "    capacity_per_month: 2",
                "    capacity_per_month: 2\n    open: false"));
        assertBelow(open, closed);
    }

    @Test
    void gritDeEscalatesASpiralMoreOftenThanTitForTat() throws Exception {
        Path resources = Path.of("src/test/resources/scenarios");
        CompiledScenario tft = COMPILER.compile(resources.resolve("spiral-tft.yaml"));
        CompiledScenario grit = COMPILER.compile(resources.resolve("spiral-grit.yaml"));
        int deEscalatedTft = 0;
        int deEscalatedGrit = 0;
        for (int r = 0; r < REPLICATIONS; r++) {
            long seed = Runs.replicationSeed(SEED, r);
            deEscalatedTft += finalRung(Runs.run(tft, r, seed)) <= 1 ? 1 : 0;
            deEscalatedGrit += finalRung(Runs.run(grit, r, seed)) <= 1 ? 1 : 0;
        }
        Intervals.Interval t = Intervals.wilson(deEscalatedTft, REPLICATIONS, 0.95);
        Intervals.Interval g = Intervals.wilson(deEscalatedGrit, REPLICATIONS, 0.95);
        assertTrue(t.high() < g.low(), "de-escalated by the horizon: TFT " + deEscalatedTft + ", GRIT " + deEscalatedGrit);
    }

    private static double finalRung(RunResult run) {
        double[] rung = run.daily()[org.detente.analysis.DailyMetric.RUNG.ordinal()];
        return rung[rung.length - 1];
    }

    @Test
    void withTheSameChannelsStrategiesAndTimelineTheNameMakesNoDifference() throws Exception {
        String dialogue = Files.readString(ScenarioFiles.shipped("dialogue"));
        String escalation = Files.readString(ScenarioFiles.shipped("escalation"));
        String disguised = escalation.substring(0, escalation.indexOf("\nactors:"))
                + dialogue.substring(dialogue.indexOf("\nactors:"));
        CompiledScenario a = COMPILER.compile(ScenarioFiles.shipped("dialogue"));
        CompiledScenario b = COMPILER.compile(ScenarioFiles.write(dir, "escalation.yaml", disguised));
        assertEquals("escalation", b.name());
        for (int r = 0; r < 50; r++) {
            long seed = Runs.replicationSeed(SEED, r);
            RunResult x = Runs.run(a, r, seed);
            RunResult y = Runs.run(b, r, seed);
            assertEquals(x.firstCrisisDay(), y.firstCrisisDay());
            assertEquals(x.escalationScore(), y.escalationScore());
            assertEquals(x.misperceptions(), y.misperceptions());
        }
    }
}
