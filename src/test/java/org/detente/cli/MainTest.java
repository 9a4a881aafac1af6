package org.detente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.detente.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: help, exit codes, one-line errors, nothing left behind. */
class MainTest {

    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out.toString(), err.toString());
    }

    /** Runs a command line with these bytes on its standard input. */
    static Outcome runWithInput(byte[] input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new java.io.ByteArrayInputStream(input), new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out.toString(), err.toString());
    }

    private static void assertOneLineError(Outcome o, String... fragments) {
        assertEquals(Main.BAD_INPUT, o.code(), o.err());
        String[] lines = o.err().strip().split("\\R");
        for (String line : lines) {
            assertTrue(line.startsWith("detente: "), "every error line starts with 'detente: ': " + o.err());
        }
        for (String fragment : fragments) {
            assertTrue(o.err().contains(fragment), "'" + fragment + "' missing from: " + o.err());
        }
        assertFalse(o.err().contains("\tat "), "no stack trace: " + o.err());
    }

    @Test
    void helpListsEveryCommand() {
        Outcome o = run("--help");
        assertEquals(0, o.code());
        for (String command : new String[] {"code", "run", "view", "batch", "compare", "hindcast", "calibrate", "demo"}) {
            assertTrue(o.out().contains(command), command + " missing from help");
        }
    }

    @Test
    void versionNamesTheCommitAndTheMasonAndJavaVersions() {
        for (String[] args : new String[][] {{"--version"}, {"batch", "--version"}}) {
            Outcome o = run(args);
            assertEquals(0, o.code(), o.err());
            List<String> lines = o.out().lines().toList();
            assertEquals(4, lines.size(), o.out());
            assertTrue(lines.get(0).startsWith("detente "), o.out());
            assertTrue(lines.get(1).startsWith("commit "), o.out());
            // the manifest records the same: "mason" : "18.0"
            assertEquals("MASON " + sim.engine.SimState.version(), lines.get(2));
            assertEquals("Java " + System.getProperty("java.version"), lines.get(3));
        }
        String[] lines = VersionProvider.lines(java.util.Map.of("DETENTE_COMMIT", "c54087a6+dirty"));
        assertEquals("commit c54087a6+dirty", lines[1]);
        assertTrue(VersionProvider.lines(java.util.Map.of())[1].startsWith("commit unknown"));
    }

    @Test
    void benchPrintsEveryFigureAsJson() throws Exception {
        Outcome o = run("bench", "--json", "--runs", "20", "--warm-up", "0", "--threads", "2");
        assertEquals(0, o.code(), o.err());
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(o.out());
        assertEquals("baseline", json.get("scenario").asText());
        assertEquals(2, json.get("threads").asInt());
        assertEquals(365, json.get("horizon_days").asInt());
        for (String key : new String[] {"runs_per_second_1_thread", "runs_per_second_all_threads",
                "mason_over_plain_ratio", "speedup", "reference_speedup", "cpu_ms_per_run", "plain_cpu_ms_per_run"}) {
            assertTrue(json.get(key).asDouble() > 0, key + " missing or not positive: " + o.out());
        }
    }

    @Test
    void benchIsQuietWithQ() {
        Outcome loud = run("bench", "--runs", "20", "--warm-up", "0", "--threads", "2");
        assertEquals(0, loud.code(), loud.err());
        assertTrue(loud.err().contains("runs "), "progress lines without -q: " + loud.err());
        for (String quiet : new String[] {"-q", "--quiet"}) {
            Outcome o = run("bench", quiet, "--runs", "20", "--warm-up", "0", "--threads", "2");
            assertEquals(0, o.code(), o.err());
            assertEquals("", o.err(), "no progress with " + quiet);
            assertTrue(o.out().contains("runs/s"), o.out());
        }
    }

    @Test
    void benchRejectsANegativeWarmUp() {
        Outcome o = run("bench", "--warm-up", "-1");
        assertEquals(Main.BAD_INPUT, o.code(), o.err());
        assertTrue(o.err().contains("--warm-up"), o.err());
    }

    @Test
    void viewWithoutADisplaySaysSoInOneLine() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.awt.GraphicsEnvironment.isHeadless(), "tests run headless");
        Outcome o = run("view", "scenarios/escalation.yaml");
        assertEquals(Main.BAD_INPUT, o.code());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith("detente: error: view needs a display") && o.err().contains("xvfb-run"), o.err());
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String command : new String[] {"code", "run", "view", "batch", "compare", "hindcast", "calibrate", "demo",
            "bench"}) {
            Outcome o = run(command, "--help");
            assertEquals(0, o.code(), command);
            assertTrue(o.out().contains("Examples:"), command + " --help has no examples");
        }
    }

    /** Every command, as the top-level help lists it. */
    private static final String[] COMMANDS = {"code", "run", "view", "batch", "compare", "hindcast", "calibrate",
        "demo", "bench"};

    @Test
    void everyHelpFitsEightyColumnsAndItsExamplesCanBePasted() {
        for (String command : COMMANDS) {
            String help = run(command, "--help").out();
            for (String line : help.split("\\R")) {
                assertTrue(line.length() <= 80, command + " --help has a line wider than 80 columns: " + line);
            }
            String[] examples = help.substring(help.indexOf("Examples:")).strip().split("\\R");
            for (int i = 1; i < examples.length; i++) {
                String line = examples[i];
                assertTrue(line.startsWith("  "), command + " --help: an example wrapped by the help: " + line);
                boolean continued = i + 1 < examples.length && examples[i + 1].startsWith("      ");
                assertEquals(continued, line.endsWith(" \\"), command + " --help: an example line that goes on"
                        + " ends with ' \\', and only such a line: " + line);
            }
        }
    }

    @Test
    void theTopLevelHelpListsEachCommandInOneSentenceOnOneLine() {
        String help = run("--help").out();
        String list = help.substring(help.indexOf("Commands:"), help.indexOf("Start with:"));
        for (String command : COMMANDS) {
            java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^  " + command + " +(.*)\\R(.*)")
                    .matcher(list);
            assertTrue(line.find(), command + " missing from: " + list);
            assertTrue(line.group(1).endsWith("."), "a whole sentence for " + command + ": " + line.group(1));
            assertFalse(line.group(2).startsWith("    "), "one line for " + command + ": " + line.group(2));
        }
        for (String line : help.split("\\R")) {
            assertTrue(line.length() <= 80, line);
        }
    }

    @Test
    void noCommandIsAUsageError() {
        Outcome o = run();
        assertEquals(Main.BAD_INPUT, o.code());
        assertTrue(o.err().contains("demo"), o.err());
    }

    @Test
    void unknownCommandAndOptionExitWith2() {
        assertOneLineError(run("simulate"), "Unmatched argument", "simulate");
        assertOneLineError(run("batch", "--replicationz", "3", "x.yaml"), "Unknown option", "--replicationz");
    }

    @Test
    void theNewCommandsRefuseBadInputInOneLineAndWriteNothing() throws Exception {
        Path scenario = ScenarioFiles.write(dir, "s.yaml", ScenarioFiles.MINIMAL);
        Path out = dir.resolve("out");
        assertOneLineError(run("calibrate", scenario.toString(), "--out", out.toString()), "s.yaml",
                "calibration needs a scenario, a design and a calibration section");
        assertOneLineError(run("batch", scenario.toString(), "--posterior-draws", "5", "--out", out.toString()),
                "--posterior-draws needs --posterior");
        Path observed = ScenarioFiles.write(dir, "o.yaml", """
                start_date: 2024-02-21
                observations:
                  - id: quiet
                    type: crisis
                    pair: [USA, RUS]
                    by: 2024-03-01
                    occurred: false
                    source: test
                """);
        assertOneLineError(run("hindcast", scenario.toString(), observed.toString(), "--out", out.toString()),
                "s.yaml", "start_date", "2024-02-21");
        Path posterior = ScenarioFiles.write(dir, "p.csv", "draw,noise_scael\n0,1\n1,1.2\n2,0.8\n");
        Outcome o = run("batch", scenario.toString(), "--posterior", posterior.toString(), "--out", out.toString());
        assertOneLineError(o, "p.csv", "unknown model parameter 'noise_scael'");
        assertEquals(1, o.err().strip().split("\\R").length, "a wrong column is reported once: " + o.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aBinaryTextIsRefusedAndAParagraphWithoutASourceIsNamed() throws Exception {
        Path binary = dir.resolve("b.txt");
        Files.write(binary, new byte[] {'a', 0, 'b'});
        assertOneLineError(run("code", binary.toString()), "b.txt", "binary file");
        Path text = ScenarioFiles.write(dir, "t.txt", "Russia rejected the draft resolution.\n"
                + "The United States said it would keep talking. — Reuters\n");
        Outcome o = run("code", text.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("t.txt:1: the paragraph has no '— SOURCE' attribution"), o.err());
        assertFalse(o.err().contains("t.txt:2"), "the attributed paragraph is not named: " + o.err());
    }

    @Test
    void codeReadsStandardInputAsDashWithTheChecksOfAFile() throws Exception {
        byte[] text = Files.readAllBytes(Path.of("scenarios/texts/seed-space-security.txt"));
        Outcome fromFile = run("code", "--json", "scenarios/texts/seed-space-security.txt");
        Outcome fromStdin = runWithInput(text, "code", "--json", "-");
        assertEquals(0, fromStdin.code(), fromStdin.err());
        assertTrue(fromStdin.out().contains("\"document\" : \"<stdin>\""), fromStdin.out());
        assertEquals(fromFile.out().replace("seed-space-security.txt", "<stdin>"), fromStdin.out());

        assertOneLineError(runWithInput(new byte[] {'a', 0, 'b'}, "code", "-"), "<stdin>: ", "binary");
        assertOneLineError(runWithInput(new byte[] {'a', (byte) 0xC3, '(', '\n'}, "code", "-"),
                "<stdin>: not UTF-8 text");
        assertOneLineError(runWithInput("\n  \n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "code", "-"),
                "<stdin>: the text is empty");
        assertOneLineError(runWithInput(text, "code", "-", "-"), "'-'", "once");
        Outcome unattributed = runWithInput("Russia rejected the draft resolution.\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "code", "-");
        assertEquals(0, unattributed.code(), unattributed.err());
        assertTrue(unattributed.err().contains("<stdin>:1: the paragraph has no '— SOURCE' attribution"),
                unattributed.err());
    }

    @Test
    void batchWithAPosteriorPrintsIntervalsThatHoldParameterUncertainty() throws Exception {
        Outcome o = run("batch", "scenarios/dialogue.yaml", "-n", "40", "--posterior",
                "scenarios/calibration/posterior-2008-2023.csv", "--posterior-draws", "10", "--out",
                dir.resolve("b").toString(), "-q");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("Headline under the posterior sample posterior-2008-2023.csv"), o.out());
        assertTrue(o.out().contains("chance alone"), o.out());
        String manifest = Files.readString(dir.resolve("b/manifest.json"));
        assertTrue(manifest.contains("\"draws\" : 10"), "the manifest records the parameter sets used");
    }

    @Test
    void missingScenarioFileIsOneClearLine() {
        Path out = dir.resolve("out");
        Outcome o = run("batch", dir.resolve("nope.yaml").toString(), "--out", out.toString());
        assertOneLineError(o, "nope.yaml", "no such file");
        assertEquals(1, o.err().strip().split("\\R").length);
        assertFalse(Files.exists(out), "no results folder left behind");
    }

    @Test
    void invalidYamlNamesFileAndLineAndLeavesNoResults() throws Exception {
        Path bad = ScenarioFiles.write(dir, "bad.yaml", "name: x\nactors:\n  - id: USA\n   - id: RUS\n");
        Path out = dir.resolve("out");
        Outcome o = run("batch", bad.toString(), "--out", out.toString(), "--replications", "5");
        assertOneLineError(o, "bad.yaml:", "invalid YAML");
        assertFalse(Files.exists(out));
        try (var entries = Files.list(dir)) {
            assertEquals(1, entries.count(), "only the scenario file: no partial folder either");
        }
    }

    @Test
    void unknownActorAndChannelNameFileLineAndField() {
        Path bad = ScenarioFiles.write(dir, "bad.yaml", ScenarioFiles.MINIMAL.replace("id: RUS", "id: MARS")
                + "timeline:\n  - {type: suspend-channel, day: 1, channel: hotline}\n");
        Outcome o = run("run", bad.toString(), "--out", dir.resolve("out").toString());
        assertOneLineError(o, "bad.yaml:5: actors[1].id: unknown actor 'MARS'");
        assertTrue(o.err().contains("bad.yaml:10: timeline[0].channel: unknown channel 'hotline'"), o.err());
    }

    @Test
    void unknownSignalAndModelParameterAreCaughtBeforeRunning() {
        Path bad = ScenarioFiles.write(dir, "bad.yaml", ScenarioFiles.MINIMAL
                + "timeline:\n  - {type: demonstration, day: 1, actor: USA, target: RUS, signal: death_ray}\n"
                + "model:\n  noise_scael: 2\n");
        Outcome o = run("run", bad.toString(), "--out", dir.resolve("out").toString());
        assertOneLineError(o, "bad.yaml:10: timeline[0].signal: unknown signal 'death_ray'",
                "bad.yaml:12: model.noise_scael: unknown model parameter");
    }

    @Test
    void existingResultsAreNotOverwrittenWithoutForce() throws Exception {
        Path scenario = ScenarioFiles.write(dir, "s.yaml", ScenarioFiles.MINIMAL);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");
        assertOneLineError(run("batch", scenario.toString(), "--out", out.toString(), "-q"), "--force");
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    }

    @Test
    void runWritesItsSeriesAndTrace() throws Exception {
        Path out = dir.resolve("run");
        Outcome o = run("run", ScenarioFiles.shipped("escalation").toString(), "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.readString(out.resolve("trace.csv")).startsWith("day,sent_day,sender,receiver,channel,signal"));
        assertEquals(366, Files.readAllLines(out.resolve("daily.csv")).size());
        assertTrue(o.out().contains("vote unsc_vote"), o.out());
    }

    @Test
    void codePrintsEventsAndStancesAndJson() {
        Outcome table = run("code", "scenarios/texts/seed-space-security.txt");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("field for dialogue") && table.out().contains("text silent"), table.out());
        Outcome json = run("code", "--json", "scenarios/texts/seed-space-security.txt");
        assertTrue(json.out().contains("\"stances\"") && json.out().contains("\"cameo\" : \"036\""), json.out());
        assertOneLineError(run("code", dir.resolve("missing.txt").toString()), "missing.txt", "no such file");
    }

    @Test
    void aMorrisDesignIsScreenedAndAParameterWithoutAMechanismHasNoEffect() throws Exception {
        // The baseline has no summit, so summit_weight can change nothing: with common random
        // numbers its elementary effects are exactly zero; the rate of Russian jamming moves the risk.
        Path experiment = dir.resolve("morris.yaml");
        Files.writeString(experiment, "scenario: " + ScenarioFiles.shipped("baseline").toAbsolutePath() + "\n"
                + "replications: 30\nmaster_seed: 5\ndesign:\n  type: morris\n  trajectories: 4\n  levels: 4\n"
                + "  parameters:\n"
                + "    - {path: model.summit_weight, role: uncertainty, min: 0, max: 16}\n"
                + "    - {path: timeline.rus_jamming.per_year, role: uncertainty, min: 0, max: 2}\n");
        Path out = dir.resolve("m");
        assertEquals(0, run("batch", experiment.toString(), "--out", out.toString(), "-q").code());
        Outcome compare = run("compare", out.toString());
        assertEquals(0, compare.code(), compare.err());
        assertTrue(Files.size(out.resolve("charts/morris_baseline.png")) > 10_000);
        List<String> stats = Files.readAllLines(out.resolve("stats.csv"));
        assertTrue(stats.contains("elementary_effects,baseline,model.summit_weight,mu_star on P(crisis),0,,,,,4"),
                String.join("\n", stats));
        double noise = stats.stream().filter(l -> l.startsWith(
                "elementary_effects,baseline,timeline.rus_jamming.per_year,mu_star on P(crisis),"))
                .mapToDouble(l -> Double.parseDouble(l.split(",")[4])).findFirst().orElseThrow();
        assertTrue(noise > 0.2, "jamming rate effect " + noise);
        assertTrue(Files.readString(out.resolve("report.html")).contains("Morris screening of baseline"));
    }

    @Test
    void batchThenCompareWritesChartsAndReport() throws Exception {
        Path out = dir.resolve("b");
        Outcome batch = run("batch", ScenarioFiles.shipped("dialogue").toString(),
                ScenarioFiles.shipped("escalation").toString(), "-n", "30", "--out", out.toString(), "-q");
        assertEquals(0, batch.code(), batch.err());
        Outcome compare = run("compare", out.toString());
        assertEquals(0, compare.code(), compare.err());
        for (String chart : new String[] {"crisis_probability", "hazard", "paired_difference", "fan_rung",
                "fan_escalation_score", "fan_trust", "distribution_peak_rung", "distribution_escalation_score",
                "signal_mix"}) {
            assertTrue(Files.size(out.resolve("charts/" + chart + ".png")) > 10_000, chart);
            assertTrue(Files.readString(out.resolve("charts/" + chart + ".svg")).contains("<svg"), chart);
        }
        assertTrue(Files.readString(out.resolve("report.html")).contains("data:image/png;base64,"));
        List<String> stats = Files.readAllLines(out.resolve("stats.csv"));
        assertEquals("kind,scenario,other,statistic,value,ci_low,ci_high,p_value,p_holm,n", stats.get(0));
        assertTrue(stats.stream().anyMatch(l -> l.startsWith("pair,escalation,dialogue,log_rank_chi_square,")), stats.toString());
        assertOneLineError(run("compare", dir.resolve("nothing").toString()), "no such results folder");
    }
}
