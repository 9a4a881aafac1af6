package org.detente.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.detente.analysis.RunSummary;
import org.detente.analysis.SobolIndices;
import org.detente.model.RandomStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sobol indices of the model's P(crisis) from a small Saltelli design of the escalation scenario. */
class SobolModelTest {

    @TempDir
    Path dir;

    @Test
    void firstOrderIndicesSumToAtMostAboutOneAndTotalsAreAtLeastFirst() throws Exception {
        Path experiment = dir.resolve("sobol.yaml");
        Files.writeString(experiment, Files.readString(Path.of("scenarios/sensitivity/sobol-escalation.yaml"))
                .replace("scenario: ../escalation.yaml", "scenario: " + Path.of("scenarios/escalation.yaml")
                        .toAbsolutePath())
                .replace("points: 128", "points: 64").replace("replications: 60", "replications: 10"));
        ScenarioCompiler.Compilation c = new ScenarioCompiler().compileExperiments(List.of(experiment), Optional.empty());
        int k = 4;
        int n = 64;
        assertEquals(n * (k + 2), c.cells().size(), "Saltelli: n (k + 2) points");
        // The points of one base row share their seeds (the estimators difference them); rows do not.
        long master = c.masterSeed().orElseThrow();
        for (int i = 0; i < k + 2; i++) {
            assertEquals(c.cells().get(0).seed(master, 3, 10), c.cells().get(i).seed(master, 3, 10), "row 0, point " + i);
        }
        assertTrue(c.cells().get(0).seed(master, 3, 10) != c.cells().get(k + 2).seed(master, 3, 10), "row 1");
        assertEquals(Runs.replicationSeed(master, 10 * 5 + 3), c.cells().get(5 * (k + 2) + 1).seed(master, 3, 10));
        BatchPlan plan = new BatchPlan(c.cells(), 10, c.masterSeed().orElseThrow(), 2);
        double[] y;
        try (BatchWriter writer = new BatchWriter(Files.createDirectories(dir.resolve("out")), plan)) {
            BatchRunner.runBlocks(plan, 0, writer, BatchRunner.Progress.NONE);
            writer.finish("test");
            y = writer.summaries().stream().mapToDouble(RunSummary::crisisProbability).toArray();
        }
        SobolIndices.Result r = SobolIndices.estimate(y, k, n, 200, new RandomStream(1)::nextInt);
        double sum = r.indices().stream().mapToDouble(SobolIndices.Index::first).sum();
        // Tolerances: 10 runs a point leave chance in every output, which the estimators see as variance.
        assertTrue(sum <= 1.15, "first-order indices sum to " + sum);
        for (SobolIndices.Index i : r.indices()) {
            assertTrue(i.total() >= i.first() - 0.1, "parameter " + i.parameter() + ": total " + i.total()
                    + " below first " + i.first());
        }
        SobolIndices.Index reaction = r.indices().get(1);
        assertTrue(reaction.total() > 0.3, "reaction_rate drives escalation: total " + reaction.total());
    }
}
