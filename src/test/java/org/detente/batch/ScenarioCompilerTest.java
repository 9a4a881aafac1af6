package org.detente.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.detente.scenario.Dimension;
import org.detente.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCompilerTest {

    @TempDir
    Path dir;

    @Test
    void stancesComeFromTheTextsAndOverridesAreRecordedBesideTheCodedValue() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.copy(Path.of("scenarios/texts/seed-space-security.txt"), texts.resolve("seed.txt"));
        Path file = ScenarioFiles.write(dir, "s.yaml", ScenarioFiles.MINIMAL.replace("  - id: RUS\n",
                "  - id: RUS\n    overrides:\n      - {dimension: TR, value: 0.2, reason: later statements}\n")
                + "texts:\n  - texts/seed.txt\n");
        CompiledScenario compiled = new ScenarioCompiler().compile(file);
        assertEquals(compiled.coding().stance("USA").value(Dimension.D), compiled.stances().get("USA").value(Dimension.D));
        assertTrue(compiled.stances().get("USA").value(Dimension.D) > 0.7, "coded from the text");
        assertEquals(0.2, compiled.stances().get("RUS").value(Dimension.TR));
        CompiledScenario.AppliedOverride o = compiled.overrides().get(0);
        assertEquals(List.of("RUS", "TR", 0.5, 0.2, "later statements"),
                List.of(o.actor(), o.dimension(), o.coded(), o.used(), o.reason()));

        BatchPlan plan = new BatchPlan(List.of(compiled), 2, 1, 1);
        try (BatchWriter writer = new BatchWriter(dir, plan)) {
            BatchRunner.runBlocks(plan, 0, writer, BatchRunner.Progress.NONE);
            writer.finish("test");
        }
        String manifest = Files.readString(dir.resolve("manifest.json"));
        assertTrue(manifest.contains("\"reason\" : \"later statements\""), manifest);
        assertTrue(manifest.contains("\"coded\" : 0.5"), manifest);
        assertTrue(manifest.contains("\"sha256\""), manifest);
    }
}
