package org.detente.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.detente.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch killed with SIGKILL part-way and resumed ends with the same bytes as one never interrupted. */
class ResumeTest {

    @TempDir
    Path dir;

    private static final List<String> SCENARIOS = List.of("scenarios/baseline.yaml", "scenarios/dialogue.yaml",
            "scenarios/escalation.yaml");

    private static List<String> args(String... more) {
        List<String> args = new ArrayList<>(List.of("batch"));
        args.addAll(SCENARIOS);
        args.addAll(List.of("-n", "3000", "--threads", "2", "--seed", "77", "-q"));
        args.addAll(List.of(more));
        return args;
    }

    private static int main(List<String> args) {
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(new String[0]), new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        return code;
    }

    @Test
    void aKilledBatchResumesToTheSameBytes() throws Exception {
        Path whole = dir.resolve("whole");
        main(args("--out", whole.toString()));

        Path killed = dir.resolve("killed");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args("--out", killed.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        Path checkpoint = dir.resolve(".killed.partial/checkpoint.bin");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(checkpoint) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
        assertTrue(child.isAlive(), "the batch finished before it could be killed: " + Files.readString(dir.resolve("child.log")));
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertFalse(Files.exists(killed), "an interrupted batch never looks complete");
        assertTrue(Files.size(dir.resolve(".killed.partial/runs.csv")) > 0);

        main(args("--resume", killed.toString()));
        for (String file : List.of("runs.csv", "timeseries.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(file)), Files.readAllBytes(killed.resolve(file)), file);
        }
        assertFalse(Files.exists(dir.resolve(".killed.partial")));
        assertTrue(Files.readString(killed.resolve("manifest.json")).contains("\"status\" : \"complete\""));
    }

    @Test
    void aLeftoverIsNeitherOverwrittenNorResumedByMistake() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(dir.resolve(".out.partial"));
        StringWriter err = new StringWriter();
        int code = Main.run(args("--out", out.toString()).toArray(new String[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(Main.BAD_INPUT, code);
        assertTrue(err.toString().contains("--resume"), err.toString());
        err = new StringWriter();
        code = Main.run(args("--resume", dir.resolve("nothing").toString()).toArray(new String[0]),
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(Main.BAD_INPUT, code);
        assertTrue(err.toString().contains("nothing to resume") || err.toString().contains("no interrupted batch"),
                err.toString());
    }
}
