package org.detente.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.detente.scenario.Experiment;
import org.detente.scenario.InputException;
import org.detente.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignsTest {

    @TempDir
    Path dir;

    private static Experiment.Parameter range(String path, double min, double max, int levels) {
        return new Experiment.Parameter(path, Experiment.Role.UNCERTAINTY, List.of(), min, max, levels, false, 1);
    }

    private static Experiment.Parameter values(String path, String... values) {
        return new Experiment.Parameter(path, Experiment.Role.POLICY, List.of(values), 0, 0, 0, false, 1);
    }

    @Test
    void fullFactorialCrossesEveryValueFirstParameterSlowest() {
        Experiment.Design d = new Experiment.Design(Experiment.DesignType.FULL_FACTORIAL, 0, 4,
                List.of(values("a", "x", "y"), range("b", 0, 1, 3)));
        List<Map<String, String>> points = Designs.points(d, 1);
        assertEquals(6, points.size());
        assertEquals(Map.of("a", "x", "b", "0"), points.get(0));
        assertEquals(Map.of("a", "x", "b", "0.5"), points.get(1));
        assertEquals(Map.of("a", "y", "b", "1"), points.get(5));
    }

    @Test
    void latinHypercubeUsesEveryStratumOnceAndFollowsTheSeed() {
        Experiment.Design d = new Experiment.Design(Experiment.DesignType.LATIN_HYPERCUBE, 10, 4,
                List.of(range("a", 0, 10, 0), range("b", 100, 200, 0)));
        List<Map<String, String>> points = Designs.points(d, 7);
        for (String p : List.of("a", "b")) {
            double lo = p.equals("a") ? 0 : 100;
            double width = p.equals("a") ? 1 : 10;
            Set<Integer> strata = new HashSet<>();
            for (Map<String, String> point : points) {
                strata.add((int) Math.floor((Double.parseDouble(point.get(p)) - lo) / width));
            }
            assertEquals(10, strata.size(), "each of the 10 strata of " + p + " exactly once");
        }
        assertEquals(points, Designs.points(d, 7));
        assertTrue(!points.equals(Designs.points(d, 8)));
    }

    @Test
    void sobolPointsFillTheRangeAndSkipTheOrigin() {
        Experiment.Design d = new Experiment.Design(Experiment.DesignType.SOBOL, 8, 4,
                List.of(range("a", 0, 1, 0), range("b", 0, 1, 0)));
        List<Map<String, String>> points = Designs.points(d, 1);
        assertEquals(Map.of("a", "0.5", "b", "0.5"), points.get(0), "the Sobol sequence after the origin");
        assertEquals(8, new HashSet<>(points).size());
    }

    @Test
    void morrisTrajectoriesMoveOneParameterAtATime() {
        Experiment.Design d = new Experiment.Design(Experiment.DesignType.MORRIS, 3, 4,
                List.of(range("a", 0, 1, 0), range("b", 0, 1, 0), range("c", 0, 1, 0)));
        List<Map<String, String>> points = Designs.points(d, 1);
        assertEquals(3 * 4, points.size());
        for (int t = 0; t < 3; t++) {
            for (int step = 1; step <= 3; step++) {
                Map<String, String> before = points.get(t * 4 + step - 1);
                Map<String, String> after = points.get(t * 4 + step);
                long changed = before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))).count();
                assertEquals(1, changed, "one parameter per step");
            }
        }
    }

    @Test
    void theSweepRunsEveryPointWithTheSameSeeds() throws Exception {
        ScenarioCompiler.Compilation c = new ScenarioCompiler().compileExperiments(
                List.of(ScenarioFiles.shipped("sweep-dialogue-noise")), Optional.empty());
        assertEquals(25, c.cells().size());
        assertEquals(Optional.of(200), c.replications());
        assertEquals(Map.of("channels.dialogue.capacity_per_month", "16", "model.noise_scale", "2.5"),
                c.cells().get(24).design());
        assertEquals(16.0, c.cells().get(24).scenario().channel("dialogue").orElseThrow().capacityPerMonth());
        assertEquals(2.5, c.cells().get(24).setup().parameters().noiseScale());
    }

    @Test
    void aBadPathIsReportedWithTheParametersLine() throws Exception {
        Path base = ScenarioFiles.write(dir, "s.yaml", ScenarioFiles.MINIMAL);
        Path experiment = ScenarioFiles.write(dir, "e.yaml", """
                scenario: s.yaml
                design:
                  type: full-factorial
                  parameters:
                    - path: channels.hotline.noise
                      values: [1, 2]
                """);
        InputException e = assertThrows(InputException.class,
                () -> new ScenarioCompiler().compileExperiments(List.of(experiment), Optional.empty()));
        assertEquals(5, e.problems().get(0).line());
        assertTrue(e.getMessage().contains("no item with id 'hotline'"), e.getMessage());
        assertTrue(Files.exists(base));
    }

    @Test
    void aBadValueAtADesignPointNamesThePoint() throws Exception {
        ScenarioFiles.write(dir, "s.yaml", ScenarioFiles.MINIMAL);
        Path experiment = ScenarioFiles.write(dir, "e.yaml", """
                scenario: s.yaml
                design:
                  type: full-factorial
                  parameters:
                    - path: channels.public.noise
                      values: [1, 20]
                """);
        InputException e = assertThrows(InputException.class,
                () -> new ScenarioCompiler().compileExperiments(List.of(experiment), Optional.empty()));
        assertTrue(e.getMessage().contains("design point 1"), e.getMessage());
        assertTrue(e.getMessage().contains("channels[0].noise"), e.getMessage());
    }

    @Test
    void aLargeDesignKeepsDailySeriesOnlyForTheNamedPoints() throws Exception {
        ScenarioFiles.write(dir, "s.yaml", ScenarioFiles.MINIMAL);
        String design = """
                scenario: s.yaml
                replications: 2
                design:
                  type: latin-hypercube
                  points: 40
                  parameters:
                    - path: model.noise_scale
                      min: 0.5
                      max: 2
                """;
        Path bare = ScenarioFiles.write(dir, "bare.yaml", design);
        Path named = ScenarioFiles.write(dir, "named.yaml", design + "  daily_series: [3, 17]\n");
        Path small = ScenarioFiles.write(dir, "small.yaml", design.replace("points: 40", "points: 5"));
        assertEquals(List.of(), keptPoints(bare), "over 32 points: outcomes only, by default");
        assertEquals(List.of(3, 17), keptPoints(named));
        assertEquals(List.of(0, 1, 2, 3, 4), keptPoints(small), "a small design keeps them all");

        ScenarioCompiler.Compilation c = new ScenarioCompiler().compileExperiments(List.of(named), Optional.empty());
        Path out = Files.createDirectories(dir.resolve("out"));
        BatchPlan plan = new BatchPlan(c.cells(), 2, 1, 1);
        try (BatchWriter writer = new BatchWriter(out, plan)) {
            BatchRunner.runBlocks(plan, 0, writer, BatchRunner.Progress.NONE);
            writer.finish("test");
            assertEquals(40, writer.summaries().size(), "every point keeps its outcomes");
        }
        List<String> rows = Files.readAllLines(out.resolve("timeseries.csv"));
        assertTrue(rows.stream().skip(1).allMatch(r -> r.startsWith("minimal,3,") || r.startsWith("minimal,17,")), rows.get(1));
        assertEquals(1 + 2 * 60 * org.detente.analysis.DailyMetric.values().length, rows.size());
        assertEquals(1 + 40 * 2, Files.readAllLines(out.resolve("runs.csv")).size());
    }

    private static List<Integer> keptPoints(Path experiment) throws Exception {
        return new ScenarioCompiler().compileExperiments(List.of(experiment), Optional.empty()).cells().stream()
                .filter(CompiledScenario::keepsDaily).map(CompiledScenario::designPoint).toList();
    }
}
