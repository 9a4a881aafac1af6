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

        // A copy whose runs.csv was edited before the checkpoint is refused, and kept.
        Path edited = dir.resolve(".edited.partial");
        Files.createDirectories(edited);
        try (var files = Files.list(dir.resolve(".killed.partial"))) {
            for (Path f : files.toList()) {
                Files.copy(f, edited.resolve(f.getFileName()));
            }
        }
        List<String> rows = new ArrayList<>(Files.readAllLines(edited.resolve("runs.csv")));
        rows.set(1, rows.get(1).replaceFirst(",[01],", rows.get(1).matches("^[^,]*,[^,]*,[^,]*,[^,]*,0,.*") ? ",1," : ",0,"));
        Files.write(edited.resolve("runs.csv"), rows);
        StringWriter err = new StringWriter();
        int refused = Main.run(args("--resume", dir.resolve("edited").toString()).toArray(new String[0]),
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(Main.BAD_INPUT, refused, err.toString());
        assertTrue(err.toString().contains("changed since the last checkpoint"), err.toString());
        assertTrue(Files.exists(edited.resolve("runs.csv")), "refusing to resume deletes nothing");

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
