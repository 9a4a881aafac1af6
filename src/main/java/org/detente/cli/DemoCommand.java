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
        description = {"Run the shipped baseline, dialogue and escalation scenarios (1,000 replications each by",
                "default) as one batch and compare them: results, charts and report.html in results/demo/.",
                "Also runs scenarios/levers.yaml (the US and allied levers between dialogue and escalation as",
                "a factorial, in results/demo/levers/) and reports what each lever buys.",
                "A previous demo folder is replaced; any other existing folder needs --force."},
        footer = {"", "Examples:",
                "  detente demo",
                "  detente demo --replications 2000 --seed 7 --out results/demo-7",
                "  detente demo --replications 200 --lever-replications 100 --out results/demo-quick"})
final class DemoCommand implements Callable<Integer> {

    static final List<String> SCENARIOS = List.of("baseline.yaml", "dialogue.yaml", "escalation.yaml");
    /** The factorial of the levers between dialogue and escalation, beside the scenarios. */
    static final String LEVERS = "levers.yaml";

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
                    + " levers.yaml (default: ./scenarios, else the scenarios of the Détente installation).")
    Path scenarioFolder;

    @Option(names = "--force", description = "Replace the output folder even if it is not an earlier demo.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (replications < 1) {
            throw new UsageException("--replications must be at least 1, not " + replications);
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
        List<RunSummary> outcomes = Workflows.compare(List.of(out), out, levers, true);
        spec.commandLine().getOut().println("Report: " + out.resolve("report.html").toAbsolutePath());
        spec.commandLine().getOut().println(Report.headline(outcomes));
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
