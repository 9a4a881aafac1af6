package org.detente.batch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.detente.analysis.RunStatistics;
import org.detente.analysis.RunSummary;
import org.detente.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;

/**
 * The shipped scenarios differ through mechanism: on a fixed seed, 200 replications each,
 * escalation's 95% Wilson interval of the crisis probability lies wholly above dialogue's.
 */
class MechanismTest {

    private static RunSummary crisisRate(CompiledScenario scenario, int replications, long seed) {
        RunStatistics stats = new RunStatistics();
        for (int r = 0; r < replications; r++) {
            RunResult run = Runs.run(scenario, r, Runs.replicationSeed(seed, r));
            stats.add(run.crisis(), run.firstCrisisDay(), run.peakRung(), run.escalationScore(), run.misperceptions());
        }
        return stats.summary(scenario.name());
    }

    @Test
    void escalationIsRiskierThanDialogue() throws Exception {
        List<CompiledScenario> s = new ScenarioCompiler().compileAll(List.of(ScenarioFiles.shipped("dialogue"),
                ScenarioFiles.shipped("escalation")));
        RunSummary dialogue = crisisRate(s.get(0), 200, 424242);
        RunSummary escalation = crisisRate(s.get(1), 200, 424242);
        assertTrue(dialogue.crisisInterval().high() < escalation.crisisInterval().low(),
                "dialogue " + dialogue + " vs escalation " + escalation);
    }
}
