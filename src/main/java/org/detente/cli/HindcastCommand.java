package org.detente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code detente hindcast}: score a scenario's runs against what happened after its start date. */
@Command(name = "hindcast", mixinStandardHelpOptions = true,
        description = {"Score a dated scenario's runs against what happened next.",
                "Runs a scenario with a start_date and scores its runs against what was observed",
                "after that date: for every observed vote, ballot, tally, counterspace act and",
                "crisis, the probability the runs gave to what happened, its Brier and log",
                "scores, and the same for uniform, base-rate and persistence forecasts. Writes",
                "hindcast.csv, charts/ and report.html."},
        footer = {"", "Examples:",
                "  detente hindcast scenarios/hindcast-2024.yaml scenarios/observed/2024.yaml",
                "  detente hindcast scenarios/hindcast-2024.yaml scenarios/observed/2024.yaml \\",
                "      -n 5000 --out results/hindcast-5000"})
final class HindcastCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A scenario with a start_date.")
    Path scenario;

    @Parameters(index = "1", paramLabel = "OBSERVED", description = "What was observed after it (YAML).")
    Path observed;

    @Option(names = {"-n", "--replications"}, paramLabel = "N", description = "Runs (default: "
            + Workflows.DEFAULT_HINDCAST_RUNS + ").")
    Integer replications;

    @Option(names = "--seed", paramLabel = "N", description = "64-bit master seed (default: " + Workflows.DEFAULT_SEED
            + ").")
    Long seed;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/hindcast).")
    Path out;

    @Option(names = "--force", description = "Replace the output folder if it exists.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (replications != null && replications < 1) {
            throw new UsageException("--replications must be at least 1, not " + replications);
        }
        Path folder = out != null ? out : Path.of("results", "hindcast");
        org.detente.analysis.Hindcasts.Result result = Workflows.hindcast(scenario, observed,
                replications != null ? replications : Workflows.DEFAULT_HINDCAST_RUNS,
                seed != null ? seed : Workflows.DEFAULT_SEED, threads.threads(), folder, force, quiet,
                spec.commandLine().getErr());
        spec.commandLine().getOut().println("Results in " + folder);
        spec.commandLine().getOut().println(org.detente.report.HindcastReport.headline(result));
        return Main.OK;
    }
}
