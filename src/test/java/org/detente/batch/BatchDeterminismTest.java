package org.detente.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.detente.scenario.ScenarioFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results follow from the master seed alone: same bytes for any thread count and on repetition. */
class BatchDeterminismTest {

    private static List<CompiledScenario> scenarios;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() throws Exception {
        scenarios = new ScenarioCompiler().compileAll(List.of(ScenarioFiles.shipped("baseline"),
                ScenarioFiles.shipped("escalation")));
    }

    private Path batch(String name, int threads, long seed) throws Exception {
        BatchPlan plan = new BatchPlan(scenarios, 40, seed, threads);
        Path out = dir.resolve(name);
        try (ResultsFolder folder = ResultsFolder.create(out, false)) {
            try (BatchWriter writer = new BatchWriter(folder.staging(), plan)) {
                BatchRunner.runBlocks(plan, 0, writer, BatchRunner.Progress.NONE);
                writer.finish("test");
            }
            folder.commit();
        }
        return out;
    }

    @Test
    void sameBytesForOneAndTwoThreadsAndOnRepetition() throws Exception {
        Path one = batch("one", 1, 99);
        Path two = batch("two", 2, 99);
        Path again = batch("again", 2, 99);
        for (String file : List.of("runs.csv", "timeseries.csv")) {
            byte[] expected = Files.readAllBytes(one.resolve(file));
            assertArrayEquals(expected, Files.readAllBytes(two.resolve(file)), file + " differs with 2 threads");
            assertArrayEquals(expected, Files.readAllBytes(again.resolve(file)), file + " differs on repetition");
        }
    }

    @Test
    void anotherSeedGivesOtherResults() throws Exception {
        byte[] a = Files.readAllBytes(batch("a", 2, 1).resolve("runs.csv"));
        byte[] b = Files.readAllBytes(batch("b", 2, 2).resolve("runs.csv"));
        assertFalse(java.util.Arrays.equals(a, b));
    }

    @Test
    void runsCsvHasTheRequiredColumnsAndOneRowPerRun() throws Exception {
        List<String> lines = Files.readAllLines(batch("cols", 2, 5).resolve("runs.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        assertTrue(header.containsAll(List.of("scenario", "replication", "seed", "crisis", "first_crisis_day",
                "peak_rung", "escalation_score", "misperceptions", "inadvertent_escalations", "mean_goldstein",
                "unsc_vote_outcome", "unsc_vote_RUS")), header.toString());
        assertEquals(1 + 2 * 40, lines.size());
        int crisis = header.indexOf("crisis");
        int firstDay = header.indexOf("first_crisis_day");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertEquals(header.size(), f.length, line);
            assertEquals(f[crisis].equals("0"), f[firstDay].isEmpty(), "first_crisis_day empty exactly when no crisis: " + line);
        }
    }

    /**
     * The any-pair crisis count survives the trip through runs.csv: the summary read back
     * equals the count of the rows; and a crisis of the scenario's crisis dyads is a crisis of
     * some pair.
     */
    @Test
    void theAnyPairCrisisCountRoundTripsThroughRunsCsv() throws Exception {
        Path out = batch("pair", 2, 7);
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int pair = header.indexOf("crisis_any_pair");
        int crisis = header.indexOf("crisis");
        long rows = lines.stream().skip(1).filter(l -> l.split(",", -1)[pair].equals("1")).count();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertTrue(!f[crisis].equals("1") || f[pair].equals("1"), "a crisis dyad's crisis is a pair's: " + line);
        }
        BatchResults read = BatchResults.read(out);
        long summed = read.outcomes().stream().mapToLong(o -> o.anyPairCrises()).sum();
        assertEquals(rows, summed);
        assertTrue(summed > 0, "escalation has crises in 40 runs");
    }

    @Test
    void replicationSeedsAreSharedAcrossScenarios() throws Exception {
        List<String> lines = Files.readAllLines(batch("crn", 1, 11).resolve("runs.csv"));
        // Row r of the first scenario and row r of the second carry the same seed (common random numbers).
        for (int r = 0; r < 40; r++) {
            assertEquals(lines.get(1 + r).split(",")[3], lines.get(41 + r).split(",")[3]);
        }
        assertEquals(Long.toString(Runs.replicationSeed(11, 0)), lines.get(1).split(",")[3]);
    }
}
