package org.detente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.detente.analysis.LeverEffects;
import org.detente.batch.BatchResults;
import org.detente.analysis.RunSummary;
import org.detente.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code detente demo}: the shipped scenarios compared, end to end. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run and compare the shipped scenarios, with charts and a report.",
                "Runs the shipped baseline, dialogue and escalation scenarios (1,000",
                "replications each by default) as one batch and compares them: results, charts",
                "and report.html in results/demo/.",
                "Where the scenarios folder holds them, it also runs, each in a folder of its",
                "own inside the demo's: the three scenarios under the calibrated posterior",
                "(calibration/posterior-2008-2023.csv, in posterior/); levers.yaml, the US and",
                "allied levers between dialogue and escalation as a factorial, to report what",
                "each lever buys (in levers/); the Sobol sensitivity designs",
                "(sensitivity/*.yaml, in sensitivity/); and the 2024 hindcast",
                "(hindcast-2024.yaml against observed/2024.yaml, in hindcast/).",
                "A previous demo folder is replaced; any other existing folder needs --force."},
        footer = {"", "Examples:",
                "  detente demo",
                "  detente demo --replications 2000 --seed 7 --out results/demo-7",
                "  detente demo --replications 200 --lever-replications 100 \\",
                "      --posterior-replications 200 --out results/demo-quick"})
final class DemoCommand implements Callable<Integer> {

    static final List<String> SCENARIOS = List.of("baseline.yaml", "dialogue.yaml", "escalation.yaml");
    /** The factorial of the levers between dialogue and escalation, beside the scenarios. */
    static final String LEVERS = "levers.yaml";
    /** The calibrated posterior sample (2008-2023) the headline's parameter uncertainty comes from. */
    static final String POSTERIOR = "calibration/posterior-2008-2023.csv";
    /** The Saltelli designs of the dialogue and escalation scenarios, for Sobol indices. */
    static final List<String> SENSITIVITY = List.of("sensitivity/sobol-dialogue.yaml",
            "sensitivity/sobol-escalation.yaml");
    /** The 2024 hindcast and what was observed. */
    static final String HINDCAST = "hindcast-2024.yaml";
    static final String OBSERVED = "observed/2024.yaml";

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Option(names = {"-n", "--replications"}, paramLabel = "N", defaultValue = "1000",
            description = "Replications per scenario (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + Workflows.DEFAULT_SEED,
            description = "64-bit master seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--lever-replications", paramLabel = "N",
            description = "Replications per point of the lever factorial (default: levers.yaml's, 500).")
    Integer leverReplications;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/demo",
            description = "Results folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--scenarios", paramLabel = "DIR",
            description = "Folder holding baseline.yaml, dialogue.yaml and escalation.yaml, and optionally"
                    + " levers.yaml, calibration/posterior-2008-2023.csv, sensitivity/ and the hindcast's files"
                    + " (default: ./scenarios, else the scenarios of the Détente installation).")
    Path scenarioFolder;

    @Option(names = "--force", description = "Replace the output folder even if it is not an earlier demo.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Option(names = "--posterior-replications", paramLabel = "N", defaultValue = "10000",
            description = "Runs per scenario under the calibrated posterior: 50 parameter sets, N/50 runs each"
                    + " (default: ${DEFAULT-VALUE}).")
    int posteriorReplications;

    /** Parameter sets of the posterior the headline runs (each with posteriorReplications / 50 runs). */
    static final int POSTERIOR_DRAWS = 50;

    @Override
    public Integer call() throws Exception {
        if (replications < 1) {
            throw new UsageException("--replications must be at least 1, not " + replications);
        }
        if (posteriorReplications < 2 * POSTERIOR_DRAWS) {
            throw new UsageException("--posterior-replications must be at least " + 2 * POSTERIOR_DRAWS + " (two runs"
                    + " for each of the " + POSTERIOR_DRAWS + " parameter sets), not " + posteriorReplications);
        }
        if (leverReplications != null && leverReplications < 2) {
            throw new UsageException("--lever-replications must be at least 2 (intervals need pairs), not "
                    + leverReplications);
        }
        Path folder = scenarioFolder != null ? scenarioFolder : Workflows.shippedScenarios();
        List<Path> files = new ArrayList<>();
        for (String name : SCENARIOS) {
            files.add(folder.resolve(name));
        }
        boolean replace = force || isEarlierDemo(out);
        // A demo left half-done by an interruption is simply started over.
        Workflows.batch(files, replications, seed, threads.threads(), out,
                replace, true, false, quiet, spec.commandLine().getErr());
        // What each US or allied lever buys: the factorial between dialogue and escalation,
        // in a results folder of its own inside the demo's.
        List<LeverEffects.Effect> levers = List.of();
        Path leverFile = folder.resolve(LEVERS);
        if (Files.isRegularFile(leverFile)) {
            Path leverFolder = out.resolve("levers");
            Workflows.batch(List.of(leverFile), leverReplications, seed, threads.threads(), leverFolder, true, true,
                    false, quiet, spec.commandLine().getErr());
            levers = Workflows.leverEffects(BatchResults.read(leverFolder));
        } else if (!quiet) {
            spec.commandLine().getErr().println("demo: no " + LEVERS + " in " + folder + "; the report has no lever"
                    + " decomposition");
        }
        java.io.PrintWriter stdout = spec.commandLine().getOut();
        List<Report.Section> sections = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Path posterior = folder.resolve(POSTERIOR);
        if (Files.isRegularFile(posterior)) {
            Workflows.batch(files, posteriorReplications, seed, threads.threads(), out.resolve("posterior"), true, true,
                    false, quiet, spec.commandLine().getErr(), (plan, staging) -> { }, posterior, POSTERIOR_DRAWS);
            DemoSections.posterior(BatchResults.read(out.resolve("posterior")), POSTERIOR_DRAWS, sections, lines);
        }
        if (SENSITIVITY.stream().allMatch(f -> Files.isRegularFile(folder.resolve(f)))) {
            Path sensitivityFolder = out.resolve("sensitivity");
            Workflows.batch(SENSITIVITY.stream().map(folder::resolve).toList(), null, seed, threads.threads(),
                    sensitivityFolder, true, true, false, quiet, spec.commandLine().getErr());
            DemoSections.sensitivity(BatchResults.read(sensitivityFolder), sensitivityFolder, sections, lines);
        }
        if (Files.isRegularFile(folder.resolve(HINDCAST)) && Files.isRegularFile(folder.resolve(OBSERVED))) {
            org.detente.analysis.Hindcasts.Result hindcast = Workflows.hindcast(folder.resolve(HINDCAST),
                    folder.resolve(OBSERVED), Workflows.DEFAULT_HINDCAST_RUNS, seed, threads.threads(),
                    out.resolve("hindcast"), true, quiet, spec.commandLine().getErr());
            DemoSections.hindcast(hindcast, out.resolve("hindcast"), sections, lines);
        }
        List<RunSummary> outcomes = Workflows.compare(List.of(out), out, levers, sections, true);
        stdout.println("Report: " + out.resolve("report.html").toAbsolutePath());
        lines.forEach(stdout::println);
        stdout.println("With the default parameters: " + Report.headline(outcomes));
        for (String line : Report.leverLines(levers)) {
            spec.commandLine().getOut().println(line);
        }
        return Main.OK;
    }

    /** A folder this command wrote before: it has a complete Détente manifest and nothing foreign. */
    private static boolean isEarlierDemo(Path folder) {
        Path manifest = folder.resolve("manifest.json");
        try {
            return Files.isRegularFile(manifest) && Files.readString(manifest).contains("\"tool\" : \"detente\"");
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
