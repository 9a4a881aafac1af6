package org.detente.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.detente.analysis.DailyMetric;
import org.detente.analysis.RunSummary;
import org.detente.analysis.TimeseriesSummary;
import org.detente.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;

/** Chunks of a batch summarised apart merge into the summary of the whole. */
class ChunkTest {

    @Test
    void twoChunksMergeIntoTheWhole() throws Exception {
        List<CompiledScenario> scenarios = new ScenarioCompiler().compileAll(List.of(ScenarioFiles.shipped("baseline"),
                ScenarioFiles.shipped("escalation")));
        BatchPlan plan = new BatchPlan(scenarios, 30, 5, 2);
        Chunk.Summary whole = Chunk.run(plan, 0, 60);
        Chunk.Summary merged = Chunk.run(plan, 0, 17).merge(Chunk.run(plan, 17, 60));
        assertEquals(whole.rows().size(), merged.rows().size());
        for (int i = 0; i < whole.rows().size(); i++) {
            assertEquals(whole.rows().get(i).seed(), merged.rows().get(i).seed());
            assertEquals(whole.rows().get(i).firstCrisisDay(), merged.rows().get(i).firstCrisisDay());
        }
        for (String key : List.of("baseline#0", "escalation#0")) {
            RunSummary a = whole.runs().get(key).summary(key);
            RunSummary b = merged.runs().get(key).summary(key);
            assertEquals(a.crises(), b.crises());
            assertEquals(a.meanEscalationScore(), b.meanEscalationScore(), 1e-9);
            TimeseriesSummary ta = whole.daily().get(key).summary(key);
            TimeseriesSummary tb = merged.daily().get(key).summary(key);
            for (int r = 0; r < ta.rows().size(); r++) {
                assertEquals(ta.rows().get(r).mean(), tb.rows().get(r).mean(), 1e-9);
                assertEquals(ta.rows().get(r).sd(), tb.rows().get(r).sd(), 1e-9);
                if (ta.rows().get(r).metric() == DailyMetric.RUNG) {
                    assertEquals(ta.rows().get(r).quantiles()[2], tb.rows().get(r).quantiles()[2]);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Chunk.run(plan, 0, 10).merge(Chunk.run(plan, 11, 20)));
    }
}
