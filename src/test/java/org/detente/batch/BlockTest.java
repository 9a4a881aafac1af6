package org.detente.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.detente.scenario.ScenarioFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blocks, the unit of work: they cover the plan once, and what a batch writes depends on them, not on threads. */
class BlockTest {

    @TempDir
    static Path dir;

    private static List<CompiledScenario> scenarios;

    @BeforeAll
    static void compile() throws Exception {
        ScenarioCompiler compiler = new ScenarioCompiler();
        scenarios = List.of(compiler.compile(ScenarioFiles.shipped("dialogue")),
                compiler.compile(ScenarioFiles.shipped("escalation")));
    }

    @Test
    void theBlocksCoverEveryRunOnceInOrder() {
        BatchPlan plan = new BatchPlan(scenarios, 30, 7, 2, 8);
        assertEquals(4, plan.blocksPerCell());
        assertEquals(8, plan.totalBlocks());
        long runs = 0;
        for (long i = 0; i < plan.totalBlocks(); i++) {
            assertEquals(runs, plan.runsBefore(i));
            assertEquals(i, plan.blockStartingAt(runs));
            Block b = plan.block(i);
            runs += b.endReplication(plan.blockSize(), plan.replications()) - b.firstReplication(plan.blockSize());
        }
        assertEquals(plan.totalRuns(), runs);
        assertEquals(plan.totalBlocks(), plan.blockStartingAt(runs));
        assertThrows(IllegalArgumentException.class, () -> plan.blockStartingAt(3), "not the end of a block");
    }

    private static Path batch(String name, BatchPlan plan, boolean viaBytes) throws Exception {
        Path out = Files.createDirectories(dir.resolve(name));
        try (BatchWriter writer = new BatchWriter(out, plan)) {
            BatchRunner.runBlocks(plan, 0, viaBytes ? block -> writer.accept(copy(block)) : writer,
                    BatchRunner.Progress.NONE);
            writer.finish("test");
        }
        return out;
    }

    /** A block result after a trip through Java serialisation, as it would cross a network. */
    private static Block.Result copy(Block.Result block) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(block);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (Block.Result) in.readObject();
        }
    }

    @Test
    void resultsDependOnTheBlocksNotOnTheThreadsNorOnHowBlocksTravel() throws Exception {
        Path one = batch("one-thread", new BatchPlan(scenarios, 30, 7, 1, 8), false);
        Path two = batch("two-threads-serialised", new BatchPlan(scenarios, 30, 7, 2, 8), true);
        for (String file : List.of("runs.csv", "timeseries.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
        }
        // Another block size runs the same runs: runs.csv is the same; the merged statistics may
        // differ in their last bits only.
        Path other = batch("blocks-of-5", new BatchPlan(scenarios, 30, 7, 2, 5), false);
        assertArrayEquals(Files.readAllBytes(one.resolve("runs.csv")), Files.readAllBytes(other.resolve("runs.csv")));
    }

    private static byte[] bytes(Object o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    @Test
    void aWorkerRebuildsThePlanFromTheFilesAndRefusesOtherFilesOrAnotherBuild() throws Exception {
        Path file = ScenarioFiles.write(dir, "spec.yaml", ScenarioFiles.MINIMAL);
        ScenarioCompiler.Compilation c = new ScenarioCompiler().compileExperiments(List.of(file),
                java.util.Optional.of(11L));
        BatchPlan plan = new BatchPlan(c.cells(), 12, 11, 2, 5);
        PlanSpec spec = PlanSpec.of(plan, List.of(file), null, 0);
        BatchPlan rebuilt = spec.rebuild(1);
        for (long i = 0; i < plan.totalBlocks(); i++) {
            assertArrayEquals(bytes(Block.run(plan, plan.block(i))), bytes(Block.run(rebuilt, rebuilt.block(i))),
                    "block " + i);
        }
        Files.writeString(file, ScenarioFiles.MINIMAL.replace("horizon_days: 60", "horizon_days: 61"));
        org.detente.scenario.InputException edited = assertThrows(org.detente.scenario.InputException.class,
                () -> spec.rebuild(1));
        org.junit.jupiter.api.Assertions.assertTrue(edited.getMessage().contains("differ"), edited.getMessage());
        PlanSpec otherBuild = new PlanSpec(spec.files(), spec.posterior(), 0, spec.masterSeed(), spec.replications(),
                spec.blockSize(), spec.fingerprint(), "0".repeat(64));
        org.detente.scenario.InputException build = assertThrows(org.detente.scenario.InputException.class,
                () -> otherBuild.rebuild(1));
        org.junit.jupiter.api.Assertions.assertTrue(build.getMessage().contains("another build"), build.getMessage());
    }
}
