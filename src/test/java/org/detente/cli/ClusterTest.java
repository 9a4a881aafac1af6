package org.detente.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch across a cluster of three members on loopback, two of them workers in JVMs of their
 * own: the same bytes as a local batch, also when a worker is killed (SIGKILL) part-way; and a
 * worker with another secret is refused in one line.
 */
class ClusterTest {

    private static final String SECRET = "a test secret of more than sixteen bytes";

    @TempDir
    static Path dir;

    private static final List<Process> workers = new ArrayList<>();
    private static int firstPort;
    private static int secondPort;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A worker JVM on this test's classpath, once it says it is ready. */
    private static Process worker(String secret, String... args) throws Exception {
        return workerOn(System.getProperty("java.class.path"), secret, args);
    }

    /** A worker JVM on another classpath (another build). */
    private static Process workerOn(String classpath, String secret, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-cp", classpath, "org.detente.cli.Main", "worker",
                "--threads", "1"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DETENTE_CLUSTER_SECRET", secret);
        return builder.start();
    }

    private static String awaitLine(Process p, String fragment) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                StringBuilder seen = new StringBuilder();
                for (String l = out.readLine(); l != null; l = out.readLine()) {
                    seen.append(l).append('\n');
                    if (l.contains(fragment)) {
                        return l;
                    }
                }
                return seen.toString();
            } catch (IOException e) {
                return e.toString();
            }
        });
        return line.get(90, TimeUnit.SECONDS);
    }

    @BeforeAll
    static void startWorkers() throws Exception {
        firstPort = freePort();
        secondPort = freePort();
        Process first = worker(SECRET, "--port", "" + firstPort);
        workers.add(first);
        assertTrue(awaitLine(first, "ready").contains("ready"));
        Process second = worker(SECRET, "--port", "" + secondPort, "--join", "127.0.0.1:" + firstPort);
        workers.add(second);
        assertTrue(awaitLine(second, "ready").contains("2 member(s)"));
        Files.writeString(dir.resolve("secret"), SECRET);
    }

    @AfterAll
    static void stopWorkers() {
        workers.forEach(Process::destroyForcibly);
    }

    private static MainTest.Outcome batch(Path out, int replications, boolean cluster) throws Exception {
        List<String> args = new ArrayList<>(List.of("batch", "scenarios/dialogue.yaml", "scenarios/escalation.yaml",
                "-n", "" + replications, "--threads", "1", "--out", out.toString(), "-q"));
        if (cluster) {
            args.addAll(List.of("--cluster", "127.0.0.1:" + firstPort + ",127.0.0.1:" + secondPort, "--port",
                    "" + freePort(), "--secret-file", dir.resolve("secret").toString()));
        }
        return MainTest.run(args.toArray(new String[0]));
    }

    private static void assertSameResults(Path a, Path b) throws Exception {
        for (String file : List.of("runs.csv", "timeseries.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
    }

    @Test
    void aBatchAcrossTheClusterWritesTheBytesOfALocalOneEvenWhenAWorkerIsKilled() throws Exception {
        MainTest.Outcome local = batch(dir.resolve("local"), 300, false);
        assertEquals(0, local.code(), local.err());
        MainTest.Outcome cluster = batch(dir.resolve("cluster"), 300, true);
        assertEquals(0, cluster.code(), cluster.err());
        assertSameResults(dir.resolve("local"), dir.resolve("cluster"));
        String manifest = Files.readString(dir.resolve("cluster/manifest.json"));
        assertTrue(manifest.contains("127.0.0.1:" + firstPort) && manifest.contains("127.0.0.1:" + secondPort),
                "the manifest records the members' shares");

        // Kill the second worker with SIGKILL once the batch is under way: its blocks run elsewhere.
        MainTest.Outcome longLocal = batch(dir.resolve("long-local"), 1500, false);
        assertEquals(0, longLocal.code(), longLocal.err());
        CompletableFuture<MainTest.Outcome> running = CompletableFuture.supplyAsync(() -> {
            try {
                return batch(dir.resolve("killed"), 1500, true);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Path partial = dir.resolve(".killed.partial/runs.csv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(Files.exists(partial) && Files.size(partial) > 20_000) && System.nanoTime() < deadline
                && !running.isDone()) {
            Thread.sleep(50);
        }
        workers.get(1).destroyForcibly().waitFor(); // SIGKILL
        MainTest.Outcome killed = running.get(180, TimeUnit.SECONDS);
        assertEquals(0, killed.code(), killed.err());
        assertSameResults(dir.resolve("long-local"), dir.resolve("killed"));
        com.fasterxml.jackson.databind.JsonNode shares = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dir.resolve("killed/manifest.json").toFile()).path("cluster");
        assertTrue(shares.path("blocks_sent_again").asLong() > 0, "the killed worker's blocks ran again: " + shares);
    }

    /** A worker that could not join: it stops with exit code 2 and one line saying why. */
    private static void assertRefusedInOneLine(Process stranger) throws Exception {
        workers.add(stranger);
        String line = awaitLine(stranger, "error");
        assertTrue(stranger.waitFor(60, TimeUnit.SECONDS), "it stops");
        assertEquals(Main.BAD_INPUT, stranger.exitValue());
        assertTrue(line.startsWith("detente: error: ") && line.contains("no member answered"), line);
    }

    @Test
    void aWorkerWithAnotherSecretIsRefusedInOneLine() throws Exception {
        Process stranger = worker("another secret, also long enough", "--port", "" + freePort(), "--join",
                "127.0.0.1:" + firstPort);
        assertRefusedInOneLine(stranger);
    }

    /**
     * A worker whose code differs (here this build's classes and one class file more, as a
     * changed build would have) hashes to another build and cannot join.
     */
    @Test
    void aWorkerOfAnotherBuildIsRefusedInOneLine() throws Exception {
        Path classes = Path.of(org.detente.batch.PlanSpec.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        Path other = dir.resolve("other-build");
        try (java.util.stream.Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.toList()) {
                Path target = other.resolve(classes.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        Files.copy(other.resolve("org/detente/batch/PlanSpec.class"), other.resolve("org/detente/batch/Extra.class"));
        String classpath = System.getProperty("java.class.path").replace(classes.toString(), other.toString());
        assertTrue(classpath.contains(other.toString()), "the worker runs the other build");
        Process stranger = workerOn(classpath, SECRET, "--port", "" + freePort(), "--join", "127.0.0.1:" + firstPort);
        assertRefusedInOneLine(stranger);
    }

    /**
     * A batch stopped part-way by a failure (here a member that joins with other files and
     * refuses the work) keeps the runs up to its last checkpoint; once the cause is fixed,
     * {@code --resume} finishes it with the bytes of a batch that never stopped.
     */
    @Test
    void aBatchStoppedByAFailureKeepsItsRunsForResume() throws Exception {
        Path files = Files.createDirectories(dir.resolve("stopped-files/texts"));
        Files.copy(Path.of("scenarios/texts/seed-space-security.txt"), files.resolve("seed-space-security.txt"));
        Path scenario = dir.resolve("stopped-files/dialogue.yaml");
        String original = Files.readString(Path.of("scenarios/dialogue.yaml"));
        Files.writeString(scenario, original);
        Path out = dir.resolve("stopped");
        List<String> args = List.of("batch", scenario.toString(), "-n", "40000", "--threads", "1", "--out",
                out.toString(), "-q", "--cluster", "127.0.0.1:" + firstPort, "--port", "" + freePort(),
                "--secret-file", dir.resolve("secret").toString());
        CompletableFuture<MainTest.Outcome> running = CompletableFuture.supplyAsync(() -> MainTest.run(
                args.toArray(new String[0])));
        Path checkpoint = dir.resolve(".stopped.partial/checkpoint.bin");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(checkpoint) && System.nanoTime() < deadline && !running.isDone()) {
            Thread.sleep(50);
        }
        assertTrue(Files.exists(checkpoint), "the batch checkpointed");
        Files.writeString(scenario, original + "\n# edited while the batch ran\n");
        Process late = worker(SECRET, "--port", "" + freePort(), "--join", "127.0.0.1:" + firstPort);
        workers.add(late);
        MainTest.Outcome stopped = running.get(180, TimeUnit.SECONDS);
        late.destroyForcibly();
        assertEquals(Main.BAD_INPUT, stopped.code(), stopped.err());
        assertTrue(stopped.err().contains("refused the work"), stopped.err());
        assertTrue(stopped.err().contains("--resume " + out), "says how to go on: " + stopped.err());
        assertTrue(Files.exists(checkpoint), "the runs so far are kept");
        assertTrue(!Files.exists(out.resolve("runs.csv")), "nothing half-written where results go");

        Files.writeString(scenario, original); // the cause fixed
        List<String> resume = new ArrayList<>(List.of("batch", scenario.toString(), "-n", "40000", "--threads", "2",
                "-q", "--resume", out.toString()));
        MainTest.Outcome resumed = MainTest.run(resume.toArray(new String[0]));
        assertEquals(0, resumed.code(), resumed.err());
        MainTest.Outcome whole = MainTest.run("batch", scenario.toString(), "-n", "40000", "--threads", "2", "--out",
                dir.resolve("never-stopped").toString(), "-q");
        assertEquals(0, whole.code(), whole.err());
        assertSameResults(dir.resolve("never-stopped"), out);
    }
}
