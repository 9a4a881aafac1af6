package org.detente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.detente.scenario.ScenarioFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's classes of failure, each as a user meets it through the command line: user data
 * never deleted, results verified before they are trusted, bounded work, one line per failure
 * and no Java names, one writer per folder (across two processes).
 */
class ReliabilityTest {

    /** What a Java exception or a stack frame looks like in a message. */
    private static final Pattern JAVA_NAMES = Pattern.compile(
            "\\b(java|javax|sun|org\\.yaml|picocli)\\.[a-z]+\\.|[A-Z][A-Za-z]*(Exception|Error)\\b|\\tat ");

    @TempDir
    static Path dir;

    private static Path batch;

    /** A small finished batch to break in copies. */
    @BeforeAll
    static void smallBatch() throws Exception {
        ScenarioFiles.copySeedText(dir);
        Path scenario = ScenarioFiles.write(dir, "s.yaml", Files.readString(ScenarioFiles.shipped("baseline"))
                .replace("horizon_days: 365", "horizon_days: 90"));
        batch = dir.resolve("batch");
        MainTest.Outcome o = MainTest.run("batch", scenario.toString(), "-n", "30", "-q", "--out", batch.toString());
        assertEquals(0, o.code(), o.err());
    }

    private static Path copyOfBatch(String name) throws Exception {
        Path copy = dir.resolve(name);
        Files.createDirectories(copy);
        try (var files = Files.list(batch)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, copy.resolve(f.getFileName()));
                }
            }
        }
        return copy;
    }

    private static void assertRefusedWithoutJavaNames(MainTest.Outcome o, String fragment) {
        assertNotEquals(0, o.code(), o.err());
        assertTrue(o.err().contains(fragment), "'" + fragment + "' missing from: " + o.err());
        assertFalse(JAVA_NAMES.matcher(o.err()).find(), "Java names in: " + o.err());
    }

    @Test
    void compareRefusesEveryDamagedRunsCsvAndWritesNothing() throws Exception {
        String runs = Files.readString(batch.resolve("runs.csv"));
        List<String> lines = new ArrayList<>(List.of(runs.split("\n")));
        String cutMidRow = runs.substring(0, runs.length() - 20);
        String cutAtRow = String.join("\n", lines.subList(0, lines.size() - 3)) + "\n";
        List<String> edited = new ArrayList<>(lines);
        edited.set(5, edited.get(5).replaceFirst(",0,", ",1,"));
        List<String> deleted = new ArrayList<>(lines);
        deleted.remove(7);
        String[] damaged = {cutMidRow, cutAtRow, String.join("\n", edited) + "\n", String.join("\n", deleted) + "\n", ""};
        for (int i = 0; i < damaged.length; i++) {
            Path copy = copyOfBatch("damaged" + i);
            Files.writeString(copy.resolve("runs.csv"), damaged[i]);
            MainTest.Outcome o = MainTest.run("compare", copy.toString());
            assertRefusedWithoutJavaNames(o, "runs.csv");
            assertFalse(Files.exists(copy.resolve("report.html")), "nothing written for damage " + i);
            assertFalse(Files.exists(copy.resolve("charts")), "nothing written for damage " + i);
        }
    }

    @Test
    void compareKeepsAUsersReportUnlessForced() throws Exception {
        Path mine = dir.resolve("mine");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("report.html"), "my own report");
        MainTest.Outcome o = MainTest.run("compare", batch.toString(), "--out", mine.toString());
        assertRefusedWithoutJavaNames(o, "Détente did not write");
        assertEquals("my own report", Files.readString(mine.resolve("report.html")));
        MainTest.Outcome forced = MainTest.run("compare", batch.toString(), "--out", mine.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertTrue(Files.readString(mine.resolve("report.html")).contains("Détente"));
        // Its own earlier outputs it replaces only with --force too, and nothing stale is left beside them.
        assertRefusedWithoutJavaNames(MainTest.run("compare", batch.toString(), "--out", mine.toString()),
                "earlier comparison");
        MainTest.Outcome again = MainTest.run("compare", batch.toString(), "--out", mine.toString(), "--force");
        assertEquals(0, again.code(), again.err());
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".partial")), "no staging left");
        }
    }

    @Test
    void compareIntoAResultsFolderKeepsAReportTheUserPutThere() throws Exception {
        Path copy = copyOfBatch("with-user-report");
        Files.writeString(copy.resolve("report.html"), "my notes on this batch");
        MainTest.Outcome o = MainTest.run("compare", copy.toString());
        assertRefusedWithoutJavaNames(o, "Détente did not write");
        assertEquals("my notes on this batch", Files.readString(copy.resolve("report.html")));
    }

    @Test
    void anExperimentsBaseScenarioIsAnInputTheOutputMayNotContain() throws Exception {
        Path base = dir.resolve("base");
        Files.createDirectories(base.resolve("texts"));
        Files.copy(dir.resolve("texts/seed-space-security.txt"), base.resolve("texts/seed-space-security.txt"));
        Files.copy(dir.resolve("s.yaml"), base.resolve("b.yaml"));
        Files.writeString(base.resolve(".detente"), "marked as if Détente had written it");
        Path experiment = ScenarioFiles.write(dir, "e.yaml", "scenario: base/b.yaml\nreplications: 2\n");
        MainTest.Outcome o = MainTest.run("batch", experiment.toString(), "-q", "--force", "--out", base.toString());
        assertRefusedWithoutJavaNames(o, "b.yaml");
        assertTrue(Files.isRegularFile(base.resolve("b.yaml")));
    }

    @Test
    void forceNeverDeletesTheWorkingDirectoryOrAFolderDetenteDidNotWrite() throws Exception {
        Path scenario = dir.resolve("s.yaml");
        MainTest.Outcome up = MainTest.run("batch", scenario.toString(), "-n", "2", "-q", "--force", "--out", "results/..");
        assertRefusedWithoutJavaNames(up, "working directory");
        assertTrue(Files.isRegularFile(Path.of("pom.xml")), "the working directory is intact");
        Path users = dir.resolve("users");
        Files.createDirectories(users);
        Files.writeString(users.resolve("notes.txt"), "keep me");
        MainTest.Outcome o = MainTest.run("batch", scenario.toString(), "-n", "2", "-q", "--force", "--out",
                users.toString());
        assertRefusedWithoutJavaNames(o, "not written by Détente");
        assertEquals("keep me", Files.readString(users.resolve("notes.txt")));
    }

    @Test
    void brokenInputsGetOneLineEachAndNoJavaNames() throws Exception {
        Path empty = ScenarioFiles.write(dir, "empty.yaml", "");
        Path tabs = ScenarioFiles.write(dir, "tabs.yaml", "name: x\n\tactors: [USA]\n");
        Path recursive = ScenarioFiles.write(dir, "recursive.yaml", "name: x\nactors: &a\n  - *a\n");
        Path slowParameter = ScenarioFiles.write(dir, "grit.yaml", ScenarioFiles.MINIMAL + "model:\n  grit_interval: 0.4\n");
        Path binary = dir.resolve("binary.txt");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        Path aFile = ScenarioFiles.write(dir, "a-file", "x");
        Path scenario = dir.resolve("s.yaml");
        String[][] commands = {
            {"batch", empty.toString()},
            {"batch", tabs.toString()},
            {"batch", recursive.toString()},
            {"batch", slowParameter.toString(), "--out", dir.resolve("o1").toString()},
            {"batch", "/dev/zero"},
            {"batch", dir.toString()},
            {"batch", scenario.toString(), "--threads", "1000000000"},
            {"batch", scenario.toString(), "-n", "2", "--out", aFile.toString()},
            {"batch", scenario.toString(), "--resume", dir.resolve("nothing").toString()},
            {"run", scenario.toString(), "--replication", "-1"},
            {"run", "/dev/zero"},
            {"code", binary.toString()},
            {"code", "/dev/zero"},
            {"code", dir.resolve("missing.txt").toString()},
            {"compare", dir.resolve("missing").toString()},
            {"compare", dir.toString()},
            {"demo", "--scenarios", dir.resolve("missing").toString(), "--out", dir.resolve("d").toString()},
            {"bench", "--runs", "0"},
        };
        for (String[] command : commands) {
            MainTest.Outcome o = MainTest.run(command);
            assertNotEquals(0, o.code(), String.join(" ", command) + ": " + o.err());
            assertFalse(o.err().isBlank(), String.join(" ", command));
            assertFalse(JAVA_NAMES.matcher(o.err() + o.out()).find(), String.join(" ", command) + ": " + o.err());
            for (String line : o.err().strip().split("\\R")) {
                assertTrue(line.startsWith("detente: "), String.join(" ", command) + ": " + o.err());
            }
        }
    }

    /** Problems of every kind in one file come out together: YAML structure, values and the model's ranges. */
    @Test
    void everyProblemOfAFileAtOnceAcrossKinds() throws Exception {
        Path bad = ScenarioFiles.write(dir, "many.yaml", """
                name: many
                horizon_days: 90
                actors:
                  - id: USA
                  - id: XYZ
                channels:
                  - id: public
                    kind: public
                    members: [USA, USA]
                timeline:
                  - type: demonstration
                    day: 3
                    actor: USA
                    target: USA
                    signal: moon_laser
                model:
                  grit_interval: 0.4
                """);
        MainTest.Outcome o = MainTest.run("batch", bad.toString());
        assertEquals(Main.BAD_INPUT, o.code());
        for (String expected : List.of("XYZ", "listed twice", "moon_laser", "grit_interval must lie in [1, 3650]")) {
            assertTrue(o.err().contains(expected), expected + " missing from: " + o.err());
        }
    }

    /** Designs too big for a batch or for the heap are refused at once, before any point is made. */
    @Test
    void oversizedDesignsAreRefusedBeforeAnyWork() throws Exception {
        Path grid = ScenarioFiles.write(dir, "grid.yaml", """
                scenario: s.yaml
                design:
                  type: full-factorial
                  parameters:
                    - {path: model.noise_scale, role: uncertainty, min: 0.5, max: 2.5, levels: 10000}
                    - {path: model.reaction_rate, role: uncertainty, min: 0.01, max: 0.1, levels: 10000}
                """);
        long start = System.nanoTime();
        MainTest.Outcome o = MainTest.run("batch", grid.toString());
        assertRefusedWithoutJavaNames(o, "100,000,000 design points is more than a batch may have");
        ScenarioFiles.write(dir, "one-day.yaml", ScenarioFiles.MINIMAL.replace("horizon_days: 60", "horizon_days: 1"));
        Path half = ScenarioFiles.write(dir, "half.yaml", """
                scenario: one-day.yaml
                design:
                  type: latin-hypercube
                  points: 60000
                  parameters:
                    - {path: model.noise_scale, role: uncertainty, min: 0.5, max: 2.5}
                """);
        Path other = ScenarioFiles.write(dir, "other.yaml", Files.readString(half).replace("one-day.yaml",
                "one-day-b.yaml"));
        ScenarioFiles.write(dir, "one-day-b.yaml", ScenarioFiles.MINIMAL.replace("horizon_days: 60", "horizon_days: 1")
                .replace("name: minimal", "name: minimal_b"));
        // Each file alone is within the limit (60,000 points of one day); together they are not. (On a
        // small heap the memory check may speak first; either way the batch is refused as a whole.)
        MainTest.Outcome both = MainTest.run("batch", half.toString(), other.toString());
        assertRefusedWithoutJavaNames(both, "design:");
        assertTrue(both.err().contains("120,000 design points") || both.err().contains("need about"), both.err());
        assertTrue(System.nanoTime() - start < java.util.concurrent.TimeUnit.SECONDS.toNanos(30), "refused at once");
    }

    @Test
    void aTextOverTheLimitIsRefusedAndOneNearItIsCodedInLinearTime() throws Exception {
        Path huge = dir.resolve("huge.txt");
        byte[] line = "The United States said it was ready to talk. — AP\n".getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(huge)) {
            for (long written = 0; written <= org.detente.scenario.InputFiles.MAX_TEXT_BYTES; written += line.length) {
                out.write(line);
            }
        }
        MainTest.Outcome o = MainTest.run("code", huge.toString());
        assertRefusedWithoutJavaNames(o, "more than a text may have");
    }

    /**
     * Two processes on one folder: while one holds it, a second batch, a --resume and a --force
     * are each refused with a line naming the owner, and the owner's work is untouched.
     */
    @Test
    void aSecondProcessIsRefusedWhileTheFirstWrites() throws Exception {
        Path target = dir.resolve("shared");
        Path ready = dir.resolve("holder-ready");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldFolder.class.getName(), target.toString(),
                ready.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("holder.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(ready) && System.nanoTime() < deadline && holder.isAlive()) {
                Thread.sleep(50);
            }
            assertTrue(Files.exists(ready), () -> "the holder did not start: " + read(dir.resolve("holder.log")));
            Path scenario = dir.resolve("s.yaml");
            for (String[] extra : new String[][] {{}, {"--force"}}) {
                List<String> args = new ArrayList<>(List.of("batch", scenario.toString(), "-n", "2", "-q", "--out",
                        target.toString()));
                args.addAll(List.of(extra));
                MainTest.Outcome o = MainTest.run(args.toArray(new String[0]));
                assertTrue(holder.isAlive(), () -> "the holder died: " + read(dir.resolve("holder.log")));
                assertRefusedWithoutJavaNames(o, "in use by another Détente process (pid " + holder.pid());
            }
            MainTest.Outcome resume = MainTest.run("batch", scenario.toString(), "-n", "2", "--resume", target.toString());
            assertRefusedWithoutJavaNames(resume, "in use by another Détente process");
            assertTrue(Files.isRegularFile(dir.resolve(".shared.partial").resolve("holder.txt")), "the owner's work");
        } finally {
            holder.destroyForcibly().waitFor();
        }
        // Its lock died with it: the folder can be written again.
        MainTest.Outcome after = MainTest.run("batch", dir.resolve("s.yaml").toString(), "-n", "2", "-q", "--out",
                target.toString(), "--force");
        assertEquals(0, after.code(), after.err());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(no log)";
        }
    }

    /** The other process of {@link #aSecondProcessIsRefusedWhileTheFirstWrites}: holds a results folder open. */
    public static final class HoldFolder {
        public static void main(String[] args) throws Exception {
            try (org.detente.batch.ResultsFolder folder = org.detente.batch.ResultsFolder.create(Path.of(args[0]), false)) {
                Files.writeString(folder.staging().resolve("holder.txt"), "working");
                Files.writeString(Path.of(args[1]), "ready");
                Thread.sleep(120_000);
            }
        }
    }
}
